// Micro-benchmarks of the pure functions behind the hooks, at inventory sizes the grid targets.
// Run: npx vitest bench --run --config bench/vitest.bench.config.ts
import { bench, describe } from 'vitest';
import {
  createSelectionStore,
  filterItems,
  parseInventoryItems,
  selectionTotals,
  sortItems,
  type InventoryItem,
  type SelectionEntry,
  type SelectionValue,
} from '../src/core/index.js';
import { createMockInventory } from '../src/mock/generator.js';

const items20k = parseInventoryItems(createMockInventory({ game: 730, count: 20_000, seed: 1 })).items;
const items1k = items20k.slice(0, 1000);
const sorted20k = sortItems(items20k, 'price-desc');
// Warm the per-item search cache, as after the first keystroke.
filterItems(sorted20k, { search: 'k' });

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

describe('filter + sort + total, 20,000 items', () => {
  bench('sortItems price-desc (once per items × sort)', () => void sortItems(items20k, 'price-desc'), options);
  bench('sortItems name-asc', () => void sortItems(items20k, 'name-asc'), options);
  bench('filterItems search "k" on the sorted list (warm cache)', () => void filterItems(sorted20k, { search: 'k' }), options);
  bench('filterItems min price $5', () => void filterItems(sorted20k, { minCents: 500 }), options);
  bench('selectionTotals of 250 selected', () => void selectionTotals(selected250), options);
  bench(
    'keystroke as usePanelFilters does it: filter sorted + totals',
    () => {
      filterItems(sorted20k, { search: 'k' });
      selectionTotals(selected250);
    },
    options,
  );
  bench(
    'keystroke with re-sort each time (what memoising the sort avoids)',
    () => {
      sortItems(filterItems(items20k, { search: 'k' }), 'price-desc');
      selectionTotals(selected250);
    },
    options,
  );
  bench(
    'first keystroke: filterItems on new item objects (cold search cache) + copying them',
    () => void filterItems(items20k.map((item) => ({ ...item })), { search: 'k' }),
    options,
  );
  bench('reference: copying 20,000 items (subtract from the line above)', () => void items20k.map((item) => ({ ...item })), options);
});

describe('sort alternatives, 20,000 items (not in the library)', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  /** Collator order of the distinct names, computed once per item list and reused by every sort. */
  const nameRank = (list: readonly InventoryItem[]) => {
    const names = [...new Set(list.map((item) => item.name))].sort(collator.compare);
    return new Map(names.map((name, index) => [name, index]));
  };
  const rank = nameRank(items20k);
  bench('sortItems price-desc (library, for comparison)', () => void sortItems(items20k, 'price-desc'), options);
  bench('name rank, once per item list', () => void nameRank(items20k), options);
  bench(
    'price-desc on typed keys + name rank (same order as sortItems)',
    () => {
      const n = items20k.length;
      const price = new Float64Array(n);
      const byName = new Float64Array(n);
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const item = items20k[i]!;
        price[i] = item.offer?.priceCents ?? -1;
        byName[i] = rank.get(item.name)!;
        order[i] = i;
      }
      order.sort((a, b) => price[b]! - price[a]! || byName[a]! - byName[b]!);
      const out = new Array<InventoryItem>(n);
      for (let i = 0; i < n; i++) out[i] = items20k[order[i]!]!;
    },
    options,
  );
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
