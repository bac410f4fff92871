import type { AssetPayClient } from './client.js';
import { loadReaders } from './loadReaders.js';
import type { InventoryPage, InventoryParams } from '../types.js';
import { API_VARIANTS, INVENTORY_SORTS, MAX_SEARCH_LENGTH, type VariantRules } from './variant.js';
import { DEFAULT_GAME } from '../games.js';

/** Default page size of `GET /client/inventory` (`perPage` on `.co`, `limit` on `.gg`). */
export const DEFAULT_PER_PAGE = 50;

/** `search` cut to the API's 100 characters, never inside a surrogate pair. */
export function clampSearch(search: string | undefined): string | undefined {
  if (search === undefined || search.length <= MAX_SEARCH_LENGTH) return search;
  const high = search.charCodeAt(MAX_SEARCH_LENGTH - 1);
  return search.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_SEARCH_LENGTH - 1 : MAX_SEARCH_LENGTH);
}

/**
 * The query string `GET /client/inventory` is sent with, in the variant's names: the page size is
 * `perPage` on `.co` and `limit` on `.gg`; `search` is cut to 100 characters; undefined is left out.
 * Throws a `TypeError` for a `sort` AssetPay does not document.
 */
export function inventoryQuery(
  params: InventoryParams,
  rules: VariantRules = API_VARIANTS.co,
): Record<string, string | number | boolean | undefined> {
  if (params.sort !== undefined && !(INVENTORY_SORTS as readonly string[]).includes(params.sort)) {
    throw new TypeError(`sort must be one of ${INVENTORY_SORTS.join(', ')}`);
  }
  return {
    game: params.game ?? DEFAULT_GAME,
    refresh: params.refresh,
    search: clampSearch(params.search),
    sort: params.sort,
    minPrice: params.minPrice,
    maxPrice: params.maxPrice,
    acceptedOnly: params.acceptedOnly,
    page: params.page,
    [rules.pageSizeParam]: params.perPage,
  };
}

/** Fetches and validates one page of the user's inventory, in the client's API variant. */
export async function fetchInventory(
  client: AssetPayClient,
  params: InventoryParams = {},
  signal?: AbortSignal,
): Promise<InventoryPage> {
  const body = await client.request('/client/inventory', { query: inventoryQuery(params, client.rules), signal });
  const { parseInventoryResponse } = await loadReaders();
  return parseInventoryResponse(body, client.rules);
}

/** Number of pages for `count` items at `perPage` a page (at least 1). */
export function pageCountOf(count: number, perPage: number = DEFAULT_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}
