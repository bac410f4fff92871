// The same behavioural suite against the fake API of each published variant: a page-capped
// server, the whole inventory, a selection, a deposit and its trade followed to the hold.
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import {
  AssetPayProvider,
  DepositPanel,
  isDepositable,
  useDeposit,
  useDepositSelection,
  useInfiniteInventory,
  useTrade,
  type ApiVariant,
  type Trade,
} from '../../src/index.js';
import { createMockAssetPay, type MockAssetPay, type MockAssetPayOptions } from '../../src/mock/index.js';
import { BASE_URLS, VARIANTS } from '../components/dialogHarness.js';
import { freshQueryClient, renderWithProvider } from '../hooks/utils.js';
import { server } from '../server.js';

function install(variant: ApiVariant, options: MockAssetPayOptions = {}): MockAssetPay {
  const mock = createMockAssetPay({ seed: 3, variant, ...options });
  server.use(...mock.handlers);
  return mock;
}

const inventoryCalls = (mock: MockAssetPay) => mock.requests.filter((request) => new URL(request.url).pathname === '/client/inventory');
const queryOf = (request: { url: string }) => Object.fromEntries(new URL(request.url).searchParams);

describe.each(VARIANTS)('on .%s', (variant) => {
  const provider = { baseUrl: BASE_URLS[variant] };

  describe('a server that sends at most 50 rows a page', () => {
    it.each([20, 50, 500])('useInfiniteInventory({ loadAll, perPage: %i }) still yields all 1,000 items', async (perPage) => {
      const mock = install(variant, { maxPageSize: 50, counts: { 730: 1000 } });
      const { result } = renderWithProvider(() => useInfiniteInventory({ loadAll: true, perPage }), { provider });
      await waitFor(() => expect(result.current.isComplete).toBe(true), { timeout: 10_000 });
      expect(result.current.items).toHaveLength(1000);
      expect(new Set(result.current.items.map((item) => item.id)).size).toBe(1000);
      expect(result.current.hasNextPage).toBe(false);
      const calls = inventoryCalls(mock).map(queryOf);
      if (variant === 'gg') {
        // One call asks for everything at once; nothing is capped on limit=-1.
        expect(calls).toEqual([expect.objectContaining({ limit: '-1' })]);
      } else {
        expect(calls[0]).toMatchObject({ perPage: String(perPage), page: '1' });
        expect(calls).toHaveLength(1000 / Math.min(perPage, 50));
        expect(calls.every((call) => !('limit' in call))).toBe(true);
      }
    });

    it('pages without loadAll are walked by what arrives too', async () => {
      const mock = install(variant, { maxPageSize: 50, counts: { 730: 130 } });
      const { result } = renderWithProvider(() => useInfiniteInventory({ perPage: 500 }), { provider });
      await waitFor(() => expect(result.current.pagesLoaded).toBe(1));
      expect(result.current.items).toHaveLength(50);
      expect(result.current.hasNextPage).toBe(true);
      act(() => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.pagesLoaded).toBe(2));
      act(() => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.isComplete).toBe(true));
      expect(result.current.items).toHaveLength(130);
      const sizeName = variant === 'gg' ? 'limit' : 'perPage';
      expect(inventoryCalls(mock).map((call) => [queryOf(call).page, queryOf(call)[sizeName]])).toEqual([
        ['1', '500'],
        ['2', '50'],
        ['3', '50'],
      ]);
    });

    it('DepositPanel shows the last of 1,000 items', async () => {
      const mock = install(variant, { maxPageSize: 50, counts: { 730: 1000 } });
      const user = userEvent.setup();
      render(
        <AssetPayProvider getToken={() => 'tok'} {...provider} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0}>
          <DepositPanel height={600} />
        </AssetPayProvider>,
      );
      const grid = await screen.findByRole('grid');
      const last = mock.inventory(730)[999]!;
      await user.type(screen.getByRole('searchbox', { name: 'Search items' }), last.marketHashName);
      await waitFor(() => expect(grid.querySelector(`[data-item-id="${CSS.escape(last.id)}"]`)).not.toBeNull(), { timeout: 10_000 });
    });
  });

  it('the whole journey: inventory, a selection, a deposit, the trade followed to the hold, on the wire the variant expects', async () => {
    const mock = install(variant, { tradeProgress: 'auto', maxPageSize: 50, counts: { 730: 120 } });
    const { result } = renderWithProvider(
      () => {
        const inventory = useInfiniteInventory({ loadAll: true, perPage: 500 });
        const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game: 730, collateral: inventory.collateral });
        const deposit = useDeposit({ selection });
        const trade = useTrade({ trade: deposit.trade, enabled: deposit.trade !== undefined, intervalMs: 20 });
        return { inventory, selection, deposit, trade };
      },
      { provider: { ...provider, queryClient: freshQueryClient() } },
    );
    await waitFor(() => expect(result.current.inventory.isComplete).toBe(true));
    expect(result.current.inventory.items).toHaveLength(120);
    const picks = result.current.inventory.items.filter(isDepositable).slice(0, 2);
    act(() => picks.forEach((item) => result.current.selection.select(item)));
    let trade: Trade | undefined;
    await act(async () => {
      trade = await result.current.deposit.deposit();
    });
    expect(trade?.id).toBe(mock.trades[0]!.id);
    await waitFor(() => expect(result.current.trade.stage).toBe('hold'), { timeout: 5000 });

    const post = mock.requests.find((request) => request.method === 'POST')!;
    const polls = mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades');
    expect(polls.length).toBeGreaterThan(0);
    for (const request of mock.requests) {
      expect(request.headers.authorization).toBe(variant === 'gg' ? 'Bearer token-123' : 'token-123');
      expect(request.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    if (variant === 'gg') {
      expect(post.body).toEqual({
        items: picks.map((item) => ({ itemId: item.id, price: item.offer!.price })),
        game: '730',
        externalId: expect.any(String),
        isInstant: true,
      });
      expect(queryOf(polls[0]!)).toEqual({ type: 'deposit', game: '730', limit: '50' });
      expect(result.current.trade.trade?.status).toBe('hold');
    } else {
      expect(post.body).toEqual({
        items: picks.map((item) => ({ itemId: item.id, offer: { price: item.offer!.price, reference: item.offer!.reference } })),
        game: '730',
        externalId: expect.any(String),
        isInstant: true,
      });
      expect(queryOf(polls[0]!)).toEqual({ type: 'DEPOSIT', game: '730', page: '1', limit: '50' });
      expect(result.current.trade.trade?.status).toBe('HOLD');
    }
    // Deposited items left the selection and the inventory.
    expect(result.current.selection.count).toBe(0);
    await waitFor(() => expect(result.current.inventory.items.some((item) => item.id === picks[0]!.id)).toBe(false));
  });

  it('a Rust trade is found: lookups name the game', async () => {
    const mock = install(variant, { tradeProgress: 'auto', counts: { 252490: 10 } });
    const { result } = renderWithProvider(
      () => {
        const inventory = useInfiniteInventory({ game: 252490, loadAll: true });
        const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game: 252490, collateral: inventory.collateral });
        const deposit = useDeposit({ selection });
        const trade = useTrade({ externalId: deposit.lastRequest?.externalId, game: 252490, enabled: deposit.trade !== undefined, intervalMs: 20 });
        return { inventory, selection, deposit, trade };
      },
      { provider },
    );
    await waitFor(() => expect(result.current.inventory.isComplete).toBe(true));
    act(() => result.current.selection.select(result.current.inventory.items.find(isDepositable)!));
    await act(async () => {
      await result.current.deposit.deposit();
    });
    await waitFor(() => expect(result.current.trade.stage).toBe('completed'), { timeout: 5000 });
    const polls = mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades');
    expect(polls.every((request) => queryOf(request).game === '252490')).toBe(true);
  });
});
