import { describe, expect, it, vi } from 'vitest';
import { envelope, failure, FRESH, ok, setup, TOKEN, type Reply } from './fakeFetch.js';

describe('createAssetPayClient: onAuthError', () => {
  it.each<[string, Reply[], number, string | null]>([
    ['the replay after a forced refresh is refused again', [envelope(401, 'TOKEN_EXPIRED'), envelope(401, 'TOKEN_EXPIRED')], 1, 'TOKEN_EXPIRED'],
    ['the replay is refused with another auth key', [envelope(401, 'TOKEN_EXPIRED'), envelope(401, 'INVALID_TOKEN')], 1, 'INVALID_TOKEN'],
    ['the refreshed token works', [envelope(401, 'TOKEN_EXPIRED'), ok()], 0, null],
    ['the replay fails for another reason', [envelope(401, 'TOKEN_EXPIRED'), envelope(429, 'RATE_LIMITED')], 0, null],
    ['a first 403 (no replay)', [envelope(403, 'FORBIDDEN')], 0, null],
    ['a 401 without an auth key (no replay)', [envelope(401, 'SOMETHING_ELSE')], 0, null],
  ])('%s → called %i time(s)', async (_, replies, calls, key) => {
    const onAuthError = vi.fn();
    const { client } = setup(replies, { onAuthError });
    await client.request('/client/inventory').catch(() => undefined);
    expect(onAuthError).toHaveBeenCalledTimes(calls);
    if (key) expect(onAuthError.mock.calls[0]![0]).toMatchObject({ key, status: 401 });
  });

  it('passes the thrown error itself, with no token in it even when the API echoed one', async () => {
    const onAuthError = vi.fn();
    const { client } = setup(
      [envelope(401, 'TOKEN_EXPIRED', { message: `bad ${TOKEN}` }), envelope(401, 'TOKEN_EXPIRED', { message: `bad ${FRESH}`, details: { token: FRESH } })],
      { onAuthError },
    );
    const error = await failure(client.request('/client/inventory'));
    expect(onAuthError).toHaveBeenCalledWith(error);
    const seen = JSON.stringify([error.message, error.details, String(onAuthError.mock.calls[0]![0].message)]);
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain(FRESH);
  });

  it('a throwing callback does not replace the API error', async () => {
    const { client } = setup([envelope(401, 'TOKEN_EXPIRED')], {
      onAuthError: () => {
        throw new Error('host bug');
      },
    });
    expect((await failure(client.request('/client/inventory'))).key).toBe('TOKEN_EXPIRED');
  });
});
