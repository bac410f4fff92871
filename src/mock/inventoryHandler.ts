import type { RawInventoryItem } from './generator.js';
import { toGgRow } from './ggRows.js';
import { parseInventoryQuery, type SortKey } from './inventoryQuery.js';
import { fail, ok, validationFailed } from './respond.js';
import { visibleRows, type MockState } from './state.js';

export { parseGame } from './inventoryQuery.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function offerCents(item: RawInventoryItem): number | null {
  return item.offer ? Math.round(item.offer.price * 100) : null;
}

function compare(sort: SortKey): ((a: RawInventoryItem, b: RawInventoryItem) => number) | null {
  if (sort === 'relevance') return null;
  if (sort === 'nameAsc') return (a, b) => collator.compare(a.name, b.name);
  if (sort === 'nameDesc') return (a, b) => collator.compare(b.name, a.name);
  const direction = sort === 'priceAsc' ? 1 : -1;
  return (a, b) => {
    const pa = offerCents(a);
    const pb = offerCents(b);
    // Rows without an offer go last in both directions.
    if (pa === null || pb === null) return pa === pb ? 0 : pa === null ? 1 : -1;
    return (pa - pb) * direction;
  };
}

/**
 * Answers `GET /client/inventory` with the variant's parameters and row shape. The page size is
 * capped at `maxPageSize` and the offset follows the capped size; `count` counts every match.
 */
export function handleInventory(state: MockState, url: URL): Response {
  const parsed = parseInventoryQuery(url.searchParams, state.variant);
  if (!parsed.ok) return validationFailed(state, parsed.fields);
  const query = parsed.value;

  if (state.scenario === 'private') return fail(state, 'USER_NOT_TRADEABLE');
  if (state.scenario === 'steam-unavailable') return fail(state, 'STEAM_UNAVAILABLE', { headers: { 'Retry-After': '5' } });
  if (query.refresh) state.updatedAt = new Date().toISOString();

  const { search, acceptedOnly } = query;
  // Compare in cents; the epsilon absorbs binary noise in values like 0.29 * 100.
  const minCents = query.minPrice === undefined ? null : Math.ceil(query.minPrice * 100 - 1e-6);
  const maxCents = query.maxPrice === undefined ? null : Math.floor(query.maxPrice * 100 + 1e-6);

  let rows = visibleRows(state, query.game).filter((item) => {
    if (search && !item.name.toLowerCase().includes(search) && !item.marketHashName.toLowerCase().includes(search)) return false;
    if (acceptedOnly && !(item.accepted && item.offer)) return false;
    if (minCents !== null || maxCents !== null) {
      const cents = offerCents(item);
      if (cents === null) return false;
      if (minCents !== null && cents < minCents) return false;
      if (maxCents !== null && cents > maxCents) return false;
    }
    return true;
  });
  const order = compare(query.sort);
  if (order) rows = rows.sort(order); // Array#sort is stable, so ties keep the original order.

  let page = rows;
  if (query.size !== null) {
    const size = Math.min(query.size, state.maxPageSize);
    const start = (query.page - 1) * size;
    page = rows.slice(start, start + size);
  }
  return ok(state, {
    inventory: state.variant === 'gg' ? page.map(toGgRow) : page,
    count: rows.length,
    updatedAt: state.updatedAt,
    collateral: state.collateralCents / 100,
  });
}
