import type { InventoryItem } from '../types.js';
import { permuteSearchIndex, searchIndexBuilder, type SearchIndex } from './search.js';
import { createSortKeys, distinctValues, sortItemsWithOrder, type ItemSort, type SortKeys } from './sort.js';

/** One sort of one item list, with the search index in that order once someone needs it. */
interface SortedList {
  items: InventoryItem[];
  order: Uint32Array;
  search?: SearchIndex;
}

/**
 * What the panel derives from one item list, computed once and kept while the list is the same:
 * the sort keys (read from the items once), each sort asked for (switching back to a sort is
 * free) and the search index, in the list's order and then in each sort's order.
 */
export class ListCache {
  private readonly sorts = new Map<ItemSort, SortedList>();
  private keys: SortKeys | undefined;
  private search: SearchIndex | undefined;
  private builder: ReturnType<typeof searchIndexBuilder> | undefined;
  private facets: { exteriors: string[]; rarities: string[] } | undefined;

  constructor(readonly items: readonly InventoryItem[]) {}

  sorted(sort: ItemSort): SortedList {
    let list = this.sorts.get(sort);
    if (!list) {
      list = sortItemsWithOrder(this.items, sort, (this.keys ??= createSortKeys(this.items)));
      this.sorts.set(sort, list);
    }
    return list;
  }

  /** The search index aligned with `sorted(sort).items` (finished at once if still being built). */
  searchIndex(sort: ItemSort): SearchIndex {
    const list = this.sorted(sort);
    list.search ??= permuteSearchIndex(this.buildSearch(() => false)!, list.order);
    return list.search;
  }

  /** Builds the search index until `stop()`; returns it when complete. */
  buildSearch(stop: () => boolean): SearchIndex | null {
    if (!this.search) {
      this.builder ??= searchIndexBuilder(this.items);
      this.search = this.builder.step(stop) ?? undefined;
    }
    return this.search ?? null;
  }

  /** Exterior and rarity values for the filter menus. */
  get menus() {
    this.facets ??= { exteriors: distinctValues(this.items, 'exterior'), rarities: distinctValues(this.items, 'rarity') };
    return this.facets;
  }
}
