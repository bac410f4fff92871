// Every difference between AssetPay's two published API variants, in one table
// (assetpay-api.md §5 and §7). Nothing else in the library branches on host names.
import type { DepositRequestItem } from '../types.js';

/**
 * Which AssetPay API a client talks to:
 * - `'co'`: `api.assetpay.co`, the docs at docs.assetpay.co;
 * - `'gg'`: `api.assetpay.gg`, described by AssetPay's official SDK and its OpenAPI spec.
 */
export type ApiVariant = 'co' | 'gg';

/** How the client token is put in the `Authorization` header. */
export type AuthScheme = 'raw' | 'bearer';

/** The inventory sort values AssetPay documents (`.gg`; `.co` lists none and is sent the same). */
export const INVENTORY_SORTS = ['relevance', 'priceAsc', 'priceDesc', 'nameAsc', 'nameDesc'] as const;
/** One of {@link INVENTORY_SORTS}. */
export type InventorySort = (typeof INVENTORY_SORTS)[number];

/** The longest `search` the API takes (`.gg` documents 100; `.co` gets the same). */
export const MAX_SEARCH_LENGTH = 100;

/** The per-variant rules; see {@link API_VARIANTS}. */
export interface VariantRules {
  /** The `Authorization` scheme sent until the API asks for another (`MISSING_BEARER`). */
  authScheme: AuthScheme;
  /** Name of the inventory page-size parameter. */
  pageSizeParam: 'perPage' | 'limit';
  /** Page size that turns paging off (the whole inventory in one answer), or `null` when none exists. */
  allInOnePageSize: number | null;
  /** Whether AssetPay accepts a raw inventory row now: `.co` reads the top-level flag, `.gg` `offer.accepted`. */
  acceptedOf(row: { accepted?: boolean | undefined; offer?: { accepted?: boolean | undefined; reference?: string | undefined } | null | undefined }): boolean;
  /** One item of the deposit body on the wire. */
  depositItem(quote: DepositRequestItem): Record<string, unknown>;
  /** `type` of `GET /client/trades` for deposits. */
  depositTradeType: 'DEPOSIT' | 'deposit';
  /** How `GET /client/trades` pages: numbered pages (`.co`) or cursors (`.gg`). */
  tradesPaging: 'page' | 'cursor';
  /** Largest `limit` of `GET /client/trades`. */
  maxTradesLimit: number;
}

/** Every per-variant difference the client needs. */
export const API_VARIANTS: Readonly<Record<ApiVariant, VariantRules>> = {
  co: {
    // The .co docs show the raw token; a MISSING_BEARER answer switches the client to Bearer.
    authScheme: 'raw',
    pageSizeParam: 'perPage',
    allInOnePageSize: null,
    // A .co deposit must echo offer.reference: an offer without one cannot be deposited.
    acceptedOf: (row) => row.accepted === true && typeof row.offer?.reference === 'string',
    depositItem: ({ itemId, offer, amount }) => ({
      itemId,
      offer: offer.reference === undefined ? { price: offer.price } : { price: offer.price, reference: offer.reference },
      ...(amount === undefined ? {} : { amount }),
    }),
    depositTradeType: 'DEPOSIT',
    tradesPaging: 'page',
    maxTradesLimit: 100,
  },
  gg: {
    authScheme: 'bearer',
    pageSizeParam: 'limit',
    allInOnePageSize: -1,
    acceptedOf: (row) => row.offer?.accepted === true,
    // additionalProperties is false on the body: only the spec's keys go out.
    depositItem: ({ itemId, offer, amount }) => ({ itemId, price: offer.price, ...(amount === undefined ? {} : { amount }) }),
    depositTradeType: 'deposit',
    tradesPaging: 'cursor',
    maxTradesLimit: 100,
  },
};

/** `'gg'` for a base URL on `assetpay.gg` or one of its subdomains, `'co'` for anything else. */
export function inferApiVariant(baseUrl: string): ApiVariant {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return 'co';
  }
  return host === 'assetpay.gg' || host.endsWith('.assetpay.gg') ? 'gg' : 'co';
}
