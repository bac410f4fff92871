import * as v from 'valibot';
import { AssetPayError } from './errors.js';
import type { AssetPayClient } from './client.js';
import { collateralToCents, describeIssues, inventoryEnvelopeSchema, inventoryItemSchema } from './schema.js';
import type { InventoryItem, InventoryPage, InventoryParams, RejectedItem } from '../types.js';
import { tryToCents } from '../money.js';

/** Default page size of `GET /client/inventory` (`.co` `perPage`). */
export const DEFAULT_PER_PAGE = 50;

/**
 * Validates raw inventory rows one by one. Malformed rows and repeated ids are left out and
 * reported in `rejected`; nothing here throws for a bad row.
 */
/** A string with something visible in it, else undefined. */
const filled = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text : undefined);

export function parseInventoryItems(rows: readonly unknown[]): { items: InventoryItem[]; rejected: RejectedItem[] } {
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
    const { offer, accepted, marketPrice, name, ...rest } = raw;
    const item: InventoryItem = {
      ...rest,
      name: filled(name) ?? filled(raw.marketHashName) ?? raw.id,
      accepted: accepted ?? offer?.accepted ?? false,
      marketPrice,
      marketPriceCents: marketPrice === undefined ? null : tryToCents(marketPrice),
      offer: offer
        ? { price: offer.price.usd, priceCents: offer.price.cents, reference: offer.reference, maxAmount: offer.maxAmount }
        : undefined,
    };
    items.push(item);
  });
  return { items, rejected };
}

/** Validates a whole inventory response body. Throws `INVALID_RESPONSE` for a broken envelope. */
export function parseInventoryResponse(body: unknown): InventoryPage {
  const envelope = v.safeParse(inventoryEnvelopeSchema, body);
  if (!envelope.success) {
    throw new AssetPayError({
      key: 'INVALID_RESPONSE',
      message: `Unexpected inventory response (${describeIssues(envelope.issues)})`,
      status: 200,
    });
  }
  const { data, requestId } = envelope.output;
  const { items, rejected } = parseInventoryItems(data.inventory);
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

/** The query string `GET /client/inventory` is sent with: documented names, undefined left out. */
export function inventoryQuery(params: InventoryParams): Record<string, string | number | boolean | undefined> {
  return {
    game: params.game ?? 730,
    refresh: params.refresh,
    search: params.search,
    sort: params.sort,
    minPrice: params.minPrice,
    maxPrice: params.maxPrice,
    page: params.page,
    perPage: params.perPage,
  };
}

/** Fetches and validates one page of the user's inventory. */
export async function fetchInventory(
  client: AssetPayClient,
  params: InventoryParams = {},
  signal?: AbortSignal,
): Promise<InventoryPage> {
  const body = await client.request('/client/inventory', { query: inventoryQuery(params), signal });
  return parseInventoryResponse(body);
}

/** Number of pages for `count` items at `perPage` a page (at least 1). */
export function pageCountOf(count: number, perPage: number = DEFAULT_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage));
}
