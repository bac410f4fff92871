import type { InventoryItem } from '../types.js';

const lowerNames = new WeakMap<InventoryItem, string>();
/** What a search matches: name and market hash name, lower-cased, cached per item object. */
export function searchText(item: InventoryItem): string {
  let text = lowerNames.get(item);
  if (text === undefined) {
    text = `${item.name}\u0000${item.marketHashName ?? ''}`.toLowerCase();
    lowerNames.set(item, text);
  }
  return text;
}

/**
 * Search data of a list, for {@link filterItems}: the distinct search texts (name and market
 * hash name, lower-cased) and, per item, which of them is its own (`ids[i]` for `items[i]`).
 * Inventories repeat names, so a search tests each distinct text once and then reads one typed
 * array instead of 20,000 objects.
 */
export interface SearchIndex {
  texts: readonly string[];
  ids: Uint32Array;
}

/** Builds the {@link SearchIndex} of `items`, aligned with it. Build it once per list, ahead of the first keystroke (e.g. in idle time). */
export function createSearchIndex(items: readonly InventoryItem[]): SearchIndex {
  return searchIndexBuilder(items).step(() => false)!;
}

/**
 * Builds the {@link SearchIndex} of `items` in steps, for idle callbacks: `step(stop)` indexes
 * items until `stop()` says so (checked every 256 items) and returns the index once complete,
 * `null` before. `step(() => false)` finishes it at once.
 */
export function searchIndexBuilder(items: readonly InventoryItem[]): { step(stop: () => boolean): SearchIndex | null } {
  const texts: string[] = [];
  const ids = new Uint32Array(items.length);
  // name → market hash name → text id; each distinct pair is lower-cased once.
  const seen = new Map<string, Map<string, number>>();
  let next = 0;
  return {
    step(stop) {
      while (next < items.length) {
        const end = Math.min(items.length, next + 256);
        for (let i = next; i < end; i++) {
          const item = items[i]!;
          const market = item.marketHashName ?? '';
          let byMarket = seen.get(item.name);
          if (byMarket === undefined) seen.set(item.name, (byMarket = new Map()));
          let id = byMarket.get(market);
          if (id === undefined) {
            id = texts.length;
            texts.push(`${item.name}\u0000${market}`.toLowerCase());
            byMarket.set(market, id);
          }
          ids[i] = id;
        }
        next = end;
        if (next < items.length && stop()) return null;
      }
      return { texts, ids };
    },
  };
}

/** The same search index in another order of the list: `order[k]` is the position in the indexed list. */
export function permuteSearchIndex(index: SearchIndex, order: ArrayLike<number>): SearchIndex {
  const ids = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) ids[k] = index.ids[order[k]!]!;
  return { texts: index.texts, ids };
}
