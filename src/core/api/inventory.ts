import * as v from 'valibot';
import { AssetPayError } from './errors.js';
import type { AssetPayClient } from './client.js';
import { collateralToCents, describeIssues } from './schemas/parts.js';
import { inventoryEnvelopeSchema, inventoryItemSchema } from './schemas/inventory.js';
import type { InventoryItem, InventoryPage, InventoryParams, RejectedItem } from '../types.js';
import { tryToCents } from '../money.js';
import { API_VARIANTS, INVENTORY_SORTS, MAX_SEARCH_LENGTH, type VariantRules } from './variant.js';
import { DEFAULT_GAME } from '../games.js';

/** Default page size of `GET /client/inventory` (`perPage` on `.co`, `limit` on `.gg`). */
export const DEFAULT_PER_PAGE = 50;

/** A string with something visible in it, else undefined. */
const filled = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text : undefined);

/**
 * Validates raw inventory rows one by one. Malformed rows and repeated ids are left out and
 * reported in `rejected`; nothing here throws for a bad row. `rules` says where the variant keeps
 * the "accepted" flag (`.co` top level, `.gg` `offer.accepted`). @default API_VARIANTS.co
 */
export function parseInventoryItems(
  rows: readonly unknown[],
  rules: VariantRules = API_VARIANTS.co,
): { items: InventoryItem[]; rejected: RejectedItem[] } {
  const items: InventoryItem[] = [];
  const rejected: RejectedItem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const rawId = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const result = v.safeParse(inventoryItemSchema, row);
    if (!result.success) {
      rejected.push({ index, id, reason: describeIssues(result.issues) });
      return;
    }
    const raw = result.output;
    if (seen.has(raw.id)) {
      rejected.push({ index, id: raw.id, reason: 'id: duplicate of an earlier row' });
      return;
    }
    seen.add(raw.id);
    const { offer, marketPrice } = raw;
    // Every item gets every key, in one order: one object shape keeps sorting, filtering and
    // rendering 20,000 of them on the engine's fast path (absent fields are `undefined`).
    const item: InventoryItem = {
      id: raw.id,
      appid: raw.appid,
      contextid: raw.contextid,
      assetId: raw.assetId,
      name: filled(raw.name) ?? filled(raw.marketHashName) ?? raw.id,
      marketHashName: raw.marketHashName,
      type: raw.type,
      iconUrl: raw.iconUrl,
      tradable: raw.tradable,
      accepted: rules.acceptedOf({ accepted: raw.accepted, offer }),
      marketPrice,
      marketPriceCents: marketPrice === undefined ? null : tryToCents(marketPrice),
      offer: offer
        ? { price: offer.price.usd, priceCents: offer.price.cents, reference: offer.reference, maxAmount: offer.maxAmount }
        : undefined,
      amount: raw.amount,
      exterior: raw.exterior,
      wear: raw.wear,
      rarity: raw.rarity,
      color: raw.color,
      paintSeed: raw.paintSeed,
      stickers: raw.stickers,
      charm: raw.charm,
      propId: raw.propId,
      previewToken: raw.previewToken,
      doppler: raw.doppler,
      fade: raw.fade,
      hardened: raw.hardened,
    };
    items.push(item);
  });
  return { items, rejected };
}

/** Validates a whole inventory response body. Throws `INVALID_RESPONSE` for a broken envelope. */
export function parseInventoryResponse(body: unknown, rules: VariantRules = API_VARIANTS.co): InventoryPage {
  const envelope = v.safeParse(inventoryEnvelopeSchema, body);
  if (!envelope.success) {
    throw new AssetPayError({
      key: 'INVALID_RESPONSE',
      message: `Unexpected inventory response (${describeIssues(envelope.issues)})`,
      status: 200,
    });
  }
  const { data, requestId } = envelope.output;
  const { items, rejected } = parseInventoryItems(data.inventory, rules);
  return {
    items,
    rejected,
    count: data.count,
    updatedAt: new Date(data.updatedAt),
    collateral: data.collateral,
    collateralCents: collateralToCents(data.collateral),
    requestId,
  };
}

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
  return parseInventoryResponse(body, client.rules);
}

/** Number of pages for `count` items at `perPage` a page (at least 1). */
export function pageCountOf(count: number, perPage: number = DEFAULT_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}
