import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AssetPayProvider, InventoryGrid, useDeposit, useDepositSelection, useInventory, type AssetPayError } from '../../src/index.js';
import { createMockAssetPay, type MockScenario } from '../../src/mock/index.js';
import { row } from '../mock/helpers.js';
import { server } from '../server.js';
import { API, freshQueryClient, renderWithProvider } from './utils.js';

const rows = { 730: [row('item-a', 'AK-47 | Redline', 10)], 252490: [] };
const install = (scenario: MockScenario) => {
  const mock = createMockAssetPay({ inventories: rows, scenario });
  server.use(...mock.handlers);
  return mock;
};

describe('AssetPayProvider onBlockingError', () => {
  it('fires once for a private inventory seen by two hooks and many renders', async () => {
    install('private');
    const onBlockingError = vi.fn();
    const { result, rerender } = renderWithProvider(() => [useInventory(), useInventory()], { provider: { onBlockingError } });
    await waitFor(() => expect(result.current[0]?.error?.key).toBe('USER_NOT_TRADEABLE'));
    rerender();
    rerender();
    expect(onBlockingError).toHaveBeenCalledTimes(1);
    expect(onBlockingError.mock.calls[0]![0]).toMatchObject({ key: 'USER_NOT_TRADEABLE' });
  });

  it.each<[string, number, number]>([
    ['INVALID_TRADEURL', 400, 1],
    ['ESCROW_NOT_ALLOWED', 400, 1],
    ['ACCOUNT_DISABLED', 403, 1],
    ['RATE_LIMITED', 429, 0],
    ['ITEMS_UNAVAILABLE', 400, 0],
  ])('deposit refused with %s → %i call(s)', async (key, status, calls) => {
    install('default');
    server.use(http.post(`${API}/client/trading/deposit`, () => HttpResponse.json({ requestId: 'r', success: false, error: { code: 1, key, message: 'no' } }, { status })));
    const onBlockingError = vi.fn();
    const { result } = renderWithProvider(
      () => {
        const inventory = useInventory();
        const selection = useDepositSelection({ items: inventory.items });
        return { inventory, selection, deposit: useDeposit({ selection }) };
      },
      { provider: { onBlockingError } },
    );
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(1));
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    await act(async () => {
      await result.current.deposit.deposit().catch(() => undefined);
    });
    expect(result.current.deposit.error?.key).toBe(key);
    expect(onBlockingError).toHaveBeenCalledTimes(calls);
  });
});

describe('AssetPayProvider onAuthError', () => {
  it('fires after the forced refresh and replay are refused; the grid says the session expired', async () => {
    install('token-expired');
    const onAuthError = vi.fn<(error: AssetPayError) => void>();
    const getToken = vi.fn(() => 'still-good-token');
    function Grid() {
      const inventory = useInventory();
      const selection = useDepositSelection({ items: inventory.items });
      return <InventoryGrid items={inventory.items} selection={selection} isLoading={inventory.isLoading} error={inventory.error} />;
    }
    render(
      <AssetPayProvider getToken={getToken} onAuthError={onAuthError} refreshOnSessionStart={false} retry={0} queryClient={freshQueryClient()}>
        <Grid />
      </AssetPayProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired. Please reload the page.');
    expect(getToken).toHaveBeenCalledWith({ forceRefresh: true });
    expect(onAuthError).toHaveBeenCalledTimes(1);
    expect(onAuthError.mock.calls[0]![0].key).toBe('TOKEN_EXPIRED');
    expect(JSON.stringify(onAuthError.mock.calls[0]![0])).not.toContain('still-good-token');
  });

  it('does not fire when the refreshed token works', async () => {
    install('default');
    const onAuthError = vi.fn();
    const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'fresh-token' : 'my-expired-token'));
    const { result } = renderWithProvider(() => useInventory(), { provider: { getToken, onAuthError } });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(onAuthError).not.toHaveBeenCalled();
  });
});
