// Stored form of a selection: versioned JSON, validated on the way back in. No storage access here
// (core uses no DOM globals): the hooks pass the text in and out.
import { sameDepositTerms } from './sameTerms.js';
import * as v from 'valibot';
import { parseInventoryItems } from '../api/inventoryParse.js';
import { clampAmount, isDepositable } from '../inventory/predicates.js';
import type { InventoryItem } from '../types.js';
import type { SelectionEntry, SelectionState, SelectionValue } from './state.js';

/** The part of the Web Storage API a stored selection needs (`sessionStorage` has it). */
export interface SelectionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Version of the stored JSON. Data of any other version is ignored and removed. */
export const STORED_SELECTION_VERSION = 1;

/**
 * Storage key of one user's selection for one game:
 * `react-assetpay:selection:v1:<userKey>:<game>` (`any` when no game is known). The user key is
 * URI-encoded so no two users or games share a key. Never pass the client token as `userKey`.
 */
export function selectionStorageKey(userKey: string, game?: number): string {
  return `react-assetpay:selection:v${STORED_SELECTION_VERSION}:${encodeURIComponent(userKey)}:${game ?? 'any'}`;
}

/** The fields kept per item: what a deposit sends and what a summary shows. Cosmetics are left out. */
function toStoredRow(item: InventoryItem): Record<string, unknown> {
  const { id, appid, name, marketHashName, iconUrl, rarity, color, exterior, tradable, accepted, marketPrice, amount, offer } = item;
  return {
    id,
    appid,
    name,
    marketHashName,
    iconUrl,
    rarity,
    color,
    exterior,
    tradable,
    accepted,
    marketPrice,
    amount,
    offer: offer && { price: offer.price, reference: offer.reference, maxAmount: offer.maxAmount },
  };
}

const storedSchema = v.object({
  version: v.literal(STORED_SELECTION_VERSION),
  game: v.nullable(v.pipe(v.number(), v.safeInteger())),
  lines: v.pipe(
    v.array(v.object({ amount: v.pipe(v.number(), v.safeInteger(), v.minValue(1)), item: v.unknown() })),
    v.minLength(1),
    v.maxLength(10_000),
  ),
});

/**
 * The JSON to store for a selection, or `null` when it is empty (remove the key then). While a
 * price change is unacknowledged, the item keeps the snapshot from `shown` (the one stored
 * before the change), so a reload reports the change again rather than taking the new price.
 * Returns the snapshots stored, to pass as `shown` next time.
 */
export function toStoredSelection(
  state: Pick<SelectionState, 'entries' | 'priceChanges'>,
  shown: ReadonlyMap<string, InventoryItem>,
): { text: string | null; shown: Map<string, InventoryItem> } {
  const pending = new Set(state.priceChanges.map((change) => change.id));
  const next = new Map<string, InventoryItem>();
  const lines: { amount: number; item: Record<string, unknown> }[] = [];
  for (const [id, entry] of Object.entries(state.entries)) {
    const item = (pending.has(id) && shown.get(id)) || entry.item;
    next.set(id, item);
    lines.push({ amount: entry.amount, item: toStoredRow(item) });
  }
  if (lines.length === 0) return { text: null, shown: next };
  const game = lines[0]!.item.appid as number;
  return { text: JSON.stringify({ version: STORED_SELECTION_VERSION, game, lines }), shown: next };
}

/**
 * Reads stored JSON back into a selection. Returns `null` for anything that is not a valid
 * stored selection of this version (broken JSON, another shape or version, a malformed or
 * undepositable item, mixed games, another `game` than expected). Never throws. Amounts are
 * clamped to each stored item; at most `maxItems` items are kept.
 */
export function parseStoredSelection(text: string, expected: { game?: number; maxItems?: number } = {}): SelectionValue | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(storedSchema, raw);
  if (!result.success) return null;
  const { game, lines } = result.output;
  if (expected.game !== undefined && game !== expected.game) return null;
  const { items, rejected } = parseInventoryItems(lines.map((line) => line.item));
  if (rejected.length > 0 || items.some((item) => item.appid !== game || !isDepositable(item))) return null;
  // fromEntries makes own keys even of ids such as `__proto__`.
  return Object.fromEntries(
    items.slice(0, expected.maxItems ?? items.length).map((item, index) => [item.id, { item, amount: clampAmount(item, lines[index]!.amount) }]),
  );
}


/**
 * Restored entries carry the short stored snapshot. When fresh data shows the same deposit terms,
 * the full fresh item takes its place; any other difference is left to the `sync` action, which
 * reports it. `restored` maps ids to the snapshots still waiting; the ones settled leave it.
 * Returns the new entries, or `null` when nothing changed.
 */
export function withFreshSnapshots(
  entries: SelectionValue,
  restored: Map<string, InventoryItem>,
  items: readonly InventoryItem[],
): SelectionValue | null {
  const fresh = new Map<string, InventoryItem>();
  for (const item of items) if (!fresh.has(item.id)) fresh.set(item.id, item);
  const swapped = new Map<string, SelectionEntry>();
  for (const [id, snapshot] of restored) {
    const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
    const item = fresh.get(id);
    if (entry?.item === snapshot && !item) continue;
    restored.delete(id);
    if (entry?.item === snapshot && item && sameDepositTerms(item, snapshot)) swapped.set(id, { item, amount: entry.amount });
  }
  if (swapped.size === 0) return null;
  return Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, swapped.get(id) ?? entry]));
}
