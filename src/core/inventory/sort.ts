import type { InventoryItem } from '../types.js';

/** Sort orders the components offer. */
export type ItemSort = 'price-desc' | 'price-asc' | 'name-asc' | 'name-desc';

const collator = /* @__PURE__ */ new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Collator order of every name seen so far, as ranks: names the collator calls equal share a
 * rank. Ranks taken from a superset of names order any subset correctly, so a re-sort of the same
 * inventory never calls the collator again; new names are sorted and merged in.
 */
let rankedNames: string[] = [];
let nameRank = new Map<string, number>();
/** Past this many distinct names the table starts over. */
const MAX_RANKED_NAMES = 100_000;

/** Makes sure every name in `names` has a rank. */
function rankNames(names: readonly string[]): void {
  if (nameRank.size > MAX_RANKED_NAMES) {
    rankedNames = [];
    nameRank = new Map();
  }
  let fresh: Set<string> | null = null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!nameRank.has(name)) (fresh ??= new Set()).add(name);
  }
  if (fresh === null) return;
  const added = [...fresh].sort(collator.compare);
  const base = rankedNames;
  // Merge two collator-sorted lists.
  const merged = new Array<string>(base.length + added.length);
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < base.length && b < added.length) merged[k++] = collator.compare(base[a]!, added[b]!) <= 0 ? base[a++]! : added[b++]!;
  while (a < base.length) merged[k++] = base[a++]!;
  while (b < added.length) merged[k++] = added[b++]!;
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < merged.length; i++) {
    if (i > 0 && collator.compare(merged[i - 1]!, merged[i]!) !== 0) rank += 1;
    ranks.set(merged[i]!, rank);
  }
  rankedNames = merged;
  nameRank = ranks;
}

/**
 * Sort keys of a list, aligned with it: what every sort compares, read from the items once.
 * Keep them with the list to sort it again in another order without touching the items.
 */
export interface SortKeys {
  /** Offer price in cents, -1 without an offer. */
  price: Float64Array;
  /** 1 for an item without an offer. */
  priceless: Uint8Array;
  /** Lowest and highest of `price`. */
  priceMin: number;
  priceMax: number;
  /** Whether every `price` is a whole number (true for parsed items: cents). */
  wholePrices: boolean;
  /** Collator rank of the name among this list's names; names the collator calls equal share one. */
  nameRank: Uint32Array;
  /** Highest `nameRank` + 1. */
  nameCount: number;
}

/** Reads the {@link SortKeys} of `items`: one pass over the objects, the rest on arrays. */
export function createSortKeys(items: readonly InventoryItem[]): SortKeys {
  const n = items.length;
  const price = new Float64Array(n);
  const priceless = new Uint8Array(n);
  const nameRanks = new Uint32Array(n);
  let priceMin = Infinity;
  let priceMax = -Infinity;
  let wholePrices = true;
  // Distinct names of this list first (one Map lookup per item); only those reach the rank table.
  const local = new Map<string, number>();
  const distinct: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const cents = item.offer?.priceCents;
    const p = cents ?? -1;
    price[i] = p;
    if (cents === undefined) priceless[i] = 1;
    if (p < priceMin) priceMin = p;
    if (p > priceMax) priceMax = p;
    if (wholePrices && !Number.isInteger(p)) wholePrices = false;
    const name = item.name;
    let id = local.get(name);
    if (id === undefined) {
      id = distinct.length;
      distinct.push(name);
      local.set(name, id);
    }
    nameRanks[i] = id;
  }
  // Rank within this list (dense, from the shared table's order): small numbers pack tighter.
  rankNames(distinct);
  const shared = distinct.map((name) => nameRank.get(name)!);
  const byRank = distinct.map((_, d) => d).sort((a, b) => shared[a]! - shared[b]!);
  const rankOf = new Uint32Array(distinct.length);
  let count = 0;
  for (let k = 0; k < byRank.length; k++) {
    if (k > 0 && shared[byRank[k]!] !== shared[byRank[k - 1]!]) count += 1;
    rankOf[byRank[k]!] = count;
  }
  for (let i = 0; i < n; i++) nameRanks[i] = rankOf[nameRanks[i]!]!;
  return { price, priceless, priceMin, priceMax, wholePrices, nameRank: nameRanks, nameCount: count + 1 };
}

