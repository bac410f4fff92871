import { useEffect, useMemo, useState } from 'react';
import {
  createSortKeys,
  distinctValues,
  filterItems,
  permuteSearchIndex,
  searchIndexBuilder,
  sortItemsWithOrder,
  type InventoryItem,
  type ItemFilter,
  type ItemQuality,
  type ItemSort,
  type SearchIndex,
  type SortKeys,
} from '../core/index.js';
import { afterNextPaint, whenIdle } from './schedule.js';

/** The panel's filter state; the API lacks most of these, so all run locally and instantly. */
export interface PanelFilterState {
  search: string;
  sort: ItemSort;
  price: { min?: number; max?: number };
  exterior: string;
  rarity: string;
  quality: ItemQuality | '';
  hasStickers: boolean;
  depositableOnly: boolean;
}

export const initialFilters: PanelFilterState = {
  search: '',
  sort: 'price-desc',
  price: {},
  exterior: '',
  rarity: '',
  quality: '',
  hasStickers: false,
  depositableOnly: false,
};

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
class ListCache {
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

/**
 * Sorts once per (items, sort) and filters the sorted list: filtering keeps order, so typing
 * never re-sorts 20,000 items, and a sort chosen before is reused. Search reads a precomputed
 * array of lower-cased names in the sorted order (built in idle time after the list arrives, so
 * the first keystroke does not pay for it). A keystroke echoes at once; the results follow in one
 * render right after that frame is painted (newer keystrokes replace a pending one), rather than
 * in a time-sliced transition that yields to the browser every few ms.
 */
export function usePanelFilters(items: readonly InventoryItem[]) {
  const [filters, setFilters] = useState(initialFilters);
  const [appliedSearch, setAppliedSearch] = useState(filters.search);
  const search = filters.search;
  useEffect(() => {
    if (appliedSearch === search) return;
    return afterNextPaint(() => setAppliedSearch(search));
  }, [search, appliedSearch]);

  const cache = useMemo(() => new ListCache(items), [items]);
  // Build the search index in idle time, a few ms at a time, so that no frame waits for it.
  useEffect(() => {
    let cancel = () => {};
    const work = (deadline?: IdleDeadline) => {
      const stop = () => (deadline ? deadline.timeRemaining() < 2 : false);
      if (cache.buildSearch(stop)) void cache.searchIndex(filters.sort);
      else cancel = whenIdle(work);
    };
    cancel = whenIdle(work);
    return () => cancel();
  }, [cache, filters.sort]);

  const sorted = cache.sorted(filters.sort);
  const filter: ItemFilter = {
    search: appliedSearch,
    minCents: filters.price.min,
    maxCents: filters.price.max,
    exteriors: filters.exterior ? [filters.exterior] : undefined,
    rarities: filters.rarity ? [filters.rarity] : undefined,
    quality: filters.quality || undefined,
    hasStickers: filters.hasStickers,
    depositableOnly: filters.depositableOnly,
  };
  const key = JSON.stringify(filter);
  const needsIndex = appliedSearch.trim() !== '';
  const visible = useMemo(
    () => filterItems(sorted.items, filter, needsIndex ? cache.searchIndex(filters.sort) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sorted, key],
  );
  const update = <K extends keyof PanelFilterState>(name: K, value: PanelFilterState[K]) => setFilters((prev) => ({ ...prev, [name]: value }));
  return {
    filters,
    update,
    visible,
    get exteriors() {
      return cache.menus.exteriors;
    },
    get rarities() {
      return cache.menus.rarities;
    },
    isFiltered: visible !== sorted.items || filters.search !== '',
  };
}
