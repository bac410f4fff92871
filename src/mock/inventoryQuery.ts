import { DEFAULT_GAME, GAME_IDS, wireGame } from '../core/games.js';
import type { GameId } from '../core/types.js';
import type { MockVariant } from './options.js';

/** The five sort values the `.gg` docs and the SDK's `ItemSort` list; no source has another spelling. */
export type SortKey = 'relevance' | 'priceAsc' | 'priceDesc' | 'nameAsc' | 'nameDesc';

const SORTS: ReadonlySet<string> = new Set<SortKey>(['relevance', 'priceAsc', 'priceDesc', 'nameAsc', 'nameDesc']);

/** A checked `GET /client/inventory` query. */
export interface InventoryQuery {
  game: GameId;
  sort: SortKey;
  minPrice?: number;
  maxPrice?: number;
  page: number;
  /** Rows asked for per page, before the server's cap; `null` = paging off (`.gg` `limit=-1`). */
  size: number | null;
  refresh: boolean;
  /** Lower-cased and trimmed; empty = no search. */
  search: string;
  acceptedOnly: boolean;
}

/** Parsed query, or the reasons per parameter. */
export type ParsedQuery = { ok: true; value: InventoryQuery } | { ok: false; fields: Record<string, string> };

/** Parses a query's game (`730` when absent); shared with the trades endpoint. */
export function parseGame(raw: string | null): GameId | null {
  if (raw === null || raw === '') return DEFAULT_GAME;
  return GAME_IDS.find((game) => wireGame(game) === raw) ?? null;
}

/** An integer `>= 1` (or the fallback when absent), `null` when malformed. */
export function positiveInt(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && Number.isSafeInteger(value) ? value : null;
}

function price(raw: string | null): number | null | undefined {
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function flag(raw: string | null): boolean | null {
  if (raw === null || raw === '' || raw === 'false') return false;
  return raw === 'true' ? true : null;
}

/** `.gg` `limit`: an integer >= 1, or -1 for everything. */
function ggLimit(raw: string | null): number | null | undefined {
  if (raw === '-1') return null;
  const value = positiveInt(raw, 50);
  return value === null ? undefined : value;
}

/**
 * Checks a query against the variant's documented parameters (assetpay-api.md §2.1). Parameters
 * the variant does not have are ignored, as the API ignores unknown query parameters.
 */
export function parseInventoryQuery(q: URLSearchParams, variant: MockVariant): ParsedQuery {
  const fields: Record<string, string> = {};
  const game = parseGame(q.get('game'));
  if (game === null) fields.game = `must be ${GAME_IDS.join(' or ')}`;
  const sortRaw = q.get('sort');
  const sort = sortRaw === null || sortRaw === '' ? 'relevance' : sortRaw;
  if (!SORTS.has(sort)) fields.sort = 'must be one of relevance, priceAsc, priceDesc, nameAsc, nameDesc';
  const minPrice = price(q.get('minPrice'));
  if (minPrice === null) fields.minPrice = 'must be a number >= 0';
  const maxPrice = price(q.get('maxPrice'));
  if (maxPrice === null) fields.maxPrice = 'must be a number >= 0';
  const page = positiveInt(q.get('page'), 1);
  if (page === null) fields.page = 'must be an integer >= 1';
  const refresh = flag(q.get('refresh'));
  if (refresh === null) fields.refresh = 'must be true or false';
  const search = q.get('search') ?? '';
  let size: number | null | undefined;
  let acceptedOnly: boolean | null;
  if (variant === 'gg') {
    if (search.length > 100) fields.search = 'must be at most 100 characters';
    size = ggLimit(q.get('limit'));
    if (size === undefined) fields.limit = 'must be an integer >= 1, or -1 for all';
    acceptedOnly = flag(q.get('acceptedOnly'));
    if (acceptedOnly === null) fields.acceptedOnly = 'must be true or false';
  } else {
    size = positiveInt(q.get('perPage'), 50);
    if (size === null) fields.perPage = 'must be an integer >= 1';
    // Undocumented on .co; honoured loosely, as before.
    acceptedOnly = q.get('acceptedOnly') === 'true';
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    value: {
      game: game as GameId,
      sort: sort as SortKey,
      minPrice: minPrice ?? undefined,
      maxPrice: maxPrice ?? undefined,
      page: page as number,
      size: size as number | null,
      refresh: refresh as boolean,
      search: search.trim().toLowerCase(),
      acceptedOnly: acceptedOnly as boolean,
    },
  };
}
