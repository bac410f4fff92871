import type { InventoryItem } from '../types.js';
import { CS2, GAMES, isGameId } from '../games.js';

/** Why an item cannot be selected, or `null` when it can. */
export type DisabledReason = 'not-tradable' | 'not-accepted' | 'no-offer' | 'limit';

/** Deposit API limit for one row's `amount`. */
export const MAX_DEPOSIT_AMOUNT = 10_000;

/** Why this item can never be deposited as it is now (ignores selection limits). */
export function itemDisabledReason(item: InventoryItem): Exclude<DisabledReason, 'limit'> | null {
  if (!item.tradable) return 'not-tradable';
  if (!item.offer || item.offer.priceCents <= 0) return 'no-offer';
  // A deposit names its game as '730' or '252490': a row of any other app cannot be in one.
  if (!item.accepted || !isGameId(item.appid)) return 'not-accepted';
  return null;
}

/** Tradable, accepted by AssetPay, of CS2 or Rust, and carrying an offer with a positive price. */
export function isDepositable(item: InventoryItem): boolean {
  return itemDisabledReason(item) === null;
}

/** Rust stacks (and anything with more than one unit) can be deposited in part. */
export function isStackable(item: InventoryItem): boolean {
  return (isGameId(item.appid) && GAMES[item.appid].stackable) || (item.amount ?? 1) > 1 || (item.offer?.maxAmount ?? 1) > 1;
}

/**
 * Most units of this row that one deposit may carry: 1 for CS2; for Rust
 * `min(amount ?? 1, offer.maxAmount ?? amount ?? 1)`, at most 10 000.
 */
export function maxDepositAmount(item: InventoryItem): number {
  if (item.appid === CS2) return 1;
  const owned = item.amount ?? 1;
  const allowed = item.offer?.maxAmount ?? owned;
  return Math.max(1, Math.min(owned, allowed, MAX_DEPOSIT_AMOUNT));
}

/** Clamps a wanted quantity to `1..maxDepositAmount(item)`; NaN and fractions become whole. */
export function clampAmount(item: InventoryItem, amount: number): number {
  const max = maxDepositAmount(item);
  if (!Number.isFinite(amount)) return amount > 0 ? max : 1;
  return Math.min(max, Math.max(1, Math.floor(amount)));
}
