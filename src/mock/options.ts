import type { GameId } from '../core/games.js';
import type { RawInventoryItem } from './generator.js';

/** Canned situations the fake API can be put in. One-shot scenarios switch back to `'default'` after firing. */
export type MockScenario =
  | 'default'
  | 'empty'
  | 'private'
  | 'slow'
  | 'rate-limited'
  | 'token-expired'
  | 'price-changed'
  | 'items-unavailable'
  | 'no-offer-found'
  | 'item-overstocked'
  | 'exceeds-max-amount'
  | 'validation-failed'
  | 'unknown-error'
  | 'too-many-active-trades'
  | 'steam-unavailable'
  | 'maintenance'
  | 'server-error'
  | 'network-error';

/**
 * How the fake realtime channel (Socket.IO, assetpay-api.md §1.5) treats connections. `'ok'`:
 * every accepted connection gets a `trade` event per trade change. `'refuse-token'`: every
 * connection is disconnected by the server right after the Socket.IO CONNECT, with nothing sent
 * (AssetPay refusing a token). `'drop-mid-trade'`: the first connection that gets a `trade` event
 * is disconnected by the server right after it, once; later connections work normally.
 * `'silent'`: connections are accepted but never get an event.
 */
export type MockSocketScenario = 'ok' | 'refuse-token' | 'drop-mid-trade' | 'silent';

/**
 * Which published AssetPay contract the fake API follows (assetpay-api.md §5): `'co'` is
 * api.assetpay.co, `'gg'` is api.assetpay.gg as the official SDK's OpenAPI spec describes it.
 */
export type MockVariant = 'co' | 'gg';

/** Options of `createMockAssetPay`. */
export interface MockAssetPayOptions {
  /**
   * The contract to follow: auth scheme, query parameters, row and trade shapes, status casing,
   * error codes and HTTP statuses all change with it.
   * @default 'co'
   */
  variant?: MockVariant;
  /**
   * When given, handlers match only this origin (and path prefix).
   * @default undefined (any origin)
   */
  baseUrl?: string;
  /** @default 1 */
  seed?: number;
  /**
   * Generated rows per game.
   * @default { 730: 120, 252490: 60 }
   */
  counts?: Partial<Record<GameId, number>>;
  /**
   * Use these rows instead of generated ones (copied, never mutated). Always `.co`-shaped: on
   * `.gg` they are converted when answered.
   * @default undefined (generated rows)
   */
  inventories?: Partial<Record<GameId, RawInventoryItem[]>>;
  /**
   * Instant-credit collateral in USD.
   * @default 25
   */
  collateral?: number;
  /** @default 'default' */
  scenario?: MockScenario;
  /**
   * Delay before every answer, in milliseconds.
   * @default 0, or 2500 in scenario `'slow'`
   */
  latencyMs?: number;
  /**
   * Also serve SVG placeholders on the Steam image CDN hosts.
   * @default true
   */
  iconHost?: boolean;
  /**
   * `'auto'`: every `GET /client/trades` moves each open trade one status on. `.co`: CS2
   * INITIATED → PENDING → ACTIVE → HOLD (then stays), Rust … → ACTIVE → COMPLETED. `.gg`: CS2
   * initiated → active → hold (then stays), Rust initiated → active → completed. While a realtime
   * client is connected they also move one status on every `tradeStepMs`. `'manual'`: trades stay
   * initiated until `setTradeStatus` (tests that step trades themselves).
   * @default 'auto'
   */
  tradeProgress?: 'manual' | 'auto';
  /**
   * Unless `tradeProgress` is `'manual'`, while at least one realtime (socket) client is connected, every
   * open trade also moves one status on every this many milliseconds, and each step is pushed.
   * @default 1500
   */
  tradeStepMs?: number;
  /**
   * Initial scenario of the realtime channel; change it with `setSocketScenario`.
   * @default 'ok'
   */
  socket?: MockSocketScenario;
  /**
   * `clientSteamID` of the signed-in user, set on every trade the user's deposits create. Trades
   * of other users (`emitForeignTrade`) carry other SteamIDs.
   * @default '76561198000000001'
   */
  clientSteamId?: string;
  /**
   * The most rows one inventory page holds. A larger `perPage` (`.co`) / `limit` (`.gg`) is
   * clamped to it, and the page offset is computed from the clamped size, as a server that
   * clamps its page size does. `.gg` `limit=-1` (paging off) is not capped.
   * @default 100
   */
  maxPageSize?: number;
  /**
   * `'documented'`: only `ITEM_OVERSTOCKED` carries `details` (`details.items[{ itemId,
   * marketHashName, remaining }]`, the one shape AssetPay documents); every other key comes
   * without. `'rich'`: refusals also name item ids, amounts and price changes in `details`.
   * Details given to `failNext` are sent as given in both modes.
   * @default 'documented'
   */
  details?: 'documented' | 'rich';
  /**
   * `false`: answers carry no `Access-Control-Expose-Headers`, and no `Retry-After` or
   * `x-request-id` either. That is what a page script sees of a cross-origin answer whose headers
   * the server does not expose (AssetPay documents no CORS policy); the envelope's `requestId`
   * stays.
   * @default true
   */
  exposeHeaders?: boolean;
  /**
   * A newly created trade is left out of this many `GET /client/trades` answers that match its
   * game and type before it is listed: AssetPay slow to show a new trade.
   * @default 0
   */
  tradeListingLag?: number;
  /**
   * `false`: the merchant has instant credit switched off, and a CS2 deposit whose `isInstant`
   * is true (sent, or the variant's default: `.co` true, `.gg` false) is refused with
   * `INSTANT_DEPOSITS_DISABLED`; nothing is created. Rust deposits are not affected.
   * @default true
   */
  instantDeposits?: boolean;
}
