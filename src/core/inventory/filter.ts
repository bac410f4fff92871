import type { InventoryItem } from '../types.js';
import { isDepositable } from './predicates.js';
import { searchText, type SearchIndex } from './search.js';

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

/**
 * Keeps the items matching every condition, in their original order. `searchIndex` (from
 * {@link createSearchIndex}, aligned with `items`) tests each distinct name once and reads no item
 * for the search; a missing or misaligned one falls back to a per-item cache.
 */
export function filterItems(items: readonly InventoryItem[], filter: ItemFilter, searchIndex?: SearchIndex): readonly InventoryItem[] {
  if (isEmptyFilter(filter)) return items;
  const needle = filter.search?.trim().toLowerCase() ?? '';
  const exteriors = filter.exteriors?.length ? new Set(filter.exteriors) : null;
  const rarities = filter.rarities?.length ? new Set(filter.rarities) : null;
  const { minCents, maxCents, quality, hasStickers, depositableOnly } = filter;
  const hasPrice = minCents !== undefined || maxCents !== undefined;
  const index = needle && searchIndex !== undefined && searchIndex.ids.length === items.length ? searchIndex : null;
  let matches: Uint8Array | null = null;
  if (index !== null) {
    matches = new Uint8Array(index.texts.length);
    for (let t = 0; t < index.texts.length; t++) matches[t] = index.texts[t]!.includes(needle) ? 1 : 0;
  }
  const ids = index?.ids;
  const out: InventoryItem[] = [];
  for (let i = 0; i < items.length; i++) {
    if (matches !== null) {
      if (matches[ids![i]!] === 0) continue;
    } else if (needle && !searchText(items[i]!).includes(needle)) continue;
    const item = items[i]!;
    if (hasPrice) {
      const cents = item.offer?.priceCents;
      if (cents === undefined) continue;
      if (minCents !== undefined && cents < minCents) continue;
      if (maxCents !== undefined && cents > maxCents) continue;
    }
    if (exteriors && !exteriors.has(item.exterior ?? '')) continue;
    if (rarities && !rarities.has(item.rarity ?? '')) continue;
    if (quality && !qualityOf(item)[quality]) continue;
    if (hasStickers && item.stickers.length === 0) continue;
    if (depositableOnly && !isDepositable(item)) continue;
    out.push(item);
  }
  return out;
}
