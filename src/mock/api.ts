// The public shape of a running fake API (`createMockAssetPay`), apart from its construction.
import type { HttpHandler, WebSocketHandler } from 'msw';
import type { GameId } from '../core/types.js';
import type { RawInventoryItem } from './generator.js';
import type { MockErrorKey } from './respond.js';
import type { MockEndpoint, MockRequest, MockScenario, MockSocketConnection, MockSocketScenario, MockTrade, MockTradeStatus, MockVariant } from './state.js';
import type { MockSocketPeer, MockSocketSession } from './socketSessions.js';
import type { TradeStatusPatch } from './tradeLifecycle.js';

/** A running fake of the AssetPay client API: MSW handlers plus their live state. */
export interface MockAssetPay {
  /** Give these to `setupServer` / `setupWorker` (or `server.use`). */
  handlers: HttpHandler[];
  /** The contract this mock follows (option `variant`). */
  readonly variant: MockVariant;
  /** The current scenario; one-shot scenarios reset it to `'default'` after firing. */
  scenario: MockScenario;
  setScenario(scenario: MockScenario): void;
  /**
   * The live inventory rows of a game: the array the handlers read and change (deposits remove
   * rows, `reprice` edits them). Always `.co`-shaped; a `.gg` mock converts them when it answers.
   * Scenario `'empty'` hides them from the API but leaves them intact.
   */
  inventory(game: GameId): RawInventoryItem[];
  /** Trades created by deposits, newest first, in the variant's wire shape. */
  trades: MockTrade[];
  /** Every API request seen, oldest first, dropped ones included. Icon requests are not recorded. */
  requests: MockRequest[];
  /** Changes an item's offer price (USD, whole cents) and so its offer reference. */
  reprice(itemId: string, newPrice: number): void;
  /**
   * Makes the next answer(s) of an endpoint (default: any `/client` endpoint) the documented error
   * for `key`, after the auth check. Queued failures fire oldest first; `reset` clears them.
   */
  failNext(key: MockErrorKey, options?: FailNextOptions): void;
  /**
   * Makes the next answer(s) of an endpoint (default: any `/client` endpoint) a network error, as
   * if the connection dropped. With `afterProcessing` the request is carried out first (a deposit
   * creates its trade and takes the items) and only the answer is lost. Dropped requests are
   * recorded in `requests`; `reset` clears the queue.
   */
  dropNext(options?: DropNextOptions): void;
  /**
   * Puts a trade (found by `id`, else by `externalId`) in a status of the mock's variant (`.co`
   * UPPERCASE, `.gg` lower case; the other variant's spelling throws), with fields that agree
   * with it: a digits-only `offerID` once an offer exists, `holdEndDate` (now + 7 days) on hold,
   * an `error` on failed, `revertedBy` on reverted. `patch` overrides any of them. Throws for an
   * unknown trade. Returns the changed trade.
   */
  setTradeStatus(idOrExternalId: string, status: MockTradeStatus, patch?: TradeStatusPatch): MockTrade;
  /**
   * Calls `listener` with a deep copy of a trade whenever one changes: created by a deposit (even
   * one whose answer is lost), moved by automatic progression (per poll, or timed while a socket
   * is connected), put in a status by `setTradeStatus`, or another user's (`emitForeignTrade`).
   * Returns the function that removes the listener; `reset` keeps listeners.
   */
  onTradeEvent(listener: (trade: MockTrade) => void): () => void;
  /**
   * Publishes a plausible trade of another user of the same merchant: a new deposit (variant
   * spelling, initiated) with a new random `id`, `externalId` and a `clientSteamID` other than the
   * user's, with `patch` applied (a `status` brings the fields that go with it). It is not stored
   * and never listed by `GET /client/trades`. Returns it.
   */
  emitForeignTrade(patch?: Partial<MockTrade>): MockTrade;
  /**
   * MSW handlers of the realtime channel (Socket.IO over `wss://<host>/socket.io/`, `baseUrl`'s host
   * or any host), for `setupWorker`; `startMockWorker` registers them. They intercept the page's
   * `WebSocket`, so socket.io-client must be loaded after the worker started.
   */
  readonly socketHandlers: WebSocketHandler[];
  /** The realtime channel's current scenario (option `socket`). */
  readonly socketScenario: MockSocketScenario;
  /** Changes the realtime channel's scenario; it applies to new connections and to events sent from now on. */
  setSocketScenario(scenario: MockSocketScenario): void;
  /** Every realtime connection seen, oldest first, refused ones included. Test introspection: the only place tokens are kept. */
  readonly socketConnections: MockSocketConnection[];
  /**
   * Hands a connection of another transport (e.g. a real Socket.IO server in Node tests) to the
   * channel, once its Socket.IO CONNECT is answered: the same auth, scenarios, merchant room and
   * timed progression as `socketHandlers`. Call `close()` on the result when it ends.
   */
  attachSocketClient(peer: MockSocketPeer): MockSocketSession;
  /**
   * Back to the initial inventories, scenario, socket scenario, collateral and `updatedAt`; clears
   * trades, requests, failures, drops and recorded socket connections. Open sockets stay open.
   */
  reset(): void;
}

/** Options of {@link MockAssetPay.failNext}. */
export interface FailNextOptions {
  /**
   * The endpoint whose answers fail; `'any'` takes the next answer of whichever comes first.
   * @default 'any'
   */
  endpoint?: MockEndpoint;
  /**
   * How many answers fail.
   * @default 1
   */
  times?: number;
  /**
   * Sent as the `Retry-After` header, in seconds (unless `exposeHeaders` is false).
   * @default undefined (no header)
   */
  retryAfter?: number;
  /**
   * Sent exactly as given, in either `details` mode.
   * @default undefined (derived from the deposit for item-level keys, sent per the `details` option)
   */
  details?: Record<string, unknown>;
  /**
   * Per-field reasons; sent only with `VALIDATION_FAILED`.
   * @default undefined
   */
  fields?: Record<string, string>;
  /**
   * Human text of the answer (clients must never parse it).
   * @default the key's standard message
   */
  message?: string;
}

/** Options of {@link MockAssetPay.dropNext}. */
export interface DropNextOptions {
  /**
   * The endpoint whose answers are lost; `'any'` takes the next answer of whichever comes first.
   * @default 'any'
   */
  endpoint?: MockEndpoint;
  /**
   * How many answers are lost.
   * @default 1
   */
  times?: number;
  /**
   * Carry the request out before losing its answer, so that its effects (a created trade) remain.
   * @default false
   */
  afterProcessing?: boolean;
}
