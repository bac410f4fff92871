import type { GameId } from '../core/types.js';
import { createMockInventory, type RawInventoryItem } from './generator.js';
import type { FailExtras, MockErrorKey } from './respond.js';
import { createRandom, hashString, type Random } from './random.js';

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

/** Options of `createMockAssetPay`. */
export interface MockAssetPayOptions {
  /** When given, handlers match only this origin (and path prefix). Default: any origin. */
  baseUrl?: string;
  /** @default 1 */
  seed?: number;
  /** Generated rows per game. @default { 730: 120, 252490: 60 } */
  counts?: { 730?: number; 252490?: number };
  /** Use these rows instead of generated ones (copied, never mutated). */
  inventories?: { 730?: RawInventoryItem[]; 252490?: RawInventoryItem[] };
  /** Instant-credit collateral in USD. @default 25 */
  collateral?: number;
  /** @default 'default' */
  scenario?: MockScenario;
  /** Delay before every answer. @default 0, or 2500 in scenario `'slow'` */
  latencyMs?: number;
  /** Also serve SVG placeholders on the Steam image CDN hosts. @default true */
  iconHost?: boolean;
  /**
   * `'auto'`: every `GET /client/trades` moves each open trade one status on (CS2 INITIATED →
   * PENDING → ACTIVE → HOLD, then it stays on hold; Rust … → ACTIVE → COMPLETED). `'manual'`:
   * trades stay INITIATED until `setTradeStatus`. @default 'manual'
   */
  tradeProgress?: 'manual' | 'auto';
}

/** `.co` trade statuses (assetpay-api.md §3.3). */
export type MockTradeStatus = 'INITIATED' | 'PENDING' | 'ACTIVE' | 'ESCROW' | 'HOLD' | 'COMPLETED' | 'FAILED' | 'REVERTED' | 'PARTIAL';

/** A trade created by the fake deposit endpoint (`.co` shape). */
export interface MockTrade {
  id: string;
  type: 'DEPOSIT';
  status: MockTradeStatus;
  game: '730' | '252490';
  /** Inventory rows as deposited, with `amount` set to the deposited units. */
  items: RawInventoryItem[];
  /** USD, Σ price × amount. */
  totalPrice: number;
  isInstant: boolean;
  preCredit: number;
  pendingCredit: number;
  externalId?: string;
  botInfo: { name: string };
  /** Steam offer id (digits), from `PENDING` on. */
  offerID?: string;
  /** End of Steam's trade protection, set when the trade enters `HOLD`. */
  holdEndDate?: string;
  /** Failure reason (free text, as `.co` sends it), on `FAILED`. */
  error?: string;
  /** Who reversed it, on `REVERTED`. */
  revertedBy?: 'supplier' | 'user';
  createdAt: string;
  updatedAt: string;
}

/** One request the fake API saw. Header names are lower case (`authorization`). */
export interface MockRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body?: unknown;
}

/** Which endpoint an injected failure answers. */
export type MockEndpoint = 'inventory' | 'deposit' | 'trades' | 'any';

/** One queued failure (see `MockAssetPay.failNext`). */
export interface MockFailure {
  key: MockErrorKey;
  endpoint: MockEndpoint;
  /** Answers left before the failure is used up. */
  remaining: number;
  extras: FailExtras;
}

/** Mutable state shared by the handlers. Arrays keep their identity across `reset`. */
export interface MockState {
  readonly options: MockAssetPayOptions;
  scenario: MockScenario;
  readonly inventories: Record<GameId, RawInventoryItem[]>;
  readonly trades: MockTrade[];
  readonly requests: MockRequest[];
  /** Failures queued by `failNext`, oldest first. */
  readonly failures: MockFailure[];
  readonly externalIds: Set<string>;
  /** Per-item counter so that every reprice yields a new reference. */
  readonly revisions: Map<string, number>;
  updatedAt: string;
  collateralCents: number;
  random: Random;
  readonly createdAt: string;
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

/** Builds the initial state from options. */
export function createState(options: MockAssetPayOptions): MockState {
  const createdAt = new Date().toISOString();
  const state: MockState = {
    options,
    scenario: 'default',
    inventories: { 730: [], 252490: [] },
    trades: [],
    requests: [],
    failures: [],
    externalIds: new Set(),
    revisions: new Map(),
    updatedAt: createdAt,
    collateralCents: 0,
    random: createRandom(0),
    createdAt,
  };
  resetState(state);
  return state;
}

/** Puts the state back to how `createState` left it (same `updatedAt`). */
export function resetState(state: MockState): void {
  const { options } = state;
  state.scenario = options.scenario ?? 'default';
  replace(state.inventories[730], freshRows(options, 730));
  replace(state.inventories[252490], freshRows(options, 252490));
  state.trades.length = 0;
  state.requests.length = 0;
  state.failures.length = 0;
  state.externalIds.clear();
  state.revisions.clear();
  state.updatedAt = state.createdAt;
  state.collateralCents = Math.max(0, Math.round((options.collateral ?? 25) * 100));
  state.random = createRandom(hashString(`trades:${options.seed ?? 1}`));
}

/** Current answer delay. */
export function latencyOf(state: MockState): number {
  return state.options.latencyMs ?? (state.scenario === 'slow' ? 2500 : 0);
}

/** Rows the API would show now: none in scenario `'empty'`. */
export function visibleRows(state: MockState, game: GameId): RawInventoryItem[] {
  return state.scenario === 'empty' ? [] : state.inventories[game];
}
