import { RUST, wireGame } from '../core/games.js';
import type { MockVariant } from './options.js';
import type { MockState } from './state.js';
import { publishTrade } from './tradeHub.js';
import { CO_STATUSES, GG_STATUSES, type MockTrade, type MockTradeStatus } from './tradeTypes.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Steam's trade protection on CS2 deposits. */
export const HOLD_MS = 7 * DAY_MS;

type Steps = Partial<Record<MockTradeStatus, MockTradeStatus>>;

const STEPS: Record<MockVariant, { cs2: Steps; rust: Steps }> = {
  co: {
    cs2: { INITIATED: 'PENDING', PENDING: 'ACTIVE', ACTIVE: 'HOLD', ESCROW: 'HOLD' },
    rust: { INITIATED: 'PENDING', PENDING: 'ACTIVE', ACTIVE: 'COMPLETED' },
  },
  // On .gg `active` is the offer in the user's inbox, and acceptance leads straight to hold.
  gg: {
    cs2: { initiated: 'active', pending: 'active', active: 'hold' },
    rust: { initiated: 'active', pending: 'active', active: 'completed' },
  },
};

/** Statuses from which a Steam offer exists, so an `offerID` is set. */
const SENT: ReadonlySet<MockTradeStatus> = new Set<MockTradeStatus>([
  'PENDING',
  'ACTIVE',
  'ESCROW',
  'HOLD',
  'COMPLETED',
  'REVERTED',
  'PARTIAL',
  'active',
  'hold',
  'completed',
  'declined',
  'reverted',
]);

/** Changes that make sense for a status, for fields the caller did not give. */
export interface TradeStatusPatch {
  offerID?: string;
  holdEndDate?: string;
  error?: string;
  revertedBy?: 'supplier' | 'user';
  preCredit?: number;
  pendingCredit?: number;
  botInfo?: { name: string };
}

/** The variant a trade was created on, read from its `type` casing. */
export function variantOf(trade: Pick<MockTrade, 'type'>): MockVariant {
  return trade.type === 'deposit' ? 'gg' : 'co';
}

/**
 * The status automatic progression moves a trade to next, or `null` when it stays. A hold lasts
 * 7 days, so CS2 stays on hold; Rust has no hold and completes after acceptance.
 */
export function nextAutoStatus(trade: Pick<MockTrade, 'status' | 'game' | 'type'>): MockTradeStatus | null {
  const steps = STEPS[variantOf(trade)];
  return (trade.game === wireGame(RUST) ? steps.rust : steps.cs2)[trade.status] ?? null;
}

/** A Steam-like offer id: digits only, derived from the trade id so it is stable. */
export function mockOfferId(trade: Pick<MockTrade, 'id'>): string {
  let hash = 7;
  for (const char of trade.id) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_000;
  return String(6_000_000_000 + hash);
}

/** Throws unless `status` is spelled the way `variant` spells statuses. */
export function assertStatusOf(variant: MockVariant, status: string): asserts status is MockTradeStatus {
  const own = variant === 'gg' ? GG_STATUSES : CO_STATUSES;
  if (own.has(status)) return;
  const other = variant === 'gg' ? CO_STATUSES : GG_STATUSES;
  if (other.has(status)) {
    throw new Error(`Trade status ${status} belongs to the .${variant === 'gg' ? 'co' : 'gg'} variant; this mock is .${variant}`);
  }
  throw new Error(`Unknown trade status ${status}`);
}

/**
 * Puts a fake trade in `status` with fields that agree with it: an offer id once an offer exists,
 * `holdEndDate` (now + 7 days) on hold, an error on failed (`.co` free text, `.gg` the enum value
 * `OFFER_NOT_ACCEPTED`), `revertedBy` on reverted. Fields in `patch` win. Returns the same trade.
 */
export function applyTradeStatus(trade: MockTrade, status: MockTradeStatus, patch: TradeStatusPatch = {}, now: number = Date.now()): MockTrade {
  const gg = variantOf(trade) === 'gg';
  trade.status = status;
  if (SENT.has(status) && trade.offerID === undefined) trade.offerID = mockOfferId(trade);
  if ((status === 'HOLD' || status === 'hold') && trade.holdEndDate === undefined) trade.holdEndDate = new Date(now + HOLD_MS).toISOString();
  if (status === 'FAILED' || status === 'failed') trade.error ??= gg ? 'OFFER_NOT_ACCEPTED' : 'The trade offer expired before it was accepted';
  else delete trade.error;
  if (status === 'REVERTED' || status === 'reverted') trade.revertedBy ??= 'user';
  else delete trade.revertedBy;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (trade as unknown as Record<string, unknown>)[key] = value;
  }
  trade.updatedAt = new Date(now).toISOString();
  return trade;
}

/**
 * One step of automatic progression for every open trade (option `tradeProgress: 'auto'`), oldest
 * trade first; each trade that moves is published. Returns how many moved.
 */
export function advanceTrades(state: MockState, now: number = Date.now()): number {
  let moved = 0;
  for (const trade of [...state.trades].reverse()) {
    const next = nextAutoStatus(trade);
    if (!next) continue;
    applyTradeStatus(trade, next, {}, now);
    publishTrade(state, trade);
    moved += 1;
  }
  return moved;
}

/** The trade with this id, or else with this `externalId`. */
export function findMockTrade(state: MockState, idOrExternalId: string): MockTrade | undefined {
  return state.trades.find((trade) => trade.id === idOrExternalId) ?? state.trades.find((trade) => trade.externalId === idOrExternalId);
}