/** Positions ordered by name rank (descending when `desc`), ties in input order: a counting sort. */
function nameOrder(keys: SortKeys, desc: boolean): Uint32Array {
  const ranks = keys.nameRank;
  const n = ranks.length;
  const last = keys.nameCount - 1;
  const starts = new Uint32Array(keys.nameCount + 1);
  for (let i = 0; i < n; i++) starts[(desc ? last - ranks[i]! : ranks[i]!) + 1]! += 1;
  for (let r = 1; r <= keys.nameCount; r++) starts[r]! += starts[r - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[starts[desc ? last - ranks[i]! : ranks[i]!]!++] = i;
  return order;
}

/** A sort's order and the items in it. */
export interface SortedItems {
  items: InventoryItem[];
  /** `items[k]` is the input's `order[k]`-th item. */
  order: Uint32Array;
}

/**
 * Sorts `items` (a copy; ties keep the input order) and tells where each came from. Compares
 * numbers only: names by a counting sort on their collator rank; prices by one native sort of a
 * double packing price, name rank and position (a comparator on the keys where prices are not
 * whole cents or the three do not fit in 53 bits). A list already in order is detected in one
 * pass. Pass the list's {@link SortKeys} to sort it again without reading the items.
 */
export function sortItemsWithOrder(items: readonly InventoryItem[], sort: ItemSort, keys: SortKeys = createSortKeys(items)): SortedItems {
  const n = keys.nameRank.length;
  const out = new Array<InventoryItem>(n);
  const gather = (order: Uint32Array): SortedItems => {
    for (let k = 0; k < n; k++) out[k] = items[order[k]!]!;
    return { items: out, order };
  };
  if (sort === 'name-asc' || sort === 'name-desc') return gather(nameOrder(keys, sort === 'name-desc'));
  const { price, priceless, priceMin, priceMax } = keys;
  const ranks = keys.nameRank;
  const names = keys.nameCount;
  const desc = sort === 'price-desc';
  // Price-desc: no offer counts as a price of -1 (last). Price-asc: no offer goes last as well,
  // as such items cannot be deposited anyway. Ties: name order, then input order.
  const compare = desc
    ? (a: number, b: number) => price[b]! - price[a]! || ranks[a]! - ranks[b]! || a - b
    : (a: number, b: number) => priceless[a]! - priceless[b]! || price[a]! - price[b]! || ranks[a]! - ranks[b]! || a - b;
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) if (compare(i - 1, i) > 0) inOrder = false;
  if (inOrder) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return gather(order);
  }
  /** 0 for the first price of this sort; items without an offer last. */
  const range = priceMax - priceMin + 1;
  const priceKey = (i: number) => (desc ? priceMax - price[i]! : priceless[i] ? range : price[i]! - priceMin);
  const slots = 2 ** Math.ceil(Math.log2(n + 1));
  if (keys.wholePrices && (range + 1) * names * slots < Number.MAX_SAFE_INTEGER) {
    // One key: price, then name rank, then position.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (priceKey(i) * names + ranks[i]!) * slots + i;
    packed.sort();
    const order = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      const i = packed[k]! % slots;
      order[k] = i;
      out[k] = items[i]!;
    }
    return { items: out, order };
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return gather(order.sort(compare));
}

/** Returns a sorted copy. Items without an offer sort last by price; ties keep name order. */
export function sortItems(items: readonly InventoryItem[], sort: ItemSort): InventoryItem[] {
  return sortItemsWithOrder(items, sort).items;
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
