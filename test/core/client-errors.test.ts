import { describe, expect, it, vi } from 'vitest';
import { createAssetPayClient } from '../../src/core/index.js';
import { envelope, failure, FRESH, hangingFetch, json, setup, text, TOKEN, type Reply } from './fakeFetch.js';

describe('error envelopes', () => {
  it('maps every envelope field onto AssetPayError', async () => {
    const { client } = setup([
      envelope(
        422,
        'VALIDATION_FAILED',
        { code: 1001, message: ['items.0.price is wrong', 'game is wrong'], fields: { 'items.0.price': 'bad' }, details: { hint: 1 } },
        { 'Retry-After': '7' },
      ),
    ]);
    const error = await failure(client.request('/a'));
    expect(error).toMatchObject({
      key: 'VALIDATION_FAILED',
      code: 1001,
      status: 422,
      requestId: 'req-err',
      fields: { 'items.0.price': 'bad' },
      details: { hint: 1 },
      retryAfterMs: 7_000,
      outcomeUnknown: false,
      message: 'items.0.price is wrong; game is wrong',
    });
  });

  it.each<[string, number, string, number | undefined]>([
    ['RATE_LIMITED', 429, '30', 30_000],
    ['DEPOSIT_IN_PROGRESS', 429, '2', 2_000],
    ['FLEET_DEGRADED', 503, '30', 30_000],
    ['PRICE_CHANGED', 409, '', undefined],
  ])('%s (HTTP %s, Retry-After %j) → retryAfterMs %s', async (key, status, retryAfter, ms) => {
    const { client } = setup([envelope(status, key, {}, retryAfter ? { 'Retry-After': retryAfter } : {})]);
    const error = await failure(client.request('/a'));
    expect(error).toMatchObject({ key, status, retryAfterMs: ms });
  });

  it('uses the key as message when the envelope has none, and the id it sent as requestId', async () => {
    const { client, fetch } = setup([json({ success: false, error: { key: 'NOT_FOUND' } }, 404)]);
    const error = await failure(client.request('/a'));
    const sent = (fetch.mock.calls[0]![1]!.headers as Record<string, string>)['x-request-id'];
    expect(error).toMatchObject({ key: 'NOT_FOUND', status: 404, message: 'NOT_FOUND', requestId: sent });
  });

  it('takes requestId from the x-request-id header when there is no envelope', async () => {
    const { client } = setup([json({ success: false, error: { key: 'NOT_FOUND' } }, 404, { 'x-request-id': 'hdr-1' })]);
    expect(await failure(client.request('/a'))).toMatchObject({ requestId: 'hdr-1' });
    const bare = setup([() => new Response('<html>oops</html>', { status: 502, headers: { 'x-request-id': 'hdr-2' } })]);
    expect(await failure(bare.client.request('/a'))).toMatchObject({ key: 'HTTP_ERROR', status: 502, requestId: 'hdr-2' });
  });

  it('an error envelope with HTTP 200 is still an error', async () => {
    const { client } = setup([envelope(200, 'NO_OFFER_FOUND')]);
    expect(await failure(client.request('/a'))).toMatchObject({ key: 'NO_OFFER_FOUND', status: 200 });
  });
});

describe('bodies that are not an AssetPay envelope', () => {
  it.each<[string, Reply, string, number]>([
    ['an HTML maintenance page with 503', text('<html><body>Down for maintenance</body></html>', 503), 'HTTP_ERROR', 503],
    ['a Cloudflare 502 page', text('<html>502 Bad Gateway</html>', 502), 'HTTP_ERROR', 502],
    ['an empty 500', text('', 500, 'text/plain'), 'HTTP_ERROR', 500],
    ['JSON without envelope on 404', json({ message: 'Not Found' }, 404), 'HTTP_ERROR', 404],
    ['an HTML page with 200', text('<!doctype html><title>Maintenance</title>', 200), 'INVALID_RESPONSE', 200],
    ['plain text with 200', text('OK', 200, 'text/plain'), 'INVALID_RESPONSE', 200],
    ['JSON that is not an envelope with 200', json({ inventory: [] }), 'INVALID_RESPONSE', 200],
    ['success:false without error with 200', json({ success: false }), 'INVALID_RESPONSE', 200],
    ['a JSON array with 200', json([1, 2]), 'INVALID_RESPONSE', 200],
    ['JSON null with 200', json(null), 'INVALID_RESPONSE', 200],
    ['a success envelope with 500', json({ success: true, data: {} }, 500), 'HTTP_ERROR', 500],
  ])('%s → %s', async (_, reply, key, status) => {
    const { client } = setup([reply]);
    const error = await failure(client.request('/a'));
    expect(error.key).toBe(key);
    expect(error.status).toBe(status);
  });

  it('keeps Retry-After on a 503 without envelope', async () => {
    const { client } = setup([() => new Response('<html/>', { status: 503, headers: { 'Retry-After': '120' } })]);
    expect(await failure(client.request('/a'))).toMatchObject({ key: 'HTTP_ERROR', retryAfterMs: 120_000 });
  });
});

