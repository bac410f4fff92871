// useTrade over AssetPay's Socket.IO channel, against a real socket.io server on 127.0.0.1 and the real socket.io-client.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { parseTradeResponse, useTrade, type Trade, type UseTradeOptions } from '../../src/index.js';
import type { MockAssetPay } from '../../src/mock/index.js';
import { installMock, line, postDeposit, row } from '../mock/helpers.js';
import { startMockSocketServer } from '../support/socketServer.js';
import { renderWithProvider } from './utils.js';

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});

async function setup(options: Parameters<typeof installMock>[0] = {}) {
  const mock = installMock({ tradeProgress: 'auto', tradeStepMs: 150, inventories: { 730: [row('rt-cs-1', 'AK-47 | Redline', 10)], 252490: [] }, ...options });
  const socket = await startMockSocketServer(mock);
  stops.push(socket.close);
  const answer = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730', externalId: 'ext-rt-1', isInstant: true });
  const trade = parseTradeResponse(answer.json);
  return { mock, socket, trade };
}

const polls = (mock: MockAssetPay) => mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades');

function follow(url: string, options: UseTradeOptions, getToken?: (o?: { forceRefresh?: boolean }) => string) {
  return renderWithProvider((props: UseTradeOptions) => useTrade(props), {
    initialProps: options,
    provider: { realtime: { url }, ...(getToken ? { getToken } : {}) },
  });
}

describe('useTrade on push', () => {
  it('moves through its stages by push, with no trade poll while the socket is up', async () => {
    const { mock, socket, trade } = await setup();
    const { result } = follow(socket.url, { trade, intervalMs: 5000 });
    await waitFor(() => expect(result.current.transport).toBe('realtime'));
    const pollsWhenUp = polls(mock).length;
    await waitFor(() => expect(result.current.stage).toBe('hold'), { timeout: 5000 });
    expect(result.current.timeline.map((step) => step.state)).toContain('current');
    expect(polls(mock).length).toBe(pollsWhenUp);
    expect(result.current.lastUpdateAt).toBeInstanceOf(Date);
    // One socket, its token only in the handshake.
    expect(mock.socketConnections).toHaveLength(1);
  });

  it("never lets another user's trade events in: not in the result, not in the query cache", async () => {
    const { mock, socket, trade } = await setup();
    const { result, queryClient } = follow(socket.url, { trade, intervalMs: 5000 });
    await waitFor(() => expect(result.current.transport).toBe('realtime'));
    const foreign: Trade[] = [];
    for (let index = 0; index < 5; index += 1) foreign.push(mock.emitForeignTrade() as unknown as Trade);
    await waitFor(() => expect(result.current.stage).toBe('hold'), { timeout: 5000 });
    for (let index = 0; index < 5; index += 1) foreign.push(mock.emitForeignTrade({ externalId: `other-${index}` }) as unknown as Trade);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(result.current.trade?.id).toBe(trade.id);
    expect(result.current.related).toEqual([]);
    const cache = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data));
    for (const other of foreign) expect(cache).not.toContain(other.id);
  });

  it('a dropped socket falls back to polling, reconnects, and catches up with one poll', async () => {
    const { mock, socket, trade } = await setup({ socket: 'drop-mid-trade' });
    const { result } = follow(socket.url, { trade, intervalMs: 100 });
    const seen: string[] = [];
    const watch = setInterval(() => {
      if (seen[seen.length - 1] !== result.current.transport) seen.push(result.current.transport);
    }, 5);
    await waitFor(() => expect(mock.socketConnections.length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    await waitFor(() => expect(result.current.transport).toBe('realtime'), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(watch);
    // Up, down (polling meanwhile), up again.
    expect(seen.join(' → ')).toMatch(/realtime → polling → realtime/);
    const second = mock.socketConnections[1]!;
    const afterReconnect = polls(mock).filter((poll) => Date.parse(poll.receivedAt ?? '') >= second.openedAt);
    expect(afterReconnect.length).toBeGreaterThanOrEqual(1);
    await waitFor(() => expect(result.current.stage).toBe('hold'), { timeout: 5000 });
  });

  it('a refused token: one fresh token, then polling carries the trade on', async () => {
    const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'fresh-token' : 'token-123'));
    const { mock, socket, trade } = await setup({ socket: 'refuse-token' });
    const { result } = follow(socket.url, { trade, intervalMs: 50 }, getToken);
    await waitFor(() => expect(getToken).toHaveBeenCalledWith({ forceRefresh: true }), { timeout: 5000 });
    await waitFor(() => expect(result.current.stage).toBe('hold'), { timeout: 5000 });
    expect(result.current.transport).toBe('polling');
    expect(polls(mock).length).toBeGreaterThan(0);
  });
});
