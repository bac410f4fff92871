import type { MockVariant } from './options.js';

/** A key's numeric code (`null`: the variant documents none, so none is sent) and HTTP status. */
type Entry = readonly [code: number | null, status: number];

/**
 * Per key: `.co` entry, then `.gg` entry (assetpay-api.md §2.6, §4.2, §5). Codes appear only where
 * the doc gives one for that variant. Statuses the doc leaves open (`?`) get a plausible value.
 */
const TABLE = {
  EXTERNAL_ID_EXISTS: [[1, 409], [1, 409]],
  MISSING_ITEMS: [[2, 400], [2, 400]],
  INVENTORY_FETCH_FAILED: [[3, 500], [3, 424]],
  NO_OFFER_FOUND: [[4, 400], [4, 400]],
  TRADE_OFFER_FAILED: [[5, 500], [5, 500]],
  TOO_MANY_ACTIVE_TRADES: [[6, 429], [6, 429]],
  USER_NOT_TRADEABLE: [[7, 400], [7, 400]],
  TOO_MANY_ITEMS: [[8, 400], [8, 400]],
  ITEMS_UNAVAILABLE: [[9, 400], [9, 400]],
  ITEMS_NOT_ACCEPTED: [[10, 400], [10, 400]],
  PRICE_CHANGED: [[11, 409], [null, 409]],
  INVALID_TRADEURL: [[14, 400], [13, 400]],
  INSUFFICIENT_ITEM_AMOUNT: [[19, 400], [null, 400]],
  EXCEEDS_MAX_AMOUNT: [[20, 400], [null, 400]],
  // The SDK's tests answer this one with 409 on .gg.
  DEPOSIT_IN_PROGRESS: [[21, 429], [null, 409]],
  STEAM_UNAVAILABLE: [[null, 424], [31, 424]],
  STEAM_RATE_LIMITED: [[null, 424], [33, 424]],
  ITEM_OVERSTOCKED: [[null, 409], [45, 409]],
  INVENTORY_PRIVATE: [[null, 400], [null, 400]],
  ESCROW_NOT_ALLOWED: [[null, 400], [null, 400]],
  DEPOSITS_PAUSED: [[null, 503], [null, 503]],
  INSTANT_DEPOSITS_DISABLED: [[null, 400], [null, 400]],
  NO_BOTS_AVAILABLE: [[null, 503], [1010, 503]],
  FLEET_DEGRADED: [[null, 503], [1011, 503]],
  SERVER_ERROR: [[1000, 500], [1006, 500]],
  VALIDATION_FAILED: [[1001, 400], [1001, 422]],
  RATE_LIMITED: [[1007, 429], [1005, 429]],
  SERVICE_UNAVAILABLE: [[1008, 503], [1009, 503]],
  SYSTEM_MAINTENANCE: [[1009, 503], [1007, 503]],
  UNAUTHORIZED: [[1002, 401], [1100, 401]],
  INVALID_TOKEN: [[null, 401], [1102, 401]],
  MISSING_BEARER: [[null, 401], [1108, 401]],
  TOKEN_INVALID_OR_EXPIRED: [[null, 401], [1110, 401]],
  TOKEN_EXPIRED: [[null, 401], [1111, 401]],
  FORBIDDEN: [[1003, 403], [1300, 403]],
  ACCOUNT_DISABLED: [[null, 403], [1301, 403]],
  // Stands for a key added to the API after this library: the UI must still answer in words.
  UNDOCUMENTED_KEY: [[null, 400], [null, 400]],
} as const satisfies Record<string, readonly [Entry, Entry]>;

/** An error key the fake API can answer with. */
export type MockErrorKey = keyof typeof TABLE;

/** Whether `key` is one the fake API knows. */
export function isMockErrorKey(key: unknown): key is MockErrorKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(TABLE, key);
}

/** The documented code (or `null`) and HTTP status of `key` on `variant`. */
export function errorEntry(key: MockErrorKey, variant: MockVariant): Entry {
  return TABLE[key][variant === 'gg' ? 1 : 0];
}

/** Default human text per key; AssetPay's own wording may differ and must never be parsed. */
export const MESSAGES: Record<MockErrorKey, string> = {
  EXTERNAL_ID_EXISTS: 'A trade with this externalId already exists',
  MISSING_ITEMS: 'No items were provided',
  INVENTORY_FETCH_FAILED: 'Failed to fetch the Steam inventory',
  TRADE_OFFER_FAILED: 'Failed to send the trade offer',
  INVALID_TRADEURL: 'The trade URL is invalid',
  DEPOSIT_IN_PROGRESS: 'Another deposit is being processed',
  STEAM_RATE_LIMITED: 'Steam rate limit reached',
  INVENTORY_PRIVATE: 'The Steam inventory is private',
  ESCROW_NOT_ALLOWED: 'The account would be held in escrow',
  DEPOSITS_PAUSED: 'Deposits are paused',
  INSTANT_DEPOSITS_DISABLED: 'Instant deposits are disabled',
  NO_BOTS_AVAILABLE: 'No bots available',
  FLEET_DEGRADED: 'The bot fleet is degraded',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  SYSTEM_MAINTENANCE: 'The system is under maintenance',
  FORBIDDEN: 'Forbidden',
  ACCOUNT_DISABLED: 'The account is disabled',
  INVALID_TOKEN: 'Invalid token',
  MISSING_BEARER: 'The Authorization header must use the Bearer scheme',
  TOKEN_INVALID_OR_EXPIRED: 'The token is invalid or has expired',
  NO_OFFER_FOUND: 'No offer found for one or more items',
  TOO_MANY_ACTIVE_TRADES: 'Too many pending trades',
  USER_NOT_TRADEABLE: 'The Steam inventory is private or the account cannot trade',
  TOO_MANY_ITEMS: 'Too many items in one deposit',
  ITEMS_UNAVAILABLE: 'One or more items are unavailable',
  ITEMS_NOT_ACCEPTED: 'One or more items are not accepted',
  PRICE_CHANGED: 'The price of one or more items changed',
  INSUFFICIENT_ITEM_AMOUNT: 'Requested amount exceeds the amount owned',
  EXCEEDS_MAX_AMOUNT: 'Requested amount exceeds the maximum allowed',
  STEAM_UNAVAILABLE: 'Steam is temporarily unavailable',
  ITEM_OVERSTOCKED: 'One or more items are overstocked',
  SERVER_ERROR: 'Internal server error',
  VALIDATION_FAILED: 'Validation failed',
  UNAUTHORIZED: 'Unauthorized',
  RATE_LIMITED: 'Too many requests',
  TOKEN_EXPIRED: 'The token has expired',
  UNDOCUMENTED_KEY: 'Something this client does not know about happened',
};

/** Optional parts of an error answer. */
export interface FailExtras {
  message?: string;
  /** Sent only with `VALIDATION_FAILED`. */
  fields?: Record<string, string>;
  /** Sent in `details: 'rich'` mode, for `ITEM_OVERSTOCKED`, or when `keepDetails` is set. */
  details?: Record<string, unknown>;
  /** Send `details` whatever the mode: the caller of `failNext` asked for exactly these. */
  keepDetails?: boolean;
  headers?: Record<string, string>;
}