describe('network failures, timeouts and aborts', () => {
  it('a rejected fetch → NETWORK_ERROR with status 0 and the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw cause;
    });
    const error = await failure(createAssetPayClient({ getToken: () => TOKEN, fetch }).request('/a'));
    expect(error).toMatchObject({ key: 'NETWORK_ERROR', status: 0, outcomeUnknown: false });
    expect(error.cause).toBe(cause);
    expect(error.isTransient).toBe(true);
  });

  it('no response within timeoutMs → TIMEOUT', async () => {
    const fetch = hangingFetch();
    const client = createAssetPayClient({ getToken: () => TOKEN, fetch, timeoutMs: 20 });
    const error = await failure(client.request('/a'));
    expect(error).toMatchObject({ key: 'TIMEOUT', status: 0 });
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(true);
  });

  it('a per-request timeoutMs wins over the client default', async () => {
    const client = createAssetPayClient({ getToken: () => TOKEN, fetch: hangingFetch(), timeoutMs: 60_000 });
    expect((await failure(client.request('/a', { timeoutMs: 20 }))).key).toBe('TIMEOUT');
  });

  it('the caller aborting → ABORTED', async () => {
    const controller = new AbortController();
    const fetch = hangingFetch();
    const client = createAssetPayClient({ getToken: () => TOKEN, fetch, timeoutMs: 60_000 });
    const pending = client.request('/a', { signal: controller.signal });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    expect(await failure(pending)).toMatchObject({ key: 'ABORTED', status: 0, outcomeUnknown: false });
  });

  it('an already aborted signal → ABORTED', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createAssetPayClient({ getToken: () => TOKEN, fetch: hangingFetch(), timeoutMs: 60_000 });
    expect((await failure(client.request('/a', { signal: controller.signal }))).key).toBe('ABORTED');
  });
});

describe('unsafe requests (deposits): outcomeUnknown', () => {
  const failing = (): Reply => () => Promise.reject(new TypeError('Failed to fetch'));
  it.each<[string, Reply[] | 'hang', string, boolean]>([
    ['a network error', [failing()], 'NETWORK_ERROR', true],
    ['a timeout', 'hang', 'TIMEOUT', true],
    ['a 502 without envelope', [text('<html>Bad Gateway</html>', 502)], 'HTTP_ERROR', true],
    ['a 504 without envelope', [text('', 504, 'text/plain')], 'HTTP_ERROR', true],
    ['a SERVER_ERROR envelope', [envelope(500, 'SERVER_ERROR')], 'SERVER_ERROR', true],
    ['an HTML 200', [text('<html/>', 200)], 'INVALID_RESPONSE', true],
    ['a 409 PRICE_CHANGED envelope', [envelope(409, 'PRICE_CHANGED')], 'PRICE_CHANGED', false],
    ['a 400 NO_OFFER_FOUND envelope', [envelope(400, 'NO_OFFER_FOUND')], 'NO_OFFER_FOUND', false],
    ['a 429 DEPOSIT_IN_PROGRESS envelope', [envelope(429, 'DEPOSIT_IN_PROGRESS', {}, { 'Retry-After': '3' })], 'DEPOSIT_IN_PROGRESS', false],
    ['a 429 RATE_LIMITED envelope', [envelope(429, 'RATE_LIMITED')], 'RATE_LIMITED', false],
    ['a 404 without envelope', [text('Not Found', 404, 'text/plain')], 'HTTP_ERROR', false],
  ])('%s → %s, outcomeUnknown %s', async (_, replies, key, unknown) => {
    const fetch = replies === 'hang' ? hangingFetch() : setup(replies).fetch;
    const client = createAssetPayClient({ getToken: () => TOKEN, fetch, timeoutMs: 20 });
    const error = await failure(client.request('/client/trading/deposit', { method: 'POST', body: {}, unsafe: true }));
    expect(error.key).toBe(key);
    expect(error.outcomeUnknown).toBe(unknown);
  });

  it.each<[string, Reply]>([
    ['a 502 without envelope', text('<html/>', 502)],
    ['a SERVER_ERROR envelope', envelope(500, 'SERVER_ERROR')],
    ['an HTML 200', text('<html/>', 200)],
  ])('a safe request with %s is not outcomeUnknown', async (_, reply) => {
    const { client } = setup([reply]);
    expect((await failure(client.request('/a'))).outcomeUnknown).toBe(false);
  });
});

describe('the token never leaks into errors', () => {
  it.each<[string, unknown]>([
    ['a string message', `Token ${TOKEN} is not valid for this merchant`],
    ['a message array', ['first problem', `bad header Authorization: ${TOKEN}`]],
    ['the token twice', `${TOKEN}/${TOKEN}`],
  ])('redacts the token echoed in %s', async (_, message) => {
    const { client } = setup([envelope(400, 'VALIDATION_FAILED', { message })]);
    const error = await failure(client.request('/a'));
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
    expect(error).toMatchObject({ key: 'VALIDATION_FAILED', status: 400, requestId: 'req-err', code: 11 });
  });

  it('redacts the refreshed token after a replay', async () => {
    const { client } = setup([envelope(401, 'INVALID_TOKEN'), envelope(401, 'TOKEN_EXPIRED', { message: `expired: ${FRESH}` })]);
    const error = await failure(client.request('/a'));
    expect(error.message).not.toContain(FRESH);
    expect(error.key).toBe('TOKEN_EXPIRED');
  });

  it('redacts with the Bearer scheme too', async () => {
    const { client } = setup([envelope(400, 'BAD', { message: `Bearer ${TOKEN}` })], { authScheme: 'bearer' });
    expect((await failure(client.request('/a'))).message).toBe('Bearer [redacted]');
  });

  it.each([
    ['NETWORK_ERROR', (() => Promise.reject(new TypeError(`fetch failed`))) as Reply],
    ['HTTP_ERROR', text('<html/>', 500)],
    ['INVALID_RESPONSE', text('<html/>', 200)],
  ])('%s messages do not contain the token', async (key, reply) => {
    const { client } = setup([reply]);
    const error = await failure(client.request('/a'));
    expect(error.key).toBe(key);
    expect(error.message).not.toContain(TOKEN);
  });
});
