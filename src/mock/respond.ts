import { HttpResponse } from 'msw';
import type { MockState } from './state.js';
import { uuidFrom } from './random.js';

/** `.co` numeric code and HTTP status per error key (assetpay-api.md §2.6, §4.2, §5). */
export const ERROR_CODES = {
  EXTERNAL_ID_EXISTS: [1, 409],
  MISSING_ITEMS: [2, 400],
  INVENTORY_FETCH_FAILED: [3, 500],
  NO_OFFER_FOUND: [4, 400],
  TRADE_OFFER_FAILED: [5, 500],
  TOO_MANY_ACTIVE_TRADES: [6, 429],
  USER_NOT_TRADEABLE: [7, 400],
  TOO_MANY_ITEMS: [8, 400],
  ITEMS_UNAVAILABLE: [9, 400],
  ITEMS_NOT_ACCEPTED: [10, 400],
  PRICE_CHANGED: [11, 409],
  INSUFFICIENT_ITEM_AMOUNT: [19, 400],
  EXCEEDS_MAX_AMOUNT: [20, 400],
  INVALID_TRADEURL: [14, 400],
  DEPOSIT_IN_PROGRESS: [21, 429],
  // From here on .gg codes where .co documents none; `?` in the docs is given a plausible status.
  STEAM_UNAVAILABLE: [31, 424],
  STEAM_RATE_LIMITED: [33, 424],
  INVENTORY_PRIVATE: [34, 400],
  ESCROW_NOT_ALLOWED: [35, 400],
  DEPOSITS_PAUSED: [36, 503],
  NO_BOTS_AVAILABLE: [1010, 503],
  FLEET_DEGRADED: [1011, 503],
  SERVICE_UNAVAILABLE: [1008, 503],
  SYSTEM_MAINTENANCE: [1009, 503],
  FORBIDDEN: [1003, 403],
  ACCOUNT_DISABLED: [1301, 403],
  // .gg code and status (sdk README); .co does not document this key.
  ITEM_OVERSTOCKED: [45, 409],
  SERVER_ERROR: [1000, 500],
  VALIDATION_FAILED: [1001, 400],
  UNAUTHORIZED: [1002, 401],
  RATE_LIMITED: [1007, 429],
  // .co does not document a code for an expired token; this is the .gg one.
  TOKEN_EXPIRED: [1111, 401],
  INVALID_TOKEN: [1102, 401],
  // Stands for a key added to the API after this library: the UI must still answer in words.
  UNDOCUMENTED_KEY: [4242, 400],
} as const satisfies Record<string, readonly [number, number]>;

/** An error key the fake API can answer with. */
export type MockErrorKey = keyof typeof ERROR_CODES;

const MESSAGES: Record<MockErrorKey, string> = {
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
  NO_BOTS_AVAILABLE: 'No bots available',
  FLEET_DEGRADED: 'The bot fleet is degraded',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  SYSTEM_MAINTENANCE: 'The system is under maintenance',
  FORBIDDEN: 'Forbidden',
  ACCOUNT_DISABLED: 'The account is disabled',
  INVALID_TOKEN: 'Invalid token',
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
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

function baseHeaders(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  // Lets page scripts read these when the worker's answer is treated as cross-origin.
  return { 'x-request-id': requestId, 'Access-Control-Expose-Headers': 'Retry-After, x-request-id', ...extra };
}

/** `200 { requestId, success: true, data }`. */
export function ok(state: MockState, data: unknown): Response {
  const requestId = uuidFrom(state.random);
  return HttpResponse.json({ requestId, success: true, data }, { status: 200, headers: baseHeaders(requestId) });
}

/** The documented error envelope with the key's `.co` code and status. */
export function fail(state: MockState, key: MockErrorKey, extras: FailExtras = {}): Response {
  const requestId = uuidFrom(state.random);
  const [code, status] = ERROR_CODES[key];
  const error: Record<string, unknown> = { code, key, message: extras.message ?? MESSAGES[key] };
  if (extras.fields) error.fields = extras.fields;
  if (extras.details) error.details = extras.details;
  return HttpResponse.json({ requestId, success: false, error }, { status, headers: baseHeaders(requestId, extras.headers) });
}

/** `VALIDATION_FAILED` with per-field reasons; the message names the first five like the API. */
export function validationFailed(state: MockState, fields: Record<string, string>): Response {
  const limited = Object.fromEntries(Object.entries(fields).slice(0, 20));
  const names = Object.keys(limited).slice(0, 5).join(', ');
  return fail(state, 'VALIDATION_FAILED', { message: `Validation failed: ${names}`, fields: limited });
}

/** A maintenance page: HTML, no envelope. */
export function maintenancePage(): Response {
  return new HttpResponse('<!doctype html><html><head><title>Maintenance</title></head><body><h1>We are down for maintenance</h1></body></html>', {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '60' },
  });
}

/** A bare 500 whose body is not JSON (a proxy error page). */
export function bareServerError(): Response {
  return new HttpResponse('Internal Server Error', { status: 500, headers: { 'Content-Type': 'text/plain' } });
}
