import { HttpResponse } from 'msw';
import { errorEntry, MESSAGES, type FailExtras, type MockErrorKey } from './errorTable.js';
import type { MockState } from './state.js';
import { uuidFrom } from './random.js';

export { isMockErrorKey, type FailExtras, type MockErrorKey } from './errorTable.js';

/** Headers every answer carries, minus those a page script could not read without exposure. */
function answerHeaders(state: MockState, requestId: string | null, extra: Record<string, string> = {}): Record<string, string> {
  if (state.options.exposeHeaders === false) {
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(extra)) {
      if (!/^(retry-after|x-request-id|access-control-expose-headers)$/i.test(name)) kept[name] = value;
    }
    return kept;
  }
  const headers: Record<string, string> = { 'Access-Control-Expose-Headers': 'Retry-After, x-request-id', ...extra };
  if (requestId !== null) headers['x-request-id'] = requestId;
  return headers;
}

/** `200 { requestId, success: true, data }`. */
export function ok(state: MockState, data: unknown): Response {
  const requestId = uuidFrom(state.random);
  return HttpResponse.json({ requestId, success: true, data }, { status: 200, headers: answerHeaders(state, requestId) });
}

/**
 * The documented error envelope for `key` on the mock's variant: `code` only where that variant
 * documents one, `fields` only on `VALIDATION_FAILED`, `details` per the `details` option.
 */
export function fail(state: MockState, key: MockErrorKey, extras: FailExtras = {}): Response {
  const requestId = uuidFrom(state.random);
  const [code, status] = errorEntry(key, state.variant);
  const error: Record<string, unknown> = {};
  if (code !== null) error.code = code;
  error.key = key;
  error.message = extras.message ?? MESSAGES[key];
  if (extras.fields && key === 'VALIDATION_FAILED') error.fields = extras.fields;
  const sendDetails = extras.keepDetails || key === 'ITEM_OVERSTOCKED' || state.options.details === 'rich';
  if (extras.details && sendDetails) error.details = extras.details;
  return HttpResponse.json({ requestId, success: false, error }, { status, headers: answerHeaders(state, requestId, extras.headers) });
}

/** `VALIDATION_FAILED` with per-field reasons; the message names the first five like the API. */
export function validationFailed(state: MockState, fields: Record<string, string>): Response {
  const limited = Object.fromEntries(Object.entries(fields).slice(0, 20));
  const names = Object.keys(limited).slice(0, 5).join(', ');
  return fail(state, 'VALIDATION_FAILED', { message: `Validation failed: ${names}`, fields: limited });
}

/** A maintenance page: HTML, no envelope. */
export function maintenancePage(state: MockState): Response {
  return new HttpResponse('<!doctype html><html><head><title>Maintenance</title></head><body><h1>We are down for maintenance</h1></body></html>', {
    status: 503,
    headers: answerHeaders(state, null, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '60' }),
  });
}

/** A bare 500 whose body is not JSON (a proxy error page). */
export function bareServerError(): Response {
  return new HttpResponse('Internal Server Error', { status: 500, headers: { 'Content-Type': 'text/plain' } });
}
