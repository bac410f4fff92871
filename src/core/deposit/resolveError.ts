import type { AssetPayError } from '../api/errors.js';
import type { DepositRequest } from '../types.js';
import type { SelectionValue } from '../selection/state.js';

/** Why a refused deposit took an item out of the selection or lowered its amount. */
export type RepairReason = 'no-offer' | 'unavailable' | 'not-accepted' | 'overstocked' | 'max-amount' | 'not-owned';

/** An item to take out of the selection after a refused deposit. */
export interface RepairRemoval {
  id: string;
  reason: RepairReason;
}

/** An item whose amount must come down to `amount` after a refused deposit. */
export interface RepairClamp {
  id: string;
  amount: number;
  reason: RepairReason;
}

/** What to do with the selection after a refused deposit; see {@link depositErrorActions}. */
export interface DepositErrorActions {
  remove: RepairRemoval[];
  clamp: RepairClamp[];
  /** Re-fetch the inventory, so `sync` drops or clamps what the details did not name. */
  refetch: boolean;
}

const REMOVE_KEYS: Readonly<Record<string, RepairReason>> = {
  NO_OFFER_FOUND: 'no-offer',
  ITEMS_UNAVAILABLE: 'unavailable',
  ITEMS_NOT_ACCEPTED: 'not-accepted',
};

/** Per-key field of `details.items[]` that holds the new upper bound. */
const CLAMP_KEYS: Readonly<Record<string, { field: 'remaining' | 'maxAmount' | 'available'; reason: RepairReason }>> = {
  ITEM_OVERSTOCKED: { field: 'remaining', reason: 'overstocked' },
  EXCEEDS_MAX_AMOUNT: { field: 'maxAmount', reason: 'max-amount' },
  INSUFFICIENT_ITEM_AMOUNT: { field: 'available', reason: 'not-owned' },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `details.items[]` of an error, keeping only rows that name an item of this request. Untrusted input. */
function detailRows(error: AssetPayError, requested: ReadonlySet<string>): Record<string, unknown>[] | null {
  const rows = error.details?.items;
  if (!Array.isArray(rows)) return null;
  return rows.filter((row): row is Record<string, unknown> => isRecord(row) && typeof row.itemId === 'string' && requested.has(row.itemId));
}

const EMPTY: DepositErrorActions = Object.freeze({ remove: [], clamp: [], refetch: false }) as DepositErrorActions;

/**
 * Maps a refused deposit to repairs of the selection (assetpay-api.md §4.2):
 * - `NO_OFFER_FOUND` / `ITEMS_UNAVAILABLE` / `ITEMS_NOT_ACCEPTED`: re-fetch and remove the items
 *   `details.items[].itemId` names (without details, re-fetching lets `sync` drop them);
 * - `ITEM_OVERSTOCKED`: clamp to `details.items[].remaining`, remove at 0;
 * - `EXCEEDS_MAX_AMOUNT` / `INSUFFICIENT_ITEM_AMOUNT`: clamp to `maxAmount` / `available`,
 *   or re-fetch when the details do not say, so `sync` clamps to the fresh limit.
 * Only items both requested and still selected are touched; other keys give no action. Pure.
 */
export function depositErrorActions(error: AssetPayError, request: DepositRequest, selection: SelectionValue): DepositErrorActions {
  const requested = new Set(request.items.map((item) => item.itemId).filter((id) => selection[id] !== undefined));
  const removeReason = REMOVE_KEYS[error.key];
  if (removeReason) {
    const rows = detailRows(error, requested) ?? [];
    const ids = [...new Set(rows.map((row) => row.itemId as string))];
    return { remove: ids.map((id) => ({ id, reason: removeReason })), clamp: [], refetch: true };
  }
  const clampRule = CLAMP_KEYS[error.key];
  if (!clampRule) return EMPTY;
  const rows = detailRows(error, requested);
  const actions: DepositErrorActions = { remove: [], clamp: [], refetch: false };
  const seen = new Set<string>();
  for (const row of rows ?? []) {
    const id = row.itemId as string;
    const limit = row[clampRule.field];
    if (seen.has(id) || typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 0) continue;
    seen.add(id);
    if (limit === 0) actions.remove.push({ id, reason: clampRule.reason });
    else if (limit < selection[id]!.amount) actions.clamp.push({ id, amount: limit, reason: clampRule.reason });
  }
  // Nothing usable in the details: the fresh inventory carries the new limits.
  if (seen.size === 0) actions.refetch = true;
  return actions;
}
