// The client loads its answer readers (valibot and the schemas) by dynamic import on the first
// request. If that chunk cannot be fetched, nothing may be sent: an answer nobody can read would
// leave a deposit's outcome unknown.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/core/api/readers.js');
  vi.resetModules();
});

async function freshCore() {
  vi.resetModules();
  return import('../../src/core/index.js');
}

describe('a client whose answer readers fail to load', () => {
  it('fails with NETWORK_ERROR before sending anything, and the next request loads them again', async () => {
    vi.doMock('../../src/core/api/readers.js', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const core = await freshCore();
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(JSON.stringify({ success: true, data: { id: 'trade-1' } })));
    const client = core.createAssetPayClient({ getToken: () => 'token-abc', fetch });

    const refused = await client.request('/client/deposit', { method: 'POST', body: { items: [] }, unsafe: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(core.AssetPayError);
    expect(refused).toMatchObject({ key: 'NETWORK_ERROR', outcomeUnknown: false });
    expect(String((refused as Error).message)).not.toContain('token-abc');
    expect(fetch).not.toHaveBeenCalled();

    vi.doUnmock('../../src/core/api/readers.js');
    await expect(client.request('/client/deposit', { method: 'POST', body: { items: [] }, unsafe: true })).resolves.toMatchObject({ success: true, data: { id: 'trade-1' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
