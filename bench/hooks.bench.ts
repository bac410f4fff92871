// Micro-benchmarks of the pure functions behind the hooks, at inventory sizes the grid targets.
// Run: npx vitest bench --run --config bench/vitest.bench.config.ts (prints the pipeline target check)
import { bench, describe } from 'vitest';
import {
  createSearchIndex,
  createSelectionStore,
  createSortKeys,
  filterItems,
  parseInventoryItems,
  permuteSearchIndex,
  selectionTotals,
  sortItems,
  sortItemsWithOrder,
  type InventoryItem,
  type ItemSort,
  type SelectionEntry,
  type SelectionValue,
} from '../src/core/index.js';
import { createMockInventory } from '../src/mock/generator.js';
import { PIPELINE_BENCH } from './pipeline.js';

const items20k = parseInventoryItems(createMockInventory({ game: 730, count: 20_000, seed: 1 })).items;
const items1k = items20k.slice(0, 1000);
const sorted20k = sortItems(items20k, 'price-desc');
// The search index as useItemFilters keeps it: built in idle time once per list, then permuted
// into each sort's order.
const index20k = createSearchIndex(items20k);
const sortedIndex20k = permuteSearchIndex(index20k, sortItemsWithOrder(items20k, 'price-desc').order);
const keys20k = createSortKeys(items20k);
const nameOrder20k = sortItemsWithOrder(items20k, 'name-asc', keys20k).order;

/** A selection of the first 250 depositable items (the deposit cap). */
function selection250(items: readonly InventoryItem[]): SelectionValue {
  const store = createSelectionStore({ maxItems: 250 });
  store.dispatch({ type: 'selectAll', items });
  return store.getState().entries;
}
const selected250 = selection250(sorted20k);

/** A refetch: new objects for every row, same ids, 1 % of the prices changed. */
function refetch(items: readonly InventoryItem[]): InventoryItem[] {
  return items.map((item, index) =>
    index % 100 === 0 && item.offer
      ? { ...item, offer: { ...item.offer, priceCents: item.offer.priceCents + 1, price: (item.offer.priceCents + 1) / 100, reference: `${item.offer.reference}x` } }
      : { ...item },
  );
}
const fresh20k = refetch(items20k);

const options = { time: 1000, iterations: 10, warmupIterations: 3 };

// The panel's pipeline per filter change, as useItemFilters and useDepositSelection run it: the
// sort of the current list is cached per (items, sort), the search reads the precomputed index
// aligned with that sort, and the selection totals are summed. Target: median ≤ 4 ms (a quarter
// of a 60 Hz frame); bench/vitest.bench.config.ts prints the check.
const panelCache = new Map<ItemSort, InventoryItem[]>([['price-desc', sorted20k]]);
describe('hook pipeline, 20,000 items', () => {
  bench(
    PIPELINE_BENCH,
    () => {
      const sorted = panelCache.get('price-desc')!;
      filterItems(sorted, { search: 'k' }, sortedIndex20k);
      selectionTotals(selected250);
    },
    options,
  );
  bench(
    'the same with the sort computed each time (no cache)',
    () => {
      const { items: sorted, order } = sortItemsWithOrder(items20k, 'price-desc');
      filterItems(sorted, { search: 'k' }, permuteSearchIndex(index20k, order));
      selectionTotals(selected250);
    },
    options,
  );
});

