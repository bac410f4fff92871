import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { toCents } from '../core/money.js';
import { STEAM_IMAGE_HOSTS } from '../core/inventory/icons.js';
import type { GameId } from '../core/types.js';
import { handleDeposit, repriceRow } from './depositHandler.js';
import type { RawInventoryItem } from './generator.js';
import { mockIconSvg } from './icons.js';
import { handleInventory } from './inventoryHandler.js';
import { ERROR_CODES, fail, maintenancePage, type FailExtras, type MockErrorKey } from './respond.js';
import { takeFailure } from './failures.js';
import {
  createState,
  latencyOf,
  resetState,
  type MockAssetPayOptions,
  type MockEndpoint,
  type MockRequest,
  type MockScenario,
  type MockState,
  type MockTrade,
  type MockTradeStatus,
} from './state.js';
import { applyTradeStatus, findMockTrade, type TradeStatusPatch } from './tradeLifecycle.js';
import { handleTrades } from './tradesHandler.js';

export type { MockAssetPayOptions, MockEndpoint, MockRequest, MockScenario, MockTrade, MockTradeStatus } from './state.js';
export type { TradeStatusPatch } from './tradeLifecycle.js';
export type { MockErrorKey } from './respond.js';

/** A running fake of the AssetPay client API: MSW handlers plus their live state. */
export interface MockAssetPay {
  /** Give these to `setupServer` / `setupWorker` (or `server.use`). */
  handlers: HttpHandler[];
  /** The current scenario; one-shot scenarios reset it to `'default'` after firing. */
  scenario: MockScenario;
  setScenario(scenario: MockScenario): void;
  /**
   * The live inventory rows of a game: the array the handlers read and change (deposits remove
   * rows, `reprice` edits them). Scenario `'empty'` hides it from the API but leaves it intact.
   */
  inventory(game: GameId): RawInventoryItem[];
  /** Trades created by deposits, newest first. */
  trades: MockTrade[];
  /** Every API request seen, oldest first. Icon requests are not recorded. */
  requests: MockRequest[];
  /** Changes an item's offer price (USD, whole cents) and so its offer reference. */
  reprice(itemId: string, newPrice: number): void;
  /**
   * Makes the next answer(s) of an endpoint (default: any `/client` endpoint) the documented error
   * for `key`, after the auth check. Queued failures fire oldest first; `reset` clears them.
   */
  failNext(key: MockErrorKey, options?: FailNextOptions): void;
  /**
   * Puts a trade (found by `id`, else by `externalId`) in any `.co` status, with fields that agree
   * with it: a digits-only `offerID` from PENDING on, `holdEndDate` (now + 7 days) on HOLD, an
   * `error` text on FAILED, `revertedBy` on REVERTED. `patch` overrides any of them. Throws for an
   * unknown trade. Returns the changed trade.
   */
  setTradeStatus(idOrExternalId: string, status: MockTradeStatus, patch?: TradeStatusPatch): MockTrade;
  /** Back to the initial inventories, scenario, collateral and `updatedAt`; clears trades and requests. */
  reset(): void;
}

/** Options of {@link MockAssetPay.failNext}. */
export interface FailNextOptions {
  /** @default 'any' */
  endpoint?: MockEndpoint;
  /** How many answers fail. @default 1 */
  times?: number;
  /** Sent as the `Retry-After` header, in seconds. */
  retryAfter?: number;
  details?: Record<string, unknown>;
  fields?: Record<string, string>;
  message?: string;
}

type Endpoint = (state: MockState, url: URL, body: unknown) => Response;

function authFailure(state: MockState, header: string | null): Response | null {
  if (state.scenario === 'token-expired') return fail(state, 'TOKEN_EXPIRED');
  const token = (header ?? '').trim().replace(/^Bearer\s+/i, '').trim();
  if (token === '' || /^Bearer$/i.test(token)) return fail(state, 'UNAUTHORIZED');
  if (/expired/i.test(token)) return fail(state, 'TOKEN_EXPIRED');
  return null;
}

async function readBody(request: Request): Promise<{ present: boolean; value: unknown }> {
  if (request.method === 'GET' || request.method === 'HEAD') return { present: false, value: undefined };
  const text = await request.text();
  if (text === '') return { present: false, value: undefined };
  try {
    return { present: true, value: JSON.parse(text) as unknown };
  } catch {
    return { present: true, value: text };
  }
}

/** Shared steps of every `/client` endpoint: record, wait, scenario-wide failures, auth. */
function clientRoute(state: MockState, name: MockEndpoint, endpoint: Endpoint) {
  return async ({ request }: { request: Request }) => {
    const body = await readBody(request);
    const entry: MockRequest = { method: request.method, url: request.url, headers: Object.fromEntries(request.headers) };
    if (body.present) entry.body = body.value;
    state.requests.push(entry);
    const ms = latencyOf(state);
    if (ms > 0) await delay(ms);
    if (state.scenario === 'network-error') return HttpResponse.error();
    if (state.scenario === 'maintenance') return maintenancePage();
    const denied = authFailure(state, request.headers.get('Authorization'));
    if (denied) return denied;
    const injected = takeFailure(state, name, body.value);
    if (injected) return injected;
    return endpoint(state, new URL(request.url), body.value);
  };
}

function iconHandlers(state: MockState): HttpHandler[] {
  return STEAM_IMAGE_HOSTS.map((host) =>
    http.get(`https://${host}/economy/image/*`, async ({ request }) => {
      const ms = latencyOf(state);
      if (ms > 0) await delay(ms);
      const hash = new URL(request.url).pathname.split('/')[3] ?? '';
      return new HttpResponse(mockIconSvg(hash), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
      });
    }),
  );
}

/**
 * Creates a fake AssetPay `.co` client API for MSW: inventory, deposit and trades endpoints with
 * the documented envelopes and error keys, switchable scenarios, and optional Steam icon
 * placeholders. Deterministic for a seed.
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
      const row = state.inventories[730].find((item) => item.id === itemId) ?? state.inventories[252490].find((item) => item.id === itemId);
      if (!row) throw new Error(`No mock inventory item with id ${itemId}`);
      if (!row.offer) throw new Error(`Mock inventory item ${itemId} has no offer to reprice`);
      repriceRow(state, row, toCents(newPrice));
    },
    failNext(key, options = {}) {
      if (!(key in ERROR_CODES)) throw new Error(`Unknown mock error key ${String(key)}`);
      const extras: FailExtras = {};
      if (options.message !== undefined) extras.message = options.message;
      if (options.details) extras.details = options.details;
      if (options.fields) extras.fields = options.fields;
      if (options.retryAfter !== undefined) extras.headers = { 'Retry-After': String(options.retryAfter) };
      state.failures.push({ key, endpoint: options.endpoint ?? 'any', remaining: Math.max(1, Math.floor(options.times ?? 1)), extras });
    },
    setTradeStatus(idOrExternalId, status, patch) {
      const trade = findMockTrade(state, idOrExternalId);
      if (!trade) throw new Error(`No mock trade with id or externalId ${idOrExternalId}`);
      return applyTradeStatus(trade, status, patch);
    },
    reset: () => resetState(state),
  };
}
