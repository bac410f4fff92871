// Reading an AssetPay answer: the envelope, a typed error, and the token scrubbed out of it.
import * as v from 'valibot';
import { AssetPayError, parseRetryAfter } from './errors.js';
import { errorEnvelopeSchema } from './schemas/error.js';

/** The body of an answer: parsed JSON, or not JSON at all. */
export type ReadBody = { ok: true; value: unknown } | { ok: false; value: undefined };

/** Reads the body as JSON without throwing. */
export async function readJson(response: Response): Promise<ReadBody> {
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

/** The error envelope's `key`, or `''` when the body is not one. */
export function errorKeyOf(body: ReadBody): string {
  const parsed = v.safeParse(errorEnvelopeSchema, body.value);
  return parsed.success ? parsed.output.error.key : '';
}

/** What the request was, for the error. */
export interface ErrorContext {
  unsafe: boolean;
  /** The `x-request-id` this client sent. */
  sentRequestId: string;
}

/**
 * The typed error of an answer, or `null` for a `success: true` envelope. `requestId` comes from
 * the envelope, else from the `x-request-id` response header, else the id this client sent.
 */
export function toError(response: Response, body: ReadBody, context: ErrorContext): AssetPayError | null {
  const { unsafe } = context;
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  const headerRequestId = response.headers.get('x-request-id') || undefined;
  const envelope = v.safeParse(errorEnvelopeSchema, body.value);
  if (envelope.success) {
    const { error, requestId } = envelope.output;
    const message = Array.isArray(error.message) ? error.message.join('; ') : (error.message ?? error.key);
    return new AssetPayError({
      key: error.key,
      message,
      status,
      code: error.code,
      requestId: requestId ?? headerRequestId ?? context.sentRequestId,
      fields: error.fields,
      details: error.details,
      retryAfterMs,
      // Only a keyed answer is definitive; an unexplained server error may have done the work.
      outcomeUnknown: unsafe && error.key === 'SERVER_ERROR',
    });
  }
  const isSuccessEnvelope =
    body.ok && typeof body.value === 'object' && body.value !== null && (body.value as { success?: unknown }).success === true;
  if (response.ok && isSuccessEnvelope) return null;
  const requestId = headerRequestId ?? context.sentRequestId;
  if (!response.ok) {
    return new AssetPayError({
      key: 'HTTP_ERROR',
      message: `HTTP ${status} without an AssetPay error body`,
      status,
      requestId,
      retryAfterMs,
      outcomeUnknown: unsafe && status >= 500,
    });
  }
  return new AssetPayError({
    key: 'INVALID_RESPONSE',
    message: body.ok ? 'The response is not an AssetPay envelope' : 'The response is not JSON',
    status,
    requestId,
    outcomeUnknown: unsafe,
  });
}

/** Makes sure no token we sent leaks through anything the API might have echoed back. */
export function redact(error: AssetPayError, tokens: readonly string[]): AssetPayError {
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

/** A UUID v4 for `x-request-id`; works outside secure contexts too, where `randomUUID` is missing. */
export function createRequestId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
