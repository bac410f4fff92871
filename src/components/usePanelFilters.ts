import { useDeferredValue, useMemo, useState } from 'react';
import { distinctValues, filterItems, sortItems, type InventoryItem, type ItemFilter, type ItemQuality, type ItemSort } from '../core/index.js';

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

/**
 * Sorts once per (items, sort) and filters the sorted list per keystroke: filtering keeps order,
 * so typing never re-sorts 20,000 items. The search text is deferred so the input echoes at once.
 */
export function usePanelFilters(items: readonly InventoryItem[]) {
  const [filters, setFilters] = useState(initialFilters);
  const deferredSearch = useDeferredValue(filters.search);
  const sorted = useMemo(() => sortItems(items, filters.sort), [items, filters.sort]);
  const filter: ItemFilter = {
    search: deferredSearch,
    minCents: filters.price.min,
    maxCents: filters.price.max,
    exteriors: filters.exterior ? [filters.exterior] : undefined,
    rarities: filters.rarity ? [filters.rarity] : undefined,
    quality: filters.quality || undefined,
    hasStickers: filters.hasStickers,
    depositableOnly: filters.depositableOnly,
  };
  const key = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const visible = useMemo(() => filterItems(sorted, filter), [sorted, key]);
  const exteriors = useMemo(() => distinctValues(items, 'exterior'), [items]);
  const rarities = useMemo(() => distinctValues(items, 'rarity'), [items]);
  const update = <K extends keyof PanelFilterState>(name: K, value: PanelFilterState[K]) => setFilters((prev) => ({ ...prev, [name]: value }));
  return { filters, update, visible, exteriors, rarities, isFiltered: visible !== sorted || filters.search !== '' };
}
