import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  createSortKeys,
  filterItems,
  permuteSearchIndex,
  searchIndexBuilder,
  sortItems,
  sortItemsWithOrder,
  type InventoryItem,
  type ItemFilter,
  type ItemSort,
} from '../../src/core/index.js';
import { cs2Item } from './makeItem.js';

// The sort as it was written first: comparators on the objects and a collator. The typed-key sort
// must give exactly this order (ties stable), whatever the names and prices.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byPrice = (a: InventoryItem, b: InventoryItem) => (a.offer?.priceCents ?? -1) - (b.offer?.priceCents ?? -1);
function referenceSort(items: readonly InventoryItem[], sort: ItemSort): InventoryItem[] {
  const copy = items.slice();
  switch (sort) {
    case 'price-desc':
      return copy.sort((a, b) => byPrice(b, a) || collator.compare(a.name, b.name));
    case 'price-asc':
      return copy.sort((a, b) => {
        if (!a.offer !== !b.offer) return a.offer ? -1 : 1;
        return byPrice(a, b) || collator.compare(a.name, b.name);
      });
    case 'name-asc':
      return copy.sort((a, b) => collator.compare(a.name, b.name));
    case 'name-desc':
      return copy.sort((a, b) => collator.compare(b.name, a.name));
  }
}
function referenceFilter(items: readonly InventoryItem[], filter: ItemFilter): InventoryItem[] {
  const needle = filter.search?.trim().toLowerCase() ?? '';
  return items.filter((item) => {
    if (needle && !`${item.name}\u0000${item.marketHashName ?? ''}`.toLowerCase().includes(needle)) return false;
    if (filter.minCents !== undefined || filter.maxCents !== undefined) {
      const cents = item.offer?.priceCents;
      if (cents === undefined) return false;
      if (filter.minCents !== undefined && cents < filter.minCents) return false;
      if (filter.maxCents !== undefined && cents > filter.maxCents) return false;
    }
    return true;
  });
}

const SORTS: ItemSort[] = ['price-desc', 'price-asc', 'name-asc', 'name-desc'];
// Names the collator calls equal (case, accents), numbers compared as numbers, shared names.
const NAMES = ['AK-47 | Redline', 'ak-47 | redline', 'AWP | Asiimov', 'Awp | Asiimov', 'Case 2', 'Case 10', 'case 1', 'Émile', 'emile', 'Zeus x27', '★ Karambit', 'Glove', 'b', 'B', 'a'];
const item = fc
  .record({
    name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 6 })),
    price: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  })
  .map((spec) => spec);
const itemList = fc.array(item, { maxLength: 60 }).map((specs) => specs.map((spec, i) => cs2Item(`i${i}`, { name: spec.name, price: spec.price === null ? null : spec.price / 100 })));

