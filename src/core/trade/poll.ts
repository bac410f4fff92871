import { isTerminalStage, type TradeStage } from './stage.js';

/** Time between two polls of `GET /client/trades` while a trade moves. @default 5000 ms */
export const DEFAULT_TRADE_POLL_MS = 5_000;
/** Polls are this many times further apart while every open trade is on hold or in escrow (they last days). */
export const SLOW_TRADE_POLL_FACTOR = 12;
/** Longest wait between polls after repeated errors (a `Retry-After` may ask for more). @default 300000 ms */
export const MAX_TRADE_POLL_MS = 300_000;

/** Options of {@link tradePollDelay}. */
export interface TradePollOptions {
  /** Base interval. @default DEFAULT_TRADE_POLL_MS */
  intervalMs?: number;
  /** Polls that failed in a row just before this one. @default 0 */
  failures?: number;
  /** The last error, if the last poll failed; its `retryAfterMs` (from `Retry-After`) is a minimum. */
  error?: { retryAfterMs?: number | undefined } | null;
  /** Cap of the backoff. @default MAX_TRADE_POLL_MS */
  maxMs?: number;
}

/**
 * Milliseconds until the next poll of the trades in `stages`, or `false` once all of them are
 * terminal. The base interval doubles with every failure in a row (capped), never comes before a
 * `Retry-After`, and is {@link SLOW_TRADE_POLL_FACTOR} times longer while every open trade is on
 * hold or in escrow. The rate limit of `GET /client/trades` is shared by all users of a merchant
 * (30/min unverified), so keep the interval generous.
 */
export function tradePollDelay(stages: TradeStage | readonly TradeStage[], options: TradePollOptions = {}): number | false {
  const list: readonly TradeStage[] = typeof stages === 'string' ? [stages] : stages;
  const open = list.filter((stage) => !isTerminalStage(stage));
  if (list.length > 0 && open.length === 0) return false;
  const base = Math.max(1, options.intervalMs ?? DEFAULT_TRADE_POLL_MS);
  const max = Math.max(base, options.maxMs ?? MAX_TRADE_POLL_MS);
  const slow = open.length > 0 && open.every((stage) => stage === 'hold' || stage === 'escrow');
  const failures = Math.max(0, Math.floor(options.failures ?? 0));
  let delay = slow ? base * SLOW_TRADE_POLL_FACTOR : base;
  if (failures > 0) delay = Math.max(delay, base * 2 ** Math.min(failures, 30));
  delay = Math.min(delay, max);
  const retryAfter = options.error?.retryAfterMs;
  return typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? Math.max(delay, retryAfter) : delay;
}
