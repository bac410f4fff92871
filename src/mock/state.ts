import { GAME_IDS } from '../core/games.js';
import type { GameId } from '../core/types.js';
import { createMockInventory, type RawInventoryItem } from './generator.js';
import type { MockAssetPayOptions, MockScenario, MockSocketScenario, MockVariant } from './options.js';
import type { FailExtras, MockErrorKey } from './errorTable.js';
import { createRandom, hashString, type Random } from './random.js';
import type { MockTrade } from './tradeTypes.js';

const SOCKET_SCENARIOS: ReadonlySet<string> = new Set<MockSocketScenario>(['ok', 'refuse-token', 'drop-mid-trade', 'silent']);

export type { MockAssetPayOptions, MockScenario, MockSocketScenario, MockVariant } from './options.js';
export type { MockCoTradeStatus, MockGgTradeStatus, MockTrade, MockTradeItem, MockTradeStatus } from './tradeTypes.js';

/** One request the fake API saw. Header names are lower case (`authorization`). */
export interface MockRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body?: unknown;
  /** ISO time the request arrived (before any latency). */
  receivedAt: string;
}

/** Which endpoint an injected failure or drop answers. */
export type MockEndpoint = 'inventory' | 'deposit' | 'trades' | 'any';

/** One queued failure (see `MockAssetPay.failNext`). */
export interface MockFailure {
  key: MockErrorKey;
  endpoint: MockEndpoint;
  /** Answers left before the failure is used up. */
  remaining: number;
  extras: FailExtras;
}

/** One queued lost answer (see `MockAssetPay.dropNext`). */
export interface MockDrop {
  endpoint: MockEndpoint;
  remaining: number;
  afterProcessing: boolean;
}

/** One realtime connection the fake API saw (test introspection; the token is kept here only). */
export interface MockSocketConnection {
  /** The `token` query parameter as sent, or `null` without one. */
  token: string | null;
  /** The connection URL without its `token` parameter (that is in `token`). */
  url: string;
  /** `Date.now()` when the Socket.IO CONNECT was accepted. */
  openedAt: number;
  /** `Date.now()` when it ended, by either side. */
  closedAt?: number;
}

/** State of the fake realtime channel. */
export interface MockSocketState {
  scenario: MockSocketScenario;
  readonly connections: MockSocketConnection[];
  /** `'drop-mid-trade'` has dropped its one connection. */
  dropSpent: boolean;
  /** Accepted connections still open; the timed progression runs while there is one. */
  live: number;
  timer: ReturnType<typeof setInterval> | null;
}

/** Throws unless `scenario` is a {@link MockSocketScenario}. */
export function assertSocketScenario(scenario: string): asserts scenario is MockSocketScenario {
  if (!SOCKET_SCENARIOS.has(scenario)) throw new RangeError(`Unknown socket scenario ${scenario}`);
}

/** Mutable state shared by the handlers. Arrays keep their identity across `reset`. */
export interface MockState {
  readonly options: MockAssetPayOptions;
  readonly variant: MockVariant;
  readonly maxPageSize: number;
  scenario: MockScenario;
  /** Live rows, always `.co`-shaped; `.gg` answers convert them. */
  readonly inventories: Record<GameId, RawInventoryItem[]>;
  /** Newest first; a trade's position from the end is its creation order. */
  readonly trades: MockTrade[];
  readonly requests: MockRequest[];
  /** Failures queued by `failNext`, oldest first. */
  readonly failures: MockFailure[];
  /** Lost answers queued by `dropNext`, oldest first. */
  readonly drops: MockDrop[];
  /** Trade id → listing answers it is still left out of (`tradeListingLag`). */
  readonly unlisted: Map<string, number>;
  readonly externalIds: Set<string>;
  /** Per-item counter so that every reprice yields a new reference. */
  readonly revisions: Map<string, number>;
  updatedAt: string;
  collateralCents: number;
  random: Random;
  /** Draws other users' trades, apart from `random` so that the user's own trade ids stay put. */
  foreignRandom: Random;
  readonly createdAt: string;
  /** Milliseconds between timed progression steps (option `tradeStepMs`). */
  readonly tradeStepMs: number;
  /** Listeners of `onTradeEvent`; kept across `reset`. */
  readonly tradeListeners: Set<(trade: MockTrade) => void>;
  readonly socket: MockSocketState;
}

