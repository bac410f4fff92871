import type { MockState, MockTrade, MockTradeStatus } from './state.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Steam's trade protection on CS2 deposits. */
export const HOLD_MS = 7 * DAY_MS;

const CS2_STEPS: Partial<Record<MockTradeStatus, MockTradeStatus>> = { INITIATED: 'PENDING', PENDING: 'ACTIVE', ACTIVE: 'HOLD', ESCROW: 'HOLD' };
const RUST_STEPS: Partial<Record<MockTradeStatus, MockTradeStatus>> = { INITIATED: 'PENDING', PENDING: 'ACTIVE', ACTIVE: 'COMPLETED' };

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

/**
 * The status automatic progression moves a trade to next, or `null` when it stays: CS2 goes
 * INITIATED → PENDING → ACTIVE → HOLD and stays on hold (a hold lasts 7 days); Rust has no hold
 * and goes INITIATED → PENDING → ACTIVE → COMPLETED.
 */
export function nextAutoStatus(trade: Pick<MockTrade, 'status' | 'game'>): MockTradeStatus | null {
  return (trade.game === '252490' ? RUST_STEPS : CS2_STEPS)[trade.status] ?? null;
}

/** A Steam-like offer id: digits only, derived from the trade id so it is stable. */
export function mockOfferId(trade: Pick<MockTrade, 'id'>): string {
  let hash = 7;
  for (const char of trade.id) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_000;
  return String(6_000_000_000 + hash);
}

const SENT: ReadonlySet<MockTradeStatus> = new Set(['PENDING', 'ACTIVE', 'ESCROW', 'HOLD', 'COMPLETED', 'REVERTED', 'PARTIAL']);

/**
 * Puts a fake trade in `status` with fields that agree with it: an offer id from PENDING on,
 * `holdEndDate` (now + 7 days) on HOLD, an error text on FAILED, `revertedBy` on REVERTED. Fields in
 * `patch` win. Returns the same (changed) trade.
 */
export function applyTradeStatus(trade: MockTrade, status: MockTradeStatus, patch: TradeStatusPatch = {}, now: number = Date.now()): MockTrade {
  trade.status = status;
  if (SENT.has(status) && trade.offerID === undefined) trade.offerID = mockOfferId(trade);
  if (status === 'HOLD' && trade.holdEndDate === undefined) trade.holdEndDate = new Date(now + HOLD_MS).toISOString();
  if (status === 'FAILED') trade.error ??= 'The trade offer expired before it was accepted';
  else delete trade.error;
  if (status === 'REVERTED') trade.revertedBy ??= 'user';
  else delete trade.revertedBy;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (trade as unknown as Record<string, unknown>)[key] = value;
  }
  trade.updatedAt = new Date(now).toISOString();
  return trade;
}

/** One step of automatic progression for every open trade (option `tradeProgress: 'auto'`). */
export function advanceTrades(state: MockState, now: number = Date.now()): void {
  for (const trade of state.trades) {
    const next = nextAutoStatus(trade);
    if (next) applyTradeStatus(trade, next, {}, now);
  }
}

/** The trade with this id, or else with this `externalId`. */
export function findMockTrade(state: MockState, idOrExternalId: string): MockTrade | undefined {
  return state.trades.find((trade) => trade.id === idOrExternalId) ?? state.trades.find((trade) => trade.externalId === idOrExternalId);
}
