// Failures queued with `MockAssetPay.failNext`. Item-level keys without `details` get them from the
// deposit body (its first item; sent per the `details` option), and the live row changes the way
// the real API's state would have, in either details mode.
import { GAME_IDS } from '../core/games.js';
import { fail, type FailExtras, type MockErrorKey } from './respond.js';
import { findRow, type MockDrop, type MockEndpoint, type MockState } from './state.js';

interface BodyItem {
  itemId: string;
  amount: number;
}

function firstItem(body: unknown): BodyItem | null {
  const items = (body as { items?: unknown } | null)?.items;
  const first = Array.isArray(items) ? (items[0] as { itemId?: unknown; amount?: unknown } | undefined) : undefined;
  if (!first || typeof first.itemId !== 'string') return null;
  return { itemId: first.itemId, amount: typeof first.amount === 'number' && first.amount >= 1 ? first.amount : 1 };
}

/** `details.items[]` for an item-level key about `item`, after changing its live row to match; null for other keys. */
function itemDetails(state: MockState, key: MockErrorKey, item: BodyItem): Record<string, unknown> | null {
  const row = findRow(state, item.itemId);
  const lower = Math.max(0, item.amount - 1);
  switch (key) {
    case 'NO_OFFER_FOUND':
      // AssetPay no longer prices the item: the next inventory read shows it without an offer.
      if (row) delete row.offer;
      return { items: [{ itemId: item.itemId }] };
    case 'ITEMS_UNAVAILABLE':
      // Traded away in Steam meanwhile: the next inventory read no longer lists it.
      for (const rows of GAME_IDS.map((game) => state.inventories[game])) {
        const index = row ? rows.indexOf(row) : -1;
        if (index >= 0) rows.splice(index, 1);
      }
      return { items: [{ itemId: item.itemId }] };
    case 'ITEMS_NOT_ACCEPTED':
      if (row) row.accepted = false;
      return { items: [{ itemId: item.itemId }] };
    case 'ITEM_OVERSTOCKED':
      if (row && lower === 0) row.accepted = false;
      else if (row?.offer) row.offer.maxAmount = lower;
      return { items: [{ itemId: item.itemId, marketHashName: row?.marketHashName ?? row?.name, remaining: lower }] };
    case 'EXCEEDS_MAX_AMOUNT':
      if (row?.offer) row.offer.maxAmount = Math.max(1, lower);
      return { items: [{ itemId: item.itemId, amount: item.amount, maxAmount: Math.max(1, lower) }] };
    case 'INSUFFICIENT_ITEM_AMOUNT':
      if (row) row.amount = Math.max(1, lower);
      return { items: [{ itemId: item.itemId, amount: item.amount, available: Math.max(1, lower) }] };
    default:
      return null;
  }
}

/** The answer of the oldest queued failure for this endpoint, or null when none is queued. */
export function takeFailure(state: MockState, endpoint: MockEndpoint, body: unknown): Response | null {
  const index = state.failures.findIndex((failure) => failure.endpoint === 'any' || failure.endpoint === endpoint);
  const failure = state.failures[index];
  if (!failure) return null;
  failure.remaining -= 1;
  if (failure.remaining <= 0) state.failures.splice(index, 1);
  let extras: FailExtras = failure.extras;
  const item = endpoint === 'deposit' && !extras.details ? firstItem(body) : null;
  const details = item && itemDetails(state, failure.key, item);
  if (details) extras = { ...extras, details };
  return fail(state, failure.key, extras);
}

/** Uses up one answer of the oldest queued drop for this endpoint; null when none is queued. */
export function takeDrop(state: MockState, endpoint: MockEndpoint): MockDrop | null {
  const index = state.drops.findIndex((drop) => drop.endpoint === 'any' || drop.endpoint === endpoint);
  const drop = state.drops[index];
  if (!drop) return null;
  drop.remaining -= 1;
  if (drop.remaining <= 0) state.drops.splice(index, 1);
  return drop;
}
