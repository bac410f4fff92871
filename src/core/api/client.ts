import { AssetPayError, AUTH_ERROR_KEYS } from './errors.js';
import { loadReaders } from './loadReaders.js';
import { createRequestId, readJson } from './response.js';
import { API_VARIANTS, inferApiVariant, type ApiVariant, type AuthScheme, type VariantRules } from './variant.js';

/** Passed to `getToken`; `forceRefresh` is set once after the API rejected the token. */
export interface GetTokenOptions {
  forceRefresh?: boolean;
}

/** Returns the client token minted by the merchant backend. Called for every request. */
export type GetToken = (options?: GetTokenOptions) => string | Promise<string>;

/** Options of {@link createAssetPayClient}. */
export interface AssetPayClientOptions {
  getToken: GetToken;
  /** @default 'https://api.assetpay.co' */
  baseUrl?: string;
  /**
   * Which published API this is (see `API_VARIANTS`): `'gg'` for a base URL on `assetpay.gg`,
   * else `'co'`. @default inferred from `baseUrl`
   */
  apiVariant?: ApiVariant;
  /**
   * `'raw'` sends `Authorization: <token>` as the `.co` docs show; `'bearer'` adds `Bearer `. A
   * `MISSING_BEARER` answer resends once with Bearer, which the client then keeps.
   * @default 'raw' on `.co`, 'bearer' on `.gg`
   */
  authScheme?: AuthScheme;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Timeout for ordinary requests in ms. @default 30000 */
  timeoutMs?: number;
  /**
   * Called when the replay after a forced token refresh (`getToken({ forceRefresh: true })`) is
   * still refused with an auth key: the session is over and the host should sign the user in
   * again. Gets the (redacted) error that is also thrown; never the token. @default undefined
   */
  onAuthError?: (error: AssetPayError) => void;
}

/** Options of one request. */
export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * The request changes state on the server (a deposit): failures after sending are flagged
   * `outcomeUnknown` instead of being treated as "nothing happened".
   */
  unsafe?: boolean;
  /** `x-request-id` to send; a resend of the same deposit passes the first one. @default a new UUID v4 */
  requestId?: string;
}

/** A configured AssetPay HTTP client. */
export interface AssetPayClient {
  readonly baseUrl: string;
  /** The API variant, and so the wire rules, this client follows. */
  readonly variant: ApiVariant;
  /** The rules of {@link variant} (from `API_VARIANTS`). */
  readonly rules: VariantRules;
  /** Sends a request and returns the parsed body of a `success: true` envelope. */
  request(path: string, options?: RequestOptions): Promise<unknown>;
}

/** The documented production API of the `.co` variant. */
export const DEFAULT_BASE_URL = 'https://api.assetpay.co';

/** Builds `base + path + ?query`, leaving undefined parameters out. */
export function buildUrl(baseUrl: string, path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.append(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** Creates a client. It holds no token: `getToken` is asked for one on every request. */
export function createAssetPayClient(options: AssetPayClientOptions): AssetPayClient {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const variant = options.apiVariant ?? inferApiVariant(baseUrl);
  const rules = API_VARIANTS[variant];
  // Learned for the client's lifetime: once the API asked for Bearer, every request uses it.
  let scheme: AuthScheme = options.authScheme ?? rules.authScheme;

  async function token(forceRefresh: boolean): Promise<string> {
    try {
      const value = await (forceRefresh ? options.getToken({ forceRefresh: true }) : options.getToken());
      if (typeof value !== 'string' || value === '') throw new TypeError('getToken returned no token');
      return value;
    } catch (cause) {
      throw new AssetPayError({ key: 'TOKEN_UNAVAILABLE', message: 'Could not get a client token', cause });
    }
  }

  async function send(url: string, init: RequestOptions, authToken: string, requestId: string): Promise<Response> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeoutMs = init.timeoutMs ?? options.timeoutMs ?? 30_000;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    init.signal?.addEventListener('abort', forwardAbort, { once: true });
    if (init.signal?.aborted) controller.abort();
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: scheme === 'bearer' ? `Bearer ${authToken}` : authToken,
      'x-request-id': requestId,
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await doFetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
      // Read the body inside the timeout too: a stalled body is as bad as a stalled connect.
      const text = await response.text();
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (cause) {
      const outcomeUnknown = init.unsafe ?? false;
      if (init.signal?.aborted) throw new AssetPayError({ key: 'ABORTED', message: 'The request was aborted', requestId, outcomeUnknown, cause });
      if (timedOut) throw new AssetPayError({ key: 'TIMEOUT', message: `No response within ${timeoutMs} ms`, requestId, outcomeUnknown, cause });
      throw new AssetPayError({ key: 'NETWORK_ERROR', message: 'The network request failed', requestId, outcomeUnknown, cause });
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  function notifyAuthError(error: AssetPayError): void {
    try {
      options.onAuthError?.(error);
    } catch {
      // A throwing host callback must not replace the API's error.
    }
  }

  async function request(path: string, init: RequestOptions = {}): Promise<unknown> {
    const url = buildUrl(baseUrl, path, init.query);
    // One id for this request and its replays, so support can follow it through AssetPay's logs.
    const requestId = init.requestId ?? createRequestId();
    // The readers load while the token is fetched; nothing is sent before they are here.
    const [{ errorKeyOf, redact, toError }, firstToken] = await Promise.all([loadReaders(), token(false)]);
    let authToken = firstToken;
    const tokensUsed = [authToken];
    let response = await send(url, init, authToken, requestId);
    let body = await readJson(response);
    // The auth check runs before anything else on the API, so these replays are safe even for deposits.
    if (response.status === 401 && errorKeyOf(body) === 'MISSING_BEARER' && scheme !== 'bearer') {
      // Wrong scheme, not a bad token: the same token again, with Bearer from now on.
      scheme = 'bearer';
      response = await send(url, init, authToken, requestId);
      body = await readJson(response);
    }
    if (response.status === 401 && AUTH_ERROR_KEYS.has(errorKeyOf(body))) {
      authToken = await token(true);
      tokensUsed.push(authToken);
      response = await send(url, init, authToken, requestId);
      body = await readJson(response);
    }
    const failure = toError(response, body, { unsafe: init.unsafe ?? false, sentRequestId: requestId });
    if (failure) {
      const error = redact(failure, tokensUsed);
      if (tokensUsed.length > 1 && error.isAuthError) notifyAuthError(error);
      throw error;
    }
    return body.value;
  }

  return { baseUrl, variant, rules, request };
}
