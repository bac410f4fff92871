import type { InventoryItem } from '../types.js';

/**
 * Whether fresh data changes nothing a deposit of this item depends on: the selection keeps such
 * an entry (and its subscribers) as is, and a restored selection takes the fresh object.
 */
export function sameDepositTerms(a: InventoryItem, b: InventoryItem): boolean {
  return (
    a.appid === b.appid &&
    a.tradable === b.tradable &&
    a.accepted === b.accepted &&
    a.amount === b.amount &&
    a.offer?.price === b.offer?.price &&
    a.offer?.reference === b.offer?.reference &&
    a.offer?.maxAmount === b.offer?.maxAmount
  );
}
