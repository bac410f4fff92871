/**
 * Trade statuses of both API variants, normalised to one set of stages (assetpay-api.md §3.3).
 * `.co` sends UPPERCASE (`PENDING` = offer sent), `.gg` lowercase (`active` = offer sent,
 * `pending` = still being created), so the case of a status matters.
 */

/**
 * Where a trade is, whatever the API variant:
 * - `creating`: `.co` INITIATED; `.gg` initiated, pending
 * - `awaiting-acceptance`: the offer is in the user's Steam inbox (`.co` PENDING, `.gg` active)
 * - `accepted`: accepted, items moving (`.co` ACTIVE)
 * - `escrow`: Steam escrow, no mobile authenticator (`.co` ESCROW)
 * - `hold`: Steam's 7-day trade protection (HOLD / hold)
 * - `completed`, `failed`, `declined`, `canceled`, `reverted`, `partial`: terminal
 * - `unknown`: a status this library does not know
 */
export type TradeStage =
  | 'creating'
  | 'awaiting-acceptance'
  | 'accepted'
  | 'escrow'
  | 'hold'
  | 'completed'
  | 'failed'
  | 'declined'
  | 'canceled'
  | 'reverted'
  | 'partial'
  | 'unknown';

/** Stages after which a trade never changes again. */
export const TERMINAL_TRADE_STAGES: ReadonlySet<TradeStage> = new Set(['completed', 'failed', 'declined', 'canceled', 'reverted', 'partial']);

/** Terminal stages in which the trade did not (fully) go through. */
export const FAILED_TRADE_STAGES: ReadonlySet<TradeStage> = new Set(['failed', 'declined', 'canceled', 'reverted', 'partial']);

const CO_STATUSES: Readonly<Record<string, TradeStage>> = {
  INITIATED: 'creating',
  PENDING: 'awaiting-acceptance',
  ACTIVE: 'accepted',
  ESCROW: 'escrow',
  HOLD: 'hold',
  COMPLETED: 'completed',
  FAILED: 'failed',
  REVERTED: 'reverted',
  PARTIAL: 'partial',
};

const GG_STATUSES: Readonly<Record<string, TradeStage>> = {
  initiated: 'creating',
  pending: 'creating',
  active: 'awaiting-acceptance',
  hold: 'hold',
  completed: 'completed',
  failed: 'failed',
  canceled: 'canceled',
  declined: 'declined',
  reverted: 'reverted',
};

// Spellings whose meaning does not depend on the variant, matched in any case
// ("cancelled" is how cancel results are spelt elsewhere in the API).
const ANY_CASE: Readonly<Record<string, TradeStage>> = {
  initiated: 'creating',
  escrow: 'escrow',
  hold: 'hold',
  completed: 'completed',
  failed: 'failed',
  canceled: 'canceled',
  cancelled: 'canceled',
  declined: 'declined',
  reverted: 'reverted',
  partial: 'partial',
};

const own = (table: Readonly<Record<string, TradeStage>>, key: string): TradeStage | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * The stage of a trade status as sent by either variant: `PENDING` (`.co`, offer sent) and
 * `active` (`.gg`, offer sent) both give `'awaiting-acceptance'`. `pending` and `active` in
 * another case are ambiguous and give `'unknown'`, as does any status this library does not know.
 */
export function tradeStage(status: string | undefined | null): TradeStage {
  if (typeof status !== 'string') return 'unknown';
  return own(CO_STATUSES, status) ?? own(GG_STATUSES, status) ?? own(ANY_CASE, status.toLowerCase()) ?? 'unknown';
}

/** True for a stage after which the trade never changes again (polling can stop). */
export function isTerminalStage(stage: TradeStage): boolean {
  return TERMINAL_TRADE_STAGES.has(stage);
}

/** True for a terminal stage in which the trade did not (fully) go through. */
export function isFailedStage(stage: TradeStage): boolean {
  return FAILED_TRADE_STAGES.has(stage);
}
