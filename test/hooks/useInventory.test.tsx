import { describe, expect, it, vi } from 'vitest';
import { waitFor, act } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { useInventory, AssetPayError } from '../../src/index.js';
import { apiItem, inventoryBody, renderWithProvider, serveInventory } from './utils.js';

describe('useInventory', () => {
  it('sends exactly the documented request, with only the given parameters', async () => {
    const seen = serveInventory(() => inventoryBody([apiItem('item-1')]));
    const { result } = renderWithProvider(() =>
      useInventory({ game: 252490, search: 'wood', sort: 'priceAsc', minPrice: 1.5, page: 2, perPage: 20 }),
    );
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(seen).toHaveLength(1);
    const { url, headers } = seen[0]!;
    expect(url.origin + url.pathname).toBe('https://api.assetpay.co/client/inventory');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      game: '252490',
      search: 'wood',
      sort: 'priceAsc',
      minPrice: '1.5',
      page: '2',
      perPage: '20',
    });
    expect(headers.get('authorization')).toBe('token-123');
    expect(headers.get('accept')).toBe('application/json');
  });

  it('defaults to CS2 and leaves undefined parameters out', async () => {
    const seen = serveInventory(() => inventoryBody([]));
    const { result } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(seen[0]!.url.search).toBe('?game=730');
  });

  it.each([
    ['raw', 'token-123'],
    ['bearer', 'Bearer token-123'],
  ] as const)('sends the token with the %s scheme', async (authScheme, header) => {
    const seen = serveInventory(() => inventoryBody([]));
    const { result } = renderWithProvider(() => useInventory(), { provider: { authScheme } });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(seen[0]!.headers.get('authorization')).toBe(header);
  });

  it('returns validated items, totals of the page and the response metadata', async () => {
    serveInventory(() => inventoryBody([apiItem('a'), apiItem('b')], { count: 120, collateral: 25.5 }));
    const { result } = renderWithProvider(() => useInventory({ perPage: 50 }));
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    const inventory = result.current;
    expect(inventory.items[0]).toMatchObject({
      id: 'a',
      marketPrice: 12.5,
      marketPriceCents: 1250,
      offer: { price: 10.75, priceCents: 1075, reference: 'ref-a', maxAmount: 1 },
      accepted: true,
    });
    expect(inventory.count).toBe(120);
    // Two rows arrived where 50 were asked for: the server pages by 2, so 120 items are 60 pages.
    expect(inventory.pageCount).toBe(60);
    expect(inventory.updatedAt).toEqual(new Date('2026-11-24T10:00:00.000Z'));
    expect(inventory.collateral).toBe(25.5);
    expect(inventory.collateralCents).toBe(2550);
    expect(inventory.error).toBeNull();
  });

  it('counts pages at the requested size when page 1 came back full', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => apiItem(`row-${index}`));
    serveInventory(() => inventoryBody(rows, { count: 120 }));
    const { result } = renderWithProvider(() => useInventory({ perPage: 50 }));
    await waitFor(() => expect(result.current.items).toHaveLength(50));
    expect(result.current.pageCount).toBe(3);
  });

  it('never puts the token in a query key', async () => {
    serveInventory(() => inventoryBody([]));
    const { result, queryClient } = renderWithProvider(() => useInventory(), { provider: { getToken: () => 'secret-token-xyz' } });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    const keys = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey));
    expect(keys).toContain('inventory');
    expect(keys).not.toContain('secret-token-xyz');
  });

  it('skips malformed rows, reports them and warns in development', async () => {
    serveInventory(() => inventoryBody([apiItem('good'), apiItem('bad', { offer: { price: 'free', reference: 'x' } })]));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onInvalidItems = vi.fn();
    const { result } = renderWithProvider(() => useInventory(), { provider: { onInvalidItems } });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(result.current.items[0]!.id).toBe('good');
    expect(result.current.rejected).toEqual([expect.objectContaining({ index: 1, id: 'bad' })]);
    expect(onInvalidItems).toHaveBeenCalledWith([expect.objectContaining({ id: 'bad' })]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped 1 malformed'), expect.anything());
  });

  it('turns an error envelope into a typed AssetPayError', async () => {
    serveInventory(() =>
      HttpResponse.json(
        { requestId: 'req-9', success: false, error: { code: 7, key: 'USER_NOT_TRADEABLE', message: 'Inventory is private' } },
        { status: 400 },
      ),
    );
    const { result } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toBeInstanceOf(AssetPayError);
    expect(result.current.error).toMatchObject({ key: 'USER_NOT_TRADEABLE', status: 400, requestId: 'req-9' });
    expect(result.current.items).toEqual([]);
  });

  it('turns an HTML maintenance page into a typed error', async () => {
    serveInventory(() => new HttpResponse('<html><body>Maintenance</body></html>', { status: 503, headers: { 'Content-Type': 'text/html' } }));
    const { result } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ key: 'HTTP_ERROR', status: 503 });
  });

  it('retries transient errors when the provider allows it, honouring Retry-After', async () => {
    let calls = 0;
    serveInventory(() => {
      calls += 1;
      return calls === 1
        ? HttpResponse.json({ success: false, error: { key: 'STEAM_UNAVAILABLE', code: 31 } }, { status: 424, headers: { 'Retry-After': '0' } })
        : inventoryBody([apiItem('a')]);
    });
    const { result } = renderWithProvider(() => useInventory(), { provider: { retry: 2 } });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(calls).toBe(2);
  });

  it('does not retry errors that are not transient', async () => {
    let calls = 0;
    serveInventory(() => {
      calls += 1;
      return HttpResponse.json({ success: false, error: { key: 'USER_NOT_TRADEABLE', code: 7 } }, { status: 400 });
    });
    const { result } = renderWithProvider(() => useInventory(), { provider: { retry: 3 } });
    await waitFor(() => expect(result.current.error?.key).toBe('USER_NOT_TRADEABLE'));
    expect(calls).toBe(1);
  });

  it('renews the token once after an auth failure and replays the request', async () => {
    const seen = serveInventory((_url, request) =>
      request.headers.get('authorization') === 'fresh'
        ? inventoryBody([apiItem('a')])
        : HttpResponse.json({ success: false, error: { key: 'TOKEN_EXPIRED', code: 1111 } }, { status: 401 }),
    );
    const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'fresh' : 'stale'));
    const { result } = renderWithProvider(() => useInventory(), { provider: { getToken } });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['stale', 'fresh']);
    expect(getToken).toHaveBeenLastCalledWith({ forceRefresh: true });
  });

  it('sends refresh=true on the first load of a browser session only', async () => {
    const seen = serveInventory(() => inventoryBody([]));
    const first = renderWithProvider(() => useInventory(), { provider: { refreshOnSessionStart: true } });
    await waitFor(() => expect(first.result.current.isLoading).toBe(false));
    const second = renderWithProvider(() => useInventory(), { provider: { refreshOnSessionStart: true } });
    await waitFor(() => expect(second.result.current.isLoading).toBe(false));
    expect(seen.map((r) => r.url.searchParams.get('refresh'))).toEqual(['true', null]);
  });

  it('does not send refresh=true when refetching on window focus', async () => {
    const seen = serveInventory(() => inventoryBody([]));
    const { result, queryClient } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    await act(() => queryClient.refetchQueries());
    expect(seen).toHaveLength(2);
    expect(seen.every((r) => !r.url.searchParams.has('refresh'))).toBe(true);
  });

  it('refresh() re-fetches with refresh=true and then waits out the cooldown', async () => {
    const seen = serveInventory(() => inventoryBody([apiItem('a')]));
    const { result } = renderWithProvider(() => useInventory(), { provider: { refreshCooldownMs: 300 } });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(result.current.canRefresh).toBe(true);

    await act(() => result.current.refresh());
    expect(seen.map((r) => r.url.searchParams.get('refresh'))).toEqual([null, 'true']);
    expect(result.current.canRefresh).toBe(false);
    expect(result.current.refreshAvailableAt).toBeInstanceOf(Date);
    expect(result.current.refreshCooldownMs).toBe(300);

    await act(() => result.current.refresh());
    expect(seen).toHaveLength(2);

    await waitFor(() => expect(result.current.canRefresh).toBe(true), { timeout: 2000 });
    await act(() => result.current.refresh());
    expect(seen).toHaveLength(3);
  });

  it('keeps a failed refresh from throwing into the click handler', async () => {
    let calls = 0;
    serveInventory(() => {
      calls += 1;
      return calls === 1 ? inventoryBody([]) : HttpResponse.json({ success: false, error: { key: 'RATE_LIMITED' } }, { status: 429 });
    });
    const { result } = renderWithProvider(() => useInventory());
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    await expect(act(() => result.current.refresh())).resolves.toBeUndefined();
    await waitFor(() => expect(result.current.error?.key).toBe('RATE_LIMITED'));
  });

  it('does nothing while disabled', async () => {
    const seen = serveInventory(() => inventoryBody([]));
    const { result } = renderWithProvider(() => useInventory({ enabled: false }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toHaveLength(0);
    expect(result.current.items).toEqual([]);
  });
});