describe('sortItems', () => {
  it('orders exactly as the comparator sort, ties in input order, for every sort', () => {
    fc.assert(
      fc.property(itemList, fc.constantFrom(...SORTS), (items, sort) => {
        expect(sortItems(items, sort).map((i) => i.id)).toEqual(referenceSort(items, sort).map((i) => i.id));
      }),
      { numRuns: 300 },
    );
  });

  it('returns a copy, also when the input is already in order', () => {
    const items = [cs2Item('a', { price: 3 }), cs2Item('b', { price: 2 }), cs2Item('c', { price: 1 })];
    const sorted = sortItems(items, 'price-desc');
    expect(sorted).not.toBe(items);
    expect(sorted.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(sortItems(sorted, 'price-asc').map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });

  it('puts items without an offer last in both price orders', () => {
    const items = [cs2Item('none', { price: null, name: 'A' }), cs2Item('cheap', { price: 0.01 }), cs2Item('dear', { price: 9 })];
    expect(sortItems(items, 'price-desc').map((i) => i.id)).toEqual(['dear', 'cheap', 'none']);
    expect(sortItems(items, 'price-asc').map((i) => i.id)).toEqual(['cheap', 'dear', 'none']);
  });

  it('ranks names seen in earlier sorts and new ones together', () => {
    const first = [cs2Item('1', { name: 'Mango' }), cs2Item('2', { name: 'apple' })];
    expect(sortItems(first, 'name-asc').map((i) => i.name)).toEqual(['apple', 'Mango']);
    const second = [cs2Item('3', { name: 'Mango' }), cs2Item('4', { name: 'banana' }), cs2Item('5', { name: 'Apple' }), cs2Item('6', { name: 'zebra 10' }), cs2Item('7', { name: 'zebra 9' })];
    expect(sortItems(second, 'name-asc').map((i) => i.name)).toEqual(['Apple', 'banana', 'Mango', 'zebra 9', 'zebra 10']);
    expect(sortItems(second, 'name-desc').map((i) => i.name)).toEqual(['zebra 10', 'zebra 9', 'Mango', 'banana', 'Apple']);
  });

  it('sorts wide price ranges with many names (too wide to pack) as the comparator sort does', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => cs2Item(`w${i}`, { name: `Name ${(i * 37) % 1200}`, price: i % 11 === 0 ? null : ((i * 104_729) % 10_000_000) + (i % 3) / 100 }));
    for (const sort of SORTS) expect(sortItems(items, sort).map((i) => i.id)).toEqual(referenceSort(items, sort).map((i) => i.id));
  });

  it('falls back to comparing when prices are not whole cents (hand-made items)', () => {
    const items = [0.5, 2.25, 2.25, 1, 3].map((cents, i) => ({ ...cs2Item(`f${i}`, { name: i % 2 ? 'B' : 'A' }), offer: { price: cents / 100, priceCents: cents, reference: 'r' } }));
    for (const sort of SORTS) expect(sortItems(items, sort).map((i) => i.id)).toEqual(referenceSort(items, sort).map((i) => i.id));
  });

  it('gives the permutation through sortItemsWithOrder, also from keys read once', () => {
    const items = [cs2Item('a', { price: 1 }), cs2Item('b', { price: 3 }), cs2Item('c', { price: 2 })];
    expect([...sortItemsWithOrder(items, 'price-desc').order]).toEqual([1, 2, 0]);
    const keys = createSortKeys(items);
    expect([...sortItemsWithOrder(items, 'price-asc', keys).order]).toEqual([0, 2, 1]);
    expect([...sortItemsWithOrder(items, 'price-desc', keys).order]).toEqual([1, 2, 0]);
  });

  it('sorts with keys read once exactly as without, for every sort', () => {
    fc.assert(
      fc.property(itemList, (items) => {
        const keys = createSortKeys(items);
        for (const sort of SORTS) expect(sortItemsWithOrder(items, sort, keys).order).toEqual(sortItemsWithOrder(items, sort).order);
      }),
      { numRuns: 100 },
    );
  });

  it('sorts large lists (packed keys) as the comparator sort does', () => {
    const items = Array.from({ length: 5000 }, (_, i) => cs2Item(`x${i}`, { name: NAMES[(i * 7) % NAMES.length]!, price: i % 13 === 0 ? null : ((i * 7919) % 2000) / 100 }));
    for (const sort of SORTS) expect(sortItems(items, sort).map((i) => i.id)).toEqual(referenceSort(items, sort).map((i) => i.id));
  });
});

describe('filterItems', () => {
  it('matches the straightforward filter, with and without a search index', () => {
    fc.assert(
      fc.property(
        itemList,
        fc.record({ search: fc.option(fc.constantFrom('', ' ', 'a', 'AK', 'redline ', '47 |', 'é', 'x'), { nil: undefined }), minCents: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }) }),
        fc.constantFrom(...SORTS),
        (items, filter, sort) => {
          const sorted = sortItems(items, sort);
          const expected = referenceFilter(sorted, filter).map((i) => i.id);
          expect(filterItems(sorted, filter).map((i) => i.id)).toEqual(expected);
          expect(filterItems(sorted, filter, createSearchIndex(sorted)).map((i) => i.id)).toEqual(expected);
          const permuted = permuteSearchIndex(createSearchIndex(items), sortItemsWithOrder(items, sort).order);
          expect(filterItems(sorted, filter, permuted).map((i) => i.id)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('builds the same search index in steps as at once', () => {
    const items = Array.from({ length: 1000 }, (_, i) => cs2Item(`s${i}`, { name: NAMES[i % NAMES.length]!, marketHashName: i % 3 ? `M ${i % 7}` : undefined }));
    const builder = searchIndexBuilder(items);
    let steps = 0;
    let index = builder.step(() => true);
    while (index === null) {
      steps += 1;
      index = builder.step(() => true);
    }
    expect(steps).toBeGreaterThan(1);
    expect(index).toEqual(createSearchIndex(items));
  });

  it('returns the same array for an empty filter and ignores a misaligned index', () => {
    const items = [cs2Item('a', { name: 'Alpha' }), cs2Item('b', { name: 'Beta' })];
    expect(filterItems(items, { search: '  ' })).toBe(items);
    expect(filterItems(items, { search: 'beta' }, createSearchIndex(items.slice(0, 1))).map((i) => i.id)).toEqual(['b']);
  });
});