function freshRows(options: MockAssetPayOptions, game: GameId): RawInventoryItem[] {
  const given = options.inventories?.[game];
  if (given) return structuredClone(given);
  return createMockInventory({ game, seed: options.seed ?? 1, count: options.counts?.[game] });
}

function replace<T>(target: T[], rows: readonly T[]): void {
  target.length = 0;
  for (const row of rows) target.push(row);
}

function wholeAtLeast(value: number | undefined, fallback: number, min: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isSafeInteger(result) || result < min) throw new RangeError(`${name} must be a whole number >= ${min}, got ${result}`);
  return result;
}

/** Builds the initial state from options. */
export function createState(options: MockAssetPayOptions): MockState {
  const variant = options.variant ?? 'co';
  if (variant !== 'co' && variant !== 'gg') throw new RangeError(`variant must be 'co' or 'gg', got ${String(variant)}`);
  wholeAtLeast(options.tradeListingLag, 0, 0, 'tradeListingLag');
  assertSocketScenario(options.socket ?? 'ok');
  const createdAt = new Date().toISOString();
  const state: MockState = {
    options,
    variant,
    maxPageSize: wholeAtLeast(options.maxPageSize, 100, 1, 'maxPageSize'),
    scenario: 'default',
    inventories: Object.fromEntries(GAME_IDS.map((game) => [game, []])) as unknown as Record<GameId, RawInventoryItem[]>,
    trades: [],
    requests: [],
    failures: [],
    drops: [],
    unlisted: new Map(),
    externalIds: new Set(),
    revisions: new Map(),
    updatedAt: createdAt,
    collateralCents: 0,
    random: createRandom(0),
    foreignRandom: createRandom(0),
    createdAt,
    tradeStepMs: wholeAtLeast(options.tradeStepMs, 1500, 1, 'tradeStepMs'),
    tradeListeners: new Set(),
    socket: { scenario: 'ok', connections: [], dropSpent: false, live: 0, timer: null },
  };
  resetState(state);
  return state;
}

/** Puts the state back to how `createState` left it (same `updatedAt`); open socket connections stay. */
export function resetState(state: MockState): void {
  const { options } = state;
  state.scenario = options.scenario ?? 'default';
  for (const game of GAME_IDS) replace(state.inventories[game], freshRows(options, game));
  state.trades.length = 0;
  state.requests.length = 0;
  state.failures.length = 0;
  state.drops.length = 0;
  state.unlisted.clear();
  state.externalIds.clear();
  state.revisions.clear();
  state.updatedAt = state.createdAt;
  state.collateralCents = Math.max(0, Math.round((options.collateral ?? 25) * 100));
  state.random = createRandom(hashString(`trades:${options.seed ?? 1}`));
  state.foreignRandom = createRandom(hashString(`foreign:${options.seed ?? 1}`));
  // Open connections stay open (and keep the timed progression going); only the records go.
  state.socket.scenario = options.socket ?? 'ok';
  state.socket.connections.length = 0;
  state.socket.dropSpent = false;
}

/** Current answer delay. */
export function latencyOf(state: MockState): number {
  return state.options.latencyMs ?? (state.scenario === 'slow' ? 2500 : 0);
}

/** Rows the API would show now: none in scenario `'empty'`. */
export function visibleRows(state: MockState, game: GameId): RawInventoryItem[] {
  return state.scenario === 'empty' ? [] : state.inventories[game];
}

/** The live row with this id in either game. */
export function findRow(state: MockState, itemId: string): RawInventoryItem | undefined {
  for (const game of GAME_IDS) {
    const row = state.inventories[game].find((candidate) => candidate.id === itemId);
    if (row) return row;
  }
  return undefined;
}
