import { http, type HttpHandler, type WebSocketHandler } from 'msw';
import { toCents } from '../core/money.js';
import type { MockAssetPay } from './api.js';
import { handleDeposit, repriceRow } from './depositHandler.js';
import { foreignTrade } from './foreignTrade.js';
import { handleInventory } from './inventoryHandler.js';
import { isMockErrorKey, type FailExtras } from './respond.js';
import { clientRoute, iconHandlers } from './route.js';
import { createSocketHandlers } from './socketHandler.js';
import { attachSocket } from './socketSessions.js';
import { assertSocketScenario, createState, findRow, resetState, type MockAssetPayOptions, type MockScenario } from './state.js';
import { publishTrade, subscribeTrades } from './tradeHub.js';
import { applyTradeStatus, assertStatusOf, findMockTrade } from './tradeLifecycle.js';
import { handleTrades } from './tradesHandler.js';

export type { DropNextOptions, FailNextOptions, MockAssetPay } from './api.js';
export type {
  MockAssetPayOptions,
  MockCoTradeStatus,
  MockEndpoint,
  MockGgTradeStatus,
  MockRequest,
  MockScenario,
  MockSocketConnection,
  MockSocketScenario,
  MockTrade,
  MockTradeItem,
  MockTradeStatus,
  MockVariant,
} from './state.js';
export type { MockSocketPeer, MockSocketSession } from './socketSessions.js';
export type { TradeStatusPatch } from './tradeLifecycle.js';
export type { MockErrorKey } from './respond.js';

const timesOf = (times: number | undefined) => Math.max(1, Math.floor(times ?? 1));

/**
 * Creates a fake AssetPay client API for MSW following the `.co` or `.gg` contract (option
 * `variant`): inventory, deposit and trades endpoints with the documented envelopes, parameters
 * and error keys, switchable scenarios, optional Steam icon placeholders, and the realtime
 * channel (`socketHandlers`, `onTradeEvent`). Deterministic for a seed.
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
  let socketHandlers: WebSocketHandler[] | undefined;

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
      applyTradeStatus(trade, status, patch);
      publishTrade(state, trade);
      return trade;
    },
    onTradeEvent: (listener) => subscribeTrades(state, listener),
    emitForeignTrade(patch) {
      const trade = foreignTrade(state, patch);
      publishTrade(state, trade);
      return trade;
    },
    get socketHandlers() {
      // Built on first use: a mock that never serves sockets creates no WebSocket link.
      socketHandlers ??= createSocketHandlers((peer) => attachSocket(state, peer), options.baseUrl);
      return socketHandlers;
    },
    get socketScenario() {
      return state.socket.scenario;
    },
    setSocketScenario(scenario) {
      assertSocketScenario(scenario);
      state.socket.scenario = scenario;
      state.socket.dropSpent = false;
    },
    socketConnections: state.socket.connections,
    attachSocketClient: (peer) => attachSocket(state, peer),
    reset: () => resetState(state),
  };
}
