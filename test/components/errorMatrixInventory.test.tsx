// Issue 4's error matrix on the inventory side, through DepositPanel against the fake API.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel, type ApiVariant, type AssetPayProviderProps } from '../../src/index.js';
import { createMockAssetPay, type MockAssetPay, type MockErrorKey } from '../../src/mock/index.js';
import { BASE_URLS, fixtureRows, VARIANTS } from './dialogHarness.js';
import { server } from '../server.js';

// Each test runs against the fake API of the variant under test (see the describe.each below).
let variant: ApiVariant = 'co';

function setup(fail: (mock: MockAssetPay) => void, provider: Partial<AssetPayProviderProps> = {}) {
  const mock = createMockAssetPay({ inventories: fixtureRows(), variant });
  fail(mock);
  server.use(...mock.handlers);
  render(
    <AssetPayProvider getToken={() => 'tok'} baseUrl={BASE_URLS[variant]} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0} {...provider}>
      <DepositPanel height={400} />
    </AssetPayProvider>,
  );
  return { mock, user: userEvent.setup() };
}

const inventoryReads = (mock: MockAssetPay) => mock.requests.filter((request) => request.url.includes('/client/inventory')).length;

describe.each(VARIANTS)('error matrix: loading the inventory on .%s', (current) => {
  beforeEach(() => {
    variant = current;
  });

  it.each<MockErrorKey>(['INVENTORY_FETCH_FAILED', 'STEAM_UNAVAILABLE', 'STEAM_RATE_LIMITED', 'SERVICE_UNAVAILABLE'])(
    '%s: retried by itself (after Retry-After, here 0 s), then the items show',
    async (key) => {
      const { mock } = setup((m) => m.failNext(key, { endpoint: 'inventory', times: 2, retryAfter: 0 }), { retry: 3 });
      await within(await screen.findByRole('grid', {}, { timeout: 5000 })).findAllByRole('gridcell');
      expect(inventoryReads(mock)).toBe(3);
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );

  it('a Steam outage that outlasts the retries: a banner in words, and Try again loads the items', async () => {
    const { mock, user } = setup((m) => m.failNext('STEAM_UNAVAILABLE', { endpoint: 'inventory', times: 2, retryAfter: 0 }), { retry: 1 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Steam is having trouble right now.');
    expect(inventoryReads(mock)).toBe(2);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(await screen.findByRole('grid')).findAllByRole('gridcell');
  });

  it.each<[MockErrorKey, RegExp]>([
    ['USER_NOT_TRADEABLE', /Make your inventory public/],
    ['INVENTORY_PRIVATE', /Make it public/],
    ['INVALID_TRADEURL', /set a new one/],
    ['ESCROW_NOT_ALLOWED', /Steam Guard Mobile Authenticator/],
  ])('%s: a blocking state with what to do, not retried, and the host callback once', async (key, words) => {
    const onBlockingError = vi.fn();
    const { mock } = setup((m) => m.failNext(key, { endpoint: 'inventory', times: 5 }), { retry: 3, onBlockingError });
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(inventoryReads(mock)).toBe(1);
    await waitFor(() => expect(onBlockingError).toHaveBeenCalledTimes(1));
    expect(onBlockingError.mock.calls[0]![0]).toMatchObject({ key });
  });

  it('a session that cannot be renewed: "session expired" and onAuthError with no token in it', async () => {
    const onAuthError = vi.fn();
    const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'second-token' : 'first-token'));
    setup((m) => m.failNext('INVALID_TOKEN', { endpoint: 'inventory', times: 2 }), { onAuthError, getToken });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired.');
    expect(onAuthError).toHaveBeenCalledTimes(1);
    const error = onAuthError.mock.calls[0]![0] as Error;
    expect(`${error.message} ${String(error.stack)} ${JSON.stringify(error)}`).not.toMatch(/first-token|second-token/);
  });
});
