// The fake API's realtime channel in a real browser: MSW's WebSocket interception, the real
// socket.io-client, a deposit followed by push through useTrade.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AssetPayProvider, parseTradeResponse, useTrade, type Trade } from '../../src/index.js';
import { createMockAssetPay, startMockWorker } from '../../src/mock/index.js';

const mock = createMockAssetPay({ seed: 9, tradeProgress: 'auto', tradeStepMs: 300 });

beforeAll(async () => {
  await startMockWorker(mock, { serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
});

async function deposit(): Promise<Trade> {
  const row = mock.inventory(730).find((item) => item.tradable && item.accepted && item.offer)!;
  const answer = await fetch('https://api.assetpay.co/client/trading/deposit', {
    method: 'POST',
    headers: { Authorization: 'browser-token', 'Content-Type': 'application/json' },
    body: JSON.stringify({ items: [{ itemId: row.id, offer: { price: row.offer!.price, reference: row.offer!.reference } }], game: '730', externalId: 'ext-browser-1', isInstant: true }),
  });
  return parseTradeResponse(await answer.json());
}

describe('realtime in a real browser', () => {
  it('follows a trade to the hold by push over the mocked Socket.IO channel, with no trade poll while live', async () => {
    const trade = await deposit();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AssetPayProvider getToken={() => 'browser-token'} queryClient={new QueryClient()} refreshOnSessionStart={false}>
        {children}
      </AssetPayProvider>
    );
    const { result } = renderHook(() => useTrade({ trade, intervalMs: 5000 }), { wrapper });
    await waitFor(() => expect(result.current.transport).toBe('realtime'), { timeout: 10_000 });
    const polls = () => mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades').length;
    const pollsWhenLive = polls();
    await waitFor(() => expect(result.current.stage).toBe('hold'), { timeout: 10_000 });
    expect(polls()).toBe(pollsWhenLive);
    expect(mock.socketConnections.length).toBeGreaterThanOrEqual(1);
    expect(mock.socketConnections[0]!.url).not.toContain('browser-token');
  });
});
