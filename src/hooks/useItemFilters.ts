import { useEffect, useMemo, useState } from 'react';
import { filterItems, type InventoryItem, type ItemFilter, type ItemQuality, type ItemSort } from '../core/index.js';
import { ListCache } from '../core/inventory/listCache.js';
import { afterNextPaint, whenIdle } from '../core/schedule.js';

/** The filter state of {@link useItemFilters}; the API lacks most of these, so all run locally and instantly. */
export interface ItemFilterState {
  search: string;
  sort: ItemSort;
  price: { min?: number; max?: number };
  exterior: string;
  rarity: string;
  quality: ItemQuality | '';
  hasStickers: boolean;
  depositableOnly: boolean;
}

/** No filter, sorted by payout, highest first. */
export const defaultItemFilters: ItemFilterState = {
  search: '',
  sort: 'price-desc',
  price: {},
  exterior: '',
  rarity: '',
  quality: '',
  hasStickers: false,
  depositableOnly: false,
};

/** Options of {@link useItemFilters}. */
export interface UseItemFiltersOptions {
  /** The filters to start with, over {@link defaultItemFilters}. @default {} */
  initial?: Partial<ItemFilterState>;
}

/** What {@link useItemFilters} returns. */
export interface UseItemFiltersResult {
  /** The filters as set (the search as typed; `visible` follows it one frame later). */
  filters: ItemFilterState;
  /** Sets one filter. */
  update: <K extends keyof ItemFilterState>(name: K, value: ItemFilterState[K]) => void;
  /** The items that pass, in the chosen sort. */
  visible: readonly InventoryItem[];
  /** Distinct exteriors of the list, sorted, for a filter menu. */
  readonly exteriors: string[];
  /** Distinct rarities of the list, sorted, for a filter menu. */
  readonly rarities: string[];
  /** True when a filter or search hides items. */
  isFiltered: boolean;
}

/**
 * Sorts once per (items, sort) and filters the sorted list: filtering keeps order, so typing
 * never re-sorts 20,000 items, and a sort chosen before is reused. Search reads a precomputed
 * array of lower-cased names in the sorted order (built in idle time after the list arrives, so
 * the first keystroke does not pay for it). A keystroke echoes at once; the results follow in one
 * render right after that frame is painted (newer keystrokes replace a pending one), rather than
 * in a time-sliced transition that yields to the browser every few ms.
 */
export function useItemFilters(items: readonly InventoryItem[], options: UseItemFiltersOptions = {}): UseItemFiltersResult {
  const [filters, setFilters] = useState(() => ({ ...defaultItemFilters, ...options.initial }));
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
  const update = <K extends keyof ItemFilterState>(name: K, value: ItemFilterState[K]) => setFilters((prev) => ({ ...prev, [name]: value }));
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