describe('filter + sort + total parts, 20,000 items', () => {
  bench('sortItems price-desc (names ranked by an earlier sort)', () => void sortItems(items20k, 'price-desc'), options);
  bench('sortItems name-asc', () => void sortItems(items20k, 'name-asc'), options);
  bench('sortItems of a list already in order (price-desc of price-desc; keys read in scattered order)', () => void sortItems(sorted20k, 'price-desc'), options);
  bench('createSortKeys (once per item list)', () => void createSortKeys(items20k), options);
  bench('sortItemsWithOrder price-asc from keys read once (a sort change in the panel)', () => void sortItemsWithOrder(items20k, 'price-asc', keys20k), options);
  bench('sortItemsWithOrder name-asc from keys read once', () => void sortItemsWithOrder(items20k, 'name-asc', keys20k), options);
  bench('createSearchIndex (idle time, once per item list; per-item cache warm)', () => void createSearchIndex(items20k), options);
  bench('createSearchIndex of new item objects (first build after a fetch)', () => void createSearchIndex(fresh20k.map((item) => ({ ...item }))), options);
  bench('reference: copying 20,000 items (subtract from the line above)', () => void fresh20k.map((item) => ({ ...item })), options);
  bench('permuteSearchIndex into a sort order', () => void permuteSearchIndex(index20k, nameOrder20k), options);
  bench('filterItems search "k" with the search index', () => void filterItems(sorted20k, { search: 'k' }, sortedIndex20k), options);
  bench('filterItems search "k" without an index (per-item cache, warm)', () => void filterItems(sorted20k, { search: 'k' }), options);
  bench('filterItems min price $5', () => void filterItems(sorted20k, { minCents: 500 }), options);
  bench('selectionTotals of 250 selected', () => void selectionTotals(selected250), options);
});

describe('sort: before and after, 20,000 items', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byPrice = (a: InventoryItem, b: InventoryItem) => (a.offer?.priceCents ?? -1) - (b.offer?.priceCents ?? -1);
  bench('before: comparator sort on the objects with a collator for ties', () => void items20k.slice().sort((a, b) => byPrice(b, a) || collator.compare(a.name, b.name)), options);
  bench('after: sortItems price-desc (typed keys, cached name ranks)', () => void sortItems(items20k, 'price-desc'), options);
  bench('before: name-asc, collator on every comparison', () => void items20k.slice().sort((a, b) => collator.compare(a.name, b.name)), options);
  bench('after: sortItems name-asc', () => void sortItems(items20k, 'name-asc'), options);
});

function toggleBench(items: readonly InventoryItem[], subscribed: number) {
  const store = createSelectionStore({ maxItems: 250 });
  store.dispatch({ type: 'selectAll', items: items.slice(0, 100) });
  for (let i = 0; i < subscribed; i++) store.subscribeItem(items[i]!.id, () => {});
  const target = items.find((item) => item.offer && item.tradable && item.accepted && !store.isSelected(item.id))!;
  return () => {
    store.dispatch({ type: 'toggle', item: target });
    store.dispatch({ type: 'toggle', item: target });
  };
}

describe('toggle (on and off) with 100 selected', () => {
  bench('N = 1,000, 40 visible cards subscribed', toggleBench(items1k, 40));
  bench('N = 20,000, 40 visible cards subscribed', toggleBench(items20k, 40));
  bench('N = 20,000, all 20,000 cards subscribed', toggleBench(items20k, 20_000));
});

function selectAllBench(items: readonly InventoryItem[]) {
  const store = createSelectionStore({ maxItems: 250 });
  for (let i = 0; i < 40; i++) store.subscribeItem(items[i]!.id, () => {});
  const list = sortItems(items, 'price-desc');
  return () => {
    store.dispatch({ type: 'selectAll', items: list });
    store.getTotals();
    store.dispatch({ type: 'clear' });
  };
}

describe('select all (250 cap) + totals + clear', () => {
  bench('N = 1,000', selectAllBench(items1k));
  bench('N = 20,000', selectAllBench(items20k));
});

describe('sync: a refetch of 20,000 items into a 250-item selection', () => {
  bench(
    'sync (new objects, 1 % repriced) incl. creating the store',
    () => {
      const store = createSelectionStore({ maxItems: 250, initial: selected250 });
      store.dispatch({ type: 'sync', items: fresh20k, complete: true, game: 730 });
    },
    options,
  );
  bench(
    'sync of the same objects (no change) incl. creating the store',
    () => {
      const store = createSelectionStore({ maxItems: 250, initial: selected250 });
      store.dispatch({ type: 'sync', items: items20k, complete: true, game: 730 });
    },
    options,
  );
  bench('reference: creating the store with 250 selected', () => void createSelectionStore({ maxItems: 250, initial: selected250 as Record<string, SelectionEntry> }), options);
});
