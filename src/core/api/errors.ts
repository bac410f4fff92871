/**
 * Keys this library produces itself, next to the API's own keys (`PRICE_CHANGED`, ...).
 * - `NETWORK_ERROR`: the request failed before any response (offline, DNS, CORS).
 * - `TIMEOUT`: no response within the timeout.
 * - `ABORTED`: the caller's AbortSignal fired.
 * - `INVALID_RESPONSE`: the body was not JSON or not the documented shape (e.g. an HTML page).
 * - `HTTP_ERROR`: a non-2xx response without an AssetPay error envelope.
 * - `DEPOSIT_UNCONFIRMED`: a deposit's answer was lost and no trade with its `externalId` showed up
 *   in `GET /client/trades` while it was looked for (`outcomeUnknown` stays true).
 */
export type ClientErrorKey = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'INVALID_RESPONSE' | 'HTTP_ERROR' | 'DEPOSIT_UNCONFIRMED';

/** Error keys AssetPay documents (both variants, `assetpay-api.md`). Branch on these, never on `code`. */
export type ApiErrorKey =
  | 'PRICE_CHANGED'
  | 'NO_OFFER_FOUND'
  | 'ITEMS_UNAVAILABLE'
  | 'ITEMS_NOT_ACCEPTED'
  | 'ITEM_OVERSTOCKED'
  | 'EXCEEDS_MAX_AMOUNT'
  | 'INSUFFICIENT_ITEM_AMOUNT'
  | 'TOO_MANY_ITEMS'
  | 'TOO_MANY_ACTIVE_TRADES'
  | 'RATE_LIMITED'
  | 'DEPOSIT_IN_PROGRESS'
  | 'EXTERNAL_ID_EXISTS'
  | 'USER_NOT_TRADEABLE'
  | 'INVENTORY_PRIVATE'
  | 'INVALID_TRADEURL'
  | 'ESCROW_NOT_ALLOWED'
  | 'ACCOUNT_DISABLED'
  | 'FORBIDDEN'
  | 'STEAM_UNAVAILABLE'
  | 'STEAM_RATE_LIMITED'
  | 'INVENTORY_FETCH_FAILED'
  | 'NO_BOTS_AVAILABLE'
  | 'FLEET_DEGRADED'
  | 'SERVICE_UNAVAILABLE'
  | 'SYSTEM_MAINTENANCE'
  | 'DEPOSITS_PAUSED'
  | 'INSTANT_DEPOSITS_DISABLED'
  | 'INVALID_TOKEN'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID_OR_EXPIRED'
  | 'TOKEN_UNAVAILABLE'
  | 'UNAUTHORIZED'
  | 'MISSING_BEARER'
  | 'VALIDATION_FAILED'
  | 'SERVER_ERROR';

/**
 * Every error key an {@link AssetPayError} may carry: the documented ones, the client's own, and
 * any other string a newer API sends (kept, never dropped: `string & {}` keeps the completion).
 */
export type AssetPayErrorKey = ApiErrorKey | ClientErrorKey | (string & {});

/** Keys that mean the client token must be renewed. */
export const AUTH_ERROR_KEYS: ReadonlySet<string> = new Set([
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID_OR_EXPIRED',
  'UNAUTHORIZED',
  'MISSING_BEARER',
]);

/** Keys that say "try again later" and that are safe to retry automatically for reads. */
export const TRANSIENT_ERROR_KEYS: ReadonlySet<string> = new Set([
  'INVENTORY_FETCH_FAILED',
  'STEAM_UNAVAILABLE',
  'STEAM_RATE_LIMITED',
  'NO_BOTS_AVAILABLE',
  'FLEET_DEGRADED',
  'SERVICE_UNAVAILABLE',
  'NETWORK_ERROR',
  'TIMEOUT',
]);

/** Fields of an {@link AssetPayError}. */
export interface AssetPayErrorInit {
  key: AssetPayErrorKey;
  message: string;
  status?: number;
  code?: number;
  requestId?: string;
  fields?: Record<string, unknown>;
  details?: Record<string, unknown>;
  retryAfterMs?: number;
  outcomeUnknown?: boolean;
  cause?: unknown;
}

/**
 * Every failure of a request, typed. Branch on `key`, never on `message` (AssetPay may reword
 * it) or `code` (it differs between API variants).
 */
export class AssetPayError extends Error {
  override readonly name = 'AssetPayError';
  /** Stable error key from the API (`PRICE_CHANGED`) or from this library (`TIMEOUT`). */
  readonly key: AssetPayErrorKey;
  /** HTTP status, or 0 when there was no response. */
  readonly status: number;
  /** The API's numeric code, when it sent one. */
  readonly code: number | undefined;
  /** The envelope's `requestId`, for support messages. */
  readonly requestId: string | undefined;
  /** Per-field reasons on `VALIDATION_FAILED`, e.g. `{ 'items.0.price': '...' }`. */
  readonly fields: Record<string, unknown> | undefined;
  /** Structured context, e.g. `details.items` on `ITEM_OVERSTOCKED`. */
  readonly details: Record<string, unknown> | undefined;
  /** Wait asked for by `Retry-After`, in milliseconds (`undefined` when absent or not exposed by CORS; see {@link retryDelayOf}). */
  readonly retryAfterMs: number | undefined;
  /**
   * True when a deposit may have reached the server even though it failed here (network drop,
   * timeout, 5xx without an envelope). Resend with the same `externalId`, never a new one.
   */
  readonly outcomeUnknown: boolean;

  constructor(init: AssetPayErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.key = init.key;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fields = init.fields;
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }

  /** The token must be renewed (HTTP 401 with an auth key). */
  get isAuthError(): boolean {
    return this.status === 401 && AUTH_ERROR_KEYS.has(this.key);
  }

  /** Waiting and trying again may help. */
  get isTransient(): boolean {
    return TRANSIENT_ERROR_KEYS.has(this.key) || (this.status >= 500 && !this.outcomeUnknown);
  }
}

/** Type guard for {@link AssetPayError}, also across bundle copies. */
export function isAssetPayError(value: unknown): value is AssetPayError {
  return value instanceof AssetPayError || (value instanceof Error && value.name === 'AssetPayError' && 'key' in value);
}

/**
 * Reads `Retry-After` as seconds or as an HTTP date, in milliseconds from `now`.
 * Returns `undefined` when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date names its month and zone; without letters Date.parse guesses ("-5" → 2001).
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Waits used when an answer asks to wait but its `Retry-After` is missing or unreadable (a
 * browser hides it unless the API sends `Access-Control-Expose-Headers`), in milliseconds.
 */
export const FALLBACK_RETRY_AFTER_MS: Readonly<Record<string, number>> = {
  // The merchant-wide bucket and the per-user guard (10 deposits per 5 minutes) refill within a minute.
  RATE_LIMITED: 30_000,
  DEPOSIT_IN_PROGRESS: 5_000,
  // The SDK's tests see FLEET_DEGRADED with Retry-After: 30.
  FLEET_DEGRADED: 30_000,
};

/** How long to wait before trying again: `Retry-After` when readable, else the key's fallback, else `undefined`. */
export function retryDelayOf(error: Pick<AssetPayError, 'key' | 'retryAfterMs'>): number | undefined {
  return error.retryAfterMs ?? (Object.hasOwn(FALLBACK_RETRY_AFTER_MS, error.key) ? FALLBACK_RETRY_AFTER_MS[error.key] : undefined);
}
