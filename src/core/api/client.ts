import { AssetPayError, AUTH_ERROR_KEYS, parseRetryAfter } from './errors.js';
import * as v from 'valibot';
import { errorEnvelopeSchema } from './schema.js';

/** How the client token is put in the `Authorization` header. */
export type AuthScheme = 'raw' | 'bearer';

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
  /** `'raw'` sends `Authorization: <token>` as AssetPay's docs show; `'bearer'` adds `Bearer `. @default 'raw' */
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
}

/** A configured AssetPay HTTP client. */
export interface AssetPayClient {
  readonly baseUrl: string;
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
  const scheme = options.authScheme ?? 'raw';

  async function token(forceRefresh: boolean): Promise<string> {
    try {
      const value = await (forceRefresh ? options.getToken({ forceRefresh: true }) : options.getToken());
      if (typeof value !== 'string' || value === '') throw new TypeError('getToken returned no token');
      return value;
    } catch (cause) {
      throw new AssetPayError({ key: 'TOKEN_UNAVAILABLE', message: 'Could not get a client token', cause });
    }
  }

  async function send(url: string, init: RequestOptions, authToken: string): Promise<Response> {
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
      const unsafe = init.unsafe ?? false;
      if (init.signal?.aborted) throw new AssetPayError({ key: 'ABORTED', message: 'The request was aborted', outcomeUnknown: unsafe, cause });
      if (timedOut) throw new AssetPayError({ key: 'TIMEOUT', message: `No response within ${timeoutMs} ms`, outcomeUnknown: unsafe, cause });
      throw new AssetPayError({ key: 'NETWORK_ERROR', message: 'The network request failed', outcomeUnknown: unsafe, cause });
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
    let authToken = await token(false);
    const tokensUsed = [authToken];
    let response = await send(url, init, authToken);
    let body = await readJson(response);
    if (response.status === 401 && AUTH_ERROR_KEYS.has(errorKeyOf(body))) {
      // The auth check runs before anything else on the API, so one replay is safe even for deposits.
      authToken = await token(true);
      tokensUsed.push(authToken);
      response = await send(url, init, authToken);
      body = await readJson(response);
    }
    const failure = toError(response, body, init.unsafe ?? false);
    if (failure) {
      const error = redact(failure, tokensUsed);
      if (tokensUsed.length > 1 && error.isAuthError) notifyAuthError(error);
      throw error;
    }
    return body.value;
  }

  return { baseUrl, request };
}

type ReadBody = { ok: true; value: unknown } | { ok: false; value: undefined };

async function readJson(response: Response): Promise<ReadBody> {
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

function errorKeyOf(body: ReadBody): string {
  const parsed = v.safeParse(errorEnvelopeSchema, body.value);
  return parsed.success ? parsed.output.error.key : '';
}

function toError(response: Response, body: ReadBody, unsafe: boolean): AssetPayError | null {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  const envelope = v.safeParse(errorEnvelopeSchema, body.value);
  if (envelope.success) {
    const { error, requestId } = envelope.output;
    const message = Array.isArray(error.message) ? error.message.join('; ') : (error.message ?? error.key);
    return new AssetPayError({
      key: error.key,
      message,
      status,
      code: error.code,
      requestId,
      fields: error.fields,
      details: error.details,
      retryAfterMs,
      outcomeUnknown: unsafe && error.key === 'SERVER_ERROR',
    });
  }
  const isSuccessEnvelope =
    body.ok && typeof body.value === 'object' && body.value !== null && (body.value as { success?: unknown }).success === true;
  if (response.ok && isSuccessEnvelope) return null;
  if (!response.ok) {
    return new AssetPayError({
      key: 'HTTP_ERROR',
      message: `HTTP ${status} without an AssetPay error body`,
      status,
      retryAfterMs,
      outcomeUnknown: unsafe && status >= 500,
    });
  }
  return new AssetPayError({
    key: 'INVALID_RESPONSE',
    message: body.ok ? 'The response is not an AssetPay envelope' : 'The response is not JSON',
    status,
    outcomeUnknown: unsafe,
  });
}

/** Makes sure no token we sent leaks through anything the API might have echoed back. */
function redact(error: AssetPayError, tokens: readonly string[]): AssetPayError {
  const scrub = (text: string) => tokens.reduce((out, token) => (token ? out.split(token).join('[redacted]') : out), text);
  const scrubValue = (value: Record<string, unknown> | undefined) => {
    if (value === undefined) return undefined;
    try {
      return JSON.parse(scrub(JSON.stringify(value))) as Record<string, unknown>;
    } catch {
      return { redacted: true };
    }
  };
  const serialised = JSON.stringify([error.message, error.requestId ?? '', error.fields ?? {}, error.details ?? {}]);
  if (!tokens.some((token) => token && serialised.includes(token))) return error;
  return new AssetPayError({
    key: error.key,
    message: scrub(error.message),
    status: error.status,
    code: error.code,
    requestId: error.requestId === undefined ? undefined : scrub(error.requestId),
    fields: scrubValue(error.fields),
    details: scrubValue(error.details),
    retryAfterMs: error.retryAfterMs,
    outcomeUnknown: error.outcomeUnknown,
  });
}
