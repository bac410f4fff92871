import { http, type HttpHandler } from 'msw';
import { toCents } from '../core/money.js';
import type { GameId } from '../core/types.js';
import { handleDeposit, repriceRow } from './depositHandler.js';
import type { RawInventoryItem } from './generator.js';
import { handleInventory } from './inventoryHandler.js';
import { isMockErrorKey, type FailExtras, type MockErrorKey } from './respond.js';
import { clientRoute, iconHandlers } from './route.js';
import {
  createState,
  findRow,
  resetState,
  type MockAssetPayOptions,
  type MockEndpoint,
  type MockRequest,
  type MockScenario,
  type MockTrade,
  type MockTradeStatus,
  type MockVariant,
} from './state.js';
import { applyTradeStatus, assertStatusOf, findMockTrade, type TradeStatusPatch } from './tradeLifecycle.js';
import { handleTrades } from './tradesHandler.js';

export type {
  MockAssetPayOptions,
  MockCoTradeStatus,
  MockEndpoint,
  MockGgTradeStatus,
  MockRequest,
  MockScenario,
  MockTrade,
  MockTradeItem,
  MockTradeStatus,
  MockVariant,
} from './state.js';
export type { TradeStatusPatch } from './tradeLifecycle.js';
export type { MockErrorKey } from './respond.js';

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
  /** Back to the initial inventories, scenario, collateral and `updatedAt`; clears trades, requests, failures and drops. */
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

const timesOf = (times: number | undefined) => Math.max(1, Math.floor(times ?? 1));

/**
 * Creates a fake AssetPay client API for MSW following the `.co` or `.gg` contract (option
 * `variant`): inventory, deposit and trades endpoints with the documented envelopes, parameters
 * and error keys, switchable scenarios, and optional Steam icon placeholders. Deterministic for a
 * seed.
 */
export function createMockAssetPay(options: MockAssetPayOptions = {}): MockAssetPay {
  const state = createState(options);
  const base = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*';
  const handlers: HttpHandler[] = [
    http.get(`${base}/client/inventory`, clientRoute(state, 'inventory', (s, url) => handleInventory(s, url))),
    http.post(`${base}/client/trading/deposit`, clientRoute(state, 'deposit', (s, _url, body) => handleDeposit(s, body))),
    http.get(`${base}/client/trades`, clientRoute(state, 'trades', (s, url) => handleTrades(s, url))),
  ];
  if (options.iconHost ?? true) handlers.push(...iconHandlers(state));

  return {
    handlers,
    variant: state.variant,
    get scenario() {
      return state.scenario;
    },
    set scenario(scenario: MockScenario) {
      state.scenario = scenario;
    },
    setScenario(scenario) {
      state.scenario = scenario;
    },
    inventory: (game) => state.inventories[game],
    trades: state.trades,
    requests: state.requests,
    reprice(itemId, newPrice) {
      const row = findRow(state, itemId);
      if (!row) throw new Error(`No mock inventory item with id ${itemId}`);
      if (!row.offer) throw new Error(`Mock inventory item ${itemId} has no offer to reprice`);
      repriceRow(state, row, toCents(newPrice));
    },
    failNext(key, options = {}) {
      if (!isMockErrorKey(key)) throw new Error(`Unknown mock error key ${String(key)}`);
      const extras: FailExtras = {};
      if (options.message !== undefined) extras.message = options.message;
      if (options.details) {
        extras.details = options.details;
        extras.keepDetails = true;
      }
      if (options.fields) extras.fields = options.fields;
      if (options.retryAfter !== undefined) extras.headers = { 'Retry-After': String(options.retryAfter) };
      state.failures.push({ key, endpoint: options.endpoint ?? 'any', remaining: timesOf(options.times), extras });
    },
    dropNext(options = {}) {
      state.drops.push({ endpoint: options.endpoint ?? 'any', remaining: timesOf(options.times), afterProcessing: options.afterProcessing ?? false });
    },
    setTradeStatus(idOrExternalId, status, patch) {
      assertStatusOf(state.variant, status);
      const trade = findMockTrade(state, idOrExternalId);
      if (!trade) throw new Error(`No mock trade with id or externalId ${idOrExternalId}`);
      return applyTradeStatus(trade, status, patch);
    },
    reset: () => resetState(state),
  };
}
