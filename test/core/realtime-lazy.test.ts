import { describe, expect, it, vi } from 'vitest';
import { createLazyRealtimeConnection, type RealtimeStatus } from '../../src/core/index.js';
import { FakeSocket } from '../support/fakeSocket.js';

function setup() {
  const sockets: FakeSocket[] = [];
  const connection = createLazyRealtimeConnection({
    url: 'https://api.assetpay.co',
    getToken: () => 'token-1',
    createSocket: (url, options) => {
      const socket = new FakeSocket(url, options);
      sockets.push(socket);
      return socket;
    },
    random: () => 0,
  });
  return { connection, sockets };
}

describe('createLazyRealtimeConnection', () => {
  it('is idle and opens nothing until a trade is followed, then loads the connection and delivers the followed trade only', async () => {
    const { connection, sockets } = setup();
    const statuses: RealtimeStatus[] = [];
    connection.subscribe((status) => statuses.push(status));
    expect(connection.status).toBe('idle');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sockets).toHaveLength(0);

    const pushed: string[] = [];
    connection.follow(() => ({ id: 'mine' }), (trade) => pushed.push(trade.id));
    await vi.waitFor(() => expect(sockets).toHaveLength(1));
    sockets[0]!.serve('connect');
    expect(connection.status).toBe('connected');
    expect(statuses).toContain('connected');
    sockets[0]!.serve('trade', { trade: { id: 'someone-else', status: 'ACTIVE', items: [] } });
    sockets[0]!.serve('trade', { trade: { id: 'mine', status: 'ACTIVE', items: [] } });
    expect(pushed).toEqual(['mine']);
    connection.close();
  });

  it('forgets a follow that was waiting for the code when it is unfollowed or the connection is closed first', async () => {
    const { connection, sockets } = setup();
    const left = connection.follow(() => ({ id: 'a' }), () => undefined);
    left();
    connection.follow(() => ({ id: 'b' }), () => undefined);
    connection.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sockets).toHaveLength(0);
    expect(connection.status).toBe('idle');
  });

  it('passes a hidden tab on to the connection it loads: nothing opens until the tab shows', async () => {
    const { connection, sockets } = setup();
    connection.setVisible(false);
    connection.follow(() => ({ id: 'a' }), () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sockets).toHaveLength(0);
    expect(connection.status).not.toBe('connected');
    connection.setVisible(true);
    await vi.waitFor(() => expect(sockets).toHaveLength(1));
    connection.close();
  });
});
