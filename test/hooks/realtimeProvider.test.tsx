// The provider's realtime wiring: one socket shared by every useTrade, closed in hidden tabs and reopened when shown.
import { afterEach, describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useTrade, type RealtimeSocketFactory } from '../../src/index.js';
import { renderWithProvider } from './utils.js';
import { server } from '../server.js';
import { FakeSocket as StandInSocket } from '../support/fakeSocket.js';

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setVisibility('visible'));

describe('AssetPayProvider realtime', () => {
  it('shares one socket between followed trades, closes it while the tab is hidden and opens a new one when shown', async () => {
    const sockets: StandInSocket[] = [];
    const createSocket: RealtimeSocketFactory = (_url, options) => {
      expect(options.transports).toEqual(['websocket']);
      const socket = new StandInSocket();
      sockets.push(socket);
      setTimeout(() => socket.listeners.get('connect')?.forEach((listener) => listener()), 0);
      return socket;
    };
    const trade = (id: string) => ({ id, status: 'ACTIVE', items: [], game: '730' });
    const { result } = renderWithProvider(
      () => [useTrade({ trade: trade('a'), intervalMs: 60_000 }), useTrade({ trade: trade('b'), intervalMs: 60_000 })],
      { provider: { realtime: { createSocket } } },
    );
    await waitFor(() => expect(result.current.every((tracked) => tracked.transport === 'realtime')).toBe(true));
    expect(sockets).toHaveLength(1);
    act(() => setVisibility('hidden'));
    expect(sockets[0]!.closed).toBe(true);
    await waitFor(() => expect(result.current[0]!.transport).toBe('polling'));
    act(() => setVisibility('visible'));
    await waitFor(() => expect(sockets).toHaveLength(2));
    await waitFor(() => expect(result.current[0]!.transport).toBe('realtime'));
  });

  it('realtime={false}: no socket handshake at all', async () => {
    const handshakes: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.includes('/socket.io/')) handshakes.push(request.url);
    };
    server.events.on('request:start', listener);
    const { result } = renderWithProvider(() => useTrade({ trade: { id: 'x', status: 'ACTIVE', items: [] }, intervalMs: 60_000 }), {
      provider: { realtime: false },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.events.removeListener('request:start', listener);
    expect(result.current.transport).toBe('polling');
    expect(handshakes).toEqual([]);
  });

  it('realtime on by default: a followed trade asks for the Socket.IO handshake', async () => {
    const handshakes: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.includes('/socket.io/')) handshakes.push(new URL(request.url).pathname);
    };
    server.events.on('request:start', listener);
    renderWithProvider(() => useTrade({ trade: { id: 'y', status: 'ACTIVE', items: [] }, intervalMs: 60_000 }));
    await waitFor(() => expect(handshakes).toContain('/socket.io/'));
    server.events.removeListener('request:start', listener);
  });
});
