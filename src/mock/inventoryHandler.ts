import type { GameId } from '../core/types.js';
import type { RawInventoryItem } from './generator.js';
import { fail, ok, validationFailed } from './respond.js';
import { visibleRows, type MockState } from './state.js';

type SortKey = 'relevance' | 'price_asc' | 'price_desc' | 'name_asc' | 'name_desc';

/** Both spellings seen in the docs (`.gg` camelCase) and in the wild (snake_case). */
const SORTS: Readonly<Record<string, SortKey>> = {
  relevance: 'relevance',
  price_asc: 'price_asc',
  priceAsc: 'price_asc',
  price_desc: 'price_desc',
  priceDesc: 'price_desc',
  name_asc: 'name_asc',
  nameAsc: 'name_asc',
  name_desc: 'name_desc',
  nameDesc: 'name_desc',
};

const MAX_PER_PAGE = 2000;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Parses the query's game; shared with the trades endpoint. */
export function parseGame(raw: string | null): GameId | null {
  if (raw === null || raw === '') return 730;
  if (raw === '730') return 730;
  if (raw === '252490') return 252490;
  return null;
}

function positiveInt(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}

function price(raw: string | null): number | null | undefined {
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function offerCents(item: RawInventoryItem): number | null {
  return item.offer ? Math.round(item.offer.price * 100) : null;
}

function compare(sort: SortKey): ((a: RawInventoryItem, b: RawInventoryItem) => number) | null {
  if (sort === 'relevance') return null;
  if (sort === 'name_asc') return (a, b) => collator.compare(a.name, b.name);
  if (sort === 'name_desc') return (a, b) => collator.compare(b.name, a.name);
  const direction = sort === 'price_asc' ? 1 : -1;
  return (a, b) => {
    const pa = offerCents(a);
    const pb = offerCents(b);
    // Rows without an offer go last in both directions.
    if (pa === null || pb === null) return pa === pb ? 0 : pa === null ? 1 : -1;
    return (pa - pb) * direction;
  };
}

/** Answers `GET /client/inventory` (`.co` parameters). */
export function handleInventory(state: MockState, url: URL): Response {
  const q = url.searchParams;
  const fields: Record<string, string> = {};
  const game = parseGame(q.get('game'));
  if (game === null) fields.game = 'must be 730 or 252490';
  const sortRaw = q.get('sort');
  const sort = sortRaw === null || sortRaw === '' ? 'relevance' : SORTS[sortRaw];
  if (sort === undefined) fields.sort = 'must be one of relevance, price_asc, price_desc, name_asc, name_desc (or camelCase)';
  const minPrice = price(q.get('minPrice'));
  if (minPrice === null) fields.minPrice = 'must be a number >= 0';
  const maxPrice = price(q.get('maxPrice'));
  if (maxPrice === null) fields.maxPrice = 'must be a number >= 0';
  const page = positiveInt(q.get('page'), 1, Number.MAX_SAFE_INTEGER);
  if (page === null) fields.page = 'must be an integer >= 1';
  const perPage = positiveInt(q.get('perPage'), 50, MAX_PER_PAGE);
  if (perPage === null) fields.perPage = `must be an integer 1-${MAX_PER_PAGE}`;
  const refresh = q.get('refresh');
  if (refresh !== null && refresh !== 'true' && refresh !== 'false') fields.refresh = 'must be true or false';
  if (
    Object.keys(fields).length > 0 ||
    game === null ||
    sort === undefined ||
    minPrice === null ||
    maxPrice === null ||
    page === null ||
    perPage === null
  ) {
    return validationFailed(state, fields);
  }

  if (state.scenario === 'private') return fail(state, 'USER_NOT_TRADEABLE');
  if (state.scenario === 'steam-unavailable') return fail(state, 'STEAM_UNAVAILABLE', { headers: { 'Retry-After': '5' } });
  if (refresh === 'true') state.updatedAt = new Date().toISOString();

  const search = (q.get('search') ?? '').trim().toLowerCase();
  const acceptedOnly = q.get('acceptedOnly') === 'true';
  // Compare in cents; the epsilon absorbs binary noise in values like 0.29 * 100.
  const minCents = minPrice === undefined ? null : Math.ceil(minPrice * 100 - 1e-6);
  const maxCents = maxPrice === undefined ? null : Math.floor(maxPrice * 100 + 1e-6);

  let rows = visibleRows(state, game).filter((item) => {
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
  const order = compare(sort);
  if (order) rows = rows.sort(order); // Array#sort is stable, so ties keep the original order.

  const start = (page - 1) * perPage;
  return ok(state, {
    inventory: rows.slice(start, start + perPage),
    count: rows.length,
    updatedAt: state.updatedAt,
    collateral: state.collateralCents / 100,
  });
}
