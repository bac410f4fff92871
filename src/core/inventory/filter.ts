import type { InventoryItem } from '../types.js';
import { isDepositable } from './predicates.js';

/** Sort orders the components offer. */
export type ItemSort = 'price-desc' | 'price-asc' | 'name-asc' | 'name-desc';

/** Quality markers a filter can ask for. */
export type ItemQuality = 'stattrak' | 'souvenir' | 'star';

/** A local filter: the parts the API lacks, plus search and price for instant feedback. */
export interface ItemFilter {
  search?: string;
  /** Offer price bounds, integer cents, inclusive. */
  minCents?: number;
  maxCents?: number;
  exteriors?: readonly string[];
  rarities?: readonly string[];
  quality?: ItemQuality;
  hasStickers?: boolean;
  depositableOnly?: boolean;
}

const lowerNames = new WeakMap<InventoryItem, string>();
function searchText(item: InventoryItem): string {
  let text = lowerNames.get(item);
  if (text === undefined) {
    text = `${item.name}\u0000${item.marketHashName ?? ''}`.toLowerCase();
    lowerNames.set(item, text);
  }
  return text;
}

function qualityOf(item: InventoryItem): Record<ItemQuality, boolean> {
  const name = item.marketHashName ?? item.name;
  return { stattrak: name.includes('StatTrak™'), souvenir: name.startsWith('Souvenir '), star: name.startsWith('★') };
}

/** True when the filter has no condition. */
export function isEmptyFilter(filter: ItemFilter): boolean {
  return (
    !filter.search?.trim() &&
    filter.minCents === undefined &&
    filter.maxCents === undefined &&
    !filter.exteriors?.length &&
    !filter.rarities?.length &&
    !filter.quality &&
    !filter.hasStickers &&
    !filter.depositableOnly
  );
}

/** Keeps the items matching every condition, in their original order. */
export function filterItems(items: readonly InventoryItem[], filter: ItemFilter): readonly InventoryItem[] {
  if (isEmptyFilter(filter)) return items;
  const needle = filter.search?.trim().toLowerCase() ?? '';
  const exteriors = filter.exteriors?.length ? new Set(filter.exteriors) : null;
  const rarities = filter.rarities?.length ? new Set(filter.rarities) : null;
  const hasPrice = filter.minCents !== undefined || filter.maxCents !== undefined;
  return items.filter((item) => {
    if (needle && !searchText(item).includes(needle)) return false;
    if (hasPrice) {
      const cents = item.offer?.priceCents;
      if (cents === undefined) return false;
      if (filter.minCents !== undefined && cents < filter.minCents) return false;
      if (filter.maxCents !== undefined && cents > filter.maxCents) return false;
    }
    if (exteriors && !exteriors.has(item.exterior ?? '')) return false;
    if (rarities && !rarities.has(item.rarity ?? '')) return false;
    if (filter.quality && !qualityOf(item)[filter.quality]) return false;
    if (filter.hasStickers && item.stickers.length === 0) return false;
    if (filter.depositableOnly && !isDepositable(item)) return false;
    return true;
  });
}

const collator = /* @__PURE__ */ new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byPrice = (a: InventoryItem, b: InventoryItem) => (a.offer?.priceCents ?? -1) - (b.offer?.priceCents ?? -1);

/** Returns a sorted copy. Items without an offer sort last by price; ties keep name order. */
export function sortItems(items: readonly InventoryItem[], sort: ItemSort): InventoryItem[] {
  const copy = items.slice();
  switch (sort) {
    case 'price-desc':
      return copy.sort((a, b) => byPrice(b, a) || collator.compare(a.name, b.name));
    case 'price-asc':
      return copy.sort((a, b) => {
        // Price-less items go last in both directions: they cannot be deposited anyway.
        if (!a.offer !== !b.offer) return a.offer ? -1 : 1;
        return byPrice(a, b) || collator.compare(a.name, b.name);
      });
    case 'name-asc':
      return copy.sort((a, b) => collator.compare(a.name, b.name));
    case 'name-desc':
      return copy.sort((a, b) => collator.compare(b.name, a.name));
  }
}

/** Distinct non-empty values of a field, sorted, for filter menus. */
export function distinctValues(items: readonly InventoryItem[], field: 'exterior' | 'rarity'): string[] {
  const values = new Set<string>();
  for (const item of items) {
    const value = item[field];
    if (value) values.add(value);
  }
  return [...values].sort(collator.compare);
}
