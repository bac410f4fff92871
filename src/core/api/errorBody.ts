// The error envelope of an answer, read into a typed error with the token scrubbed out of it. One of
// the lazy readers (readers.ts).
import * as v from 'valibot';
import { AssetPayError, parseRetryAfter } from './errors.js';
import type { ReadBody } from './response.js';
import { errorEnvelopeSchema } from './schemas/error.js';

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
