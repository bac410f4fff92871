import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRealtimeConnection, reconnectDelay, type Trade } from '../../src/core/index.js';
import { FakeSocket } from '../support/fakeSocket.js';

const trade = (id: string, extra: Partial<Trade> = {}) => ({ trade: { id, status: 'ACTIVE', items: [], ...extra } });

function setup() {
  const sockets: FakeSocket[] = [];
  const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'fresh-token' : 'token-1'));
  const connection = createRealtimeConnection({
    url: 'https://api.assetpay.co',
    getToken,
    createSocket: (url, options) => {
      const socket = new FakeSocket(url, options);
      sockets.push(socket);
      return socket;
    },
    random: () => 0,
  });
  const last = () => sockets[sockets.length - 1]!;
  return { connection, sockets, last, getToken };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRealtimeConnection', () => {
  it('opens one websocket-only socket with the token in the handshake query, only once a trade is followed', async () => {
    const { connection, sockets, last } = setup();
    await vi.advanceTimersByTimeAsync(10);
    expect(sockets).toHaveLength(0);
    const a = connection.follow(() => ({ id: 't-1' }), () => undefined);
    const b = connection.follow(() => ({ id: 't-2' }), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(1);
    expect(last().options).toMatchObject({ transports: ['websocket'], query: { token: 'token-1' }, reconnection: false });
    last().serve('connect');
    expect(connection.status).toBe('connected');
    a();
    b();
    // Closed once nothing is followed (after a short grace).
    await vi.advanceTimersByTimeAsync(1000);
    expect(last().closed).toBe(true);
    expect(connection.status).toBe('idle');
  });

  it("hands each follower only its own trades; other users' trades reach no one", async () => {
    const { connection, last } = setup();
    const mine = vi.fn();
    const related = vi.fn();
    connection.follow(() => ({ id: 't-1' }), mine);
    connection.follow(() => ({ externalId: 'ext-9', relatedIds: ['t-8'] }), related);
    await vi.advanceTimersByTimeAsync(0);
    last().serve('connect');
    last().serve('trade', trade('someone-else', { externalId: 'other' }));
    last().serve('trade', trade('t-1'));
    last().serve('trade', trade('stranger-2'));
    last().serve('trade', trade('t-7', { externalId: 'ext-9' }));
    last().serve('trade', trade('t-8'));
    last().serve('trade', { trade: { status: 'no id' } });
    last().serve('trade', 'garbage');
    expect(mine.mock.calls.map(([t]) => t.id)).toEqual(['t-1']);
    expect(related.mock.calls.map(([t]) => t.id)).toEqual(['t-7', 't-8']);
  });

  it('a bare server disconnect right after connect, nothing heard: one fresh token, then backs off 30 s and more', async () => {
    const { connection, sockets, last, getToken } = setup();
    connection.follow(() => ({ id: 't-1' }), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    last().serve('connect');
    last().serve('disconnect', 'io server disconnect');
    await vi.advanceTimersByTimeAsync(reconnectDelay('drop', 1, () => 0));
    expect(sockets).toHaveLength(2);
    expect(getToken).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect(last().options.query.token).toBe('fresh-token');
    last().serve('connect');
    last().serve('disconnect', 'io server disconnect');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(reconnectDelay('auth', 1, () => 0));
    expect(sockets).toHaveLength(3);
    expect(getToken.mock.calls.filter(([options]) => options?.forceRefresh)).toHaveLength(1);
  });

  it('other drops reconnect soon, with a growing capped wait, and say reconnected once up again', async () => {
    const { connection, sockets, last } = setup();
    const changes: { status: string; reconnected: boolean }[] = [];
    connection.subscribe((status, change) => changes.push({ status, reconnected: change.reconnected }));
    connection.follow(() => ({ id: 't-1' }), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    last().serve('connect');
    last().serve('trade', trade('t-1'));
    last().serve('disconnect', 'transport close');
    expect(connection.status).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(250);
    expect(sockets).toHaveLength(2);
    last().serve('connect_error', new Error('refused'));
    await vi.advanceTimersByTimeAsync(499);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
    last().serve('connect');
    expect(changes.at(-1)).toEqual({ status: 'connected', reconnected: true });
    expect(changes.filter((change) => change.reconnected)).toHaveLength(1);
  });

  it('pauses while the tab is hidden and reconnects when it shows', async () => {
    const { connection, sockets, last } = setup();
    connection.follow(() => ({ id: 't-1' }), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    last().serve('connect');
    connection.setVisible(false);
    expect(last().closed).toBe(true);
    expect(connection.status).toBe('paused');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    connection.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(2);
  });

  it('keeps polling possible when the socket library cannot load: disconnected, retried later', async () => {
    const connection = createRealtimeConnection({
      url: 'https://api.assetpay.co',
      getToken: () => 't',
      createSocket: () => Promise.reject(new Error('chunk failed')),
      random: () => 0,
    });
    connection.follow(() => ({ id: 'x' }), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(connection.status).toBe('disconnected');
  });
});

describe('reconnectDelay', () => {
  it.each([
    ['drop', 1, 0, 250],
    ['drop', 1, 1, 1250],
    ['drop', 2, 0, 500],
    ['drop', 50, 1, 30_000],
    ['auth', 1, 1, 30_000],
    ['auth', 2, 1, 60_000],
    ['auth', 10, 1, 300_000],
  ] as const)('%s #%i with jitter %d → %i ms', (kind, n, jitter, ms) => {
    expect(reconnectDelay(kind, n, () => jitter)).toBe(ms);
  });
});
