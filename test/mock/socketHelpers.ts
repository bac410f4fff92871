// Test clients of the fake realtime channel: the real socket.io-client, connected the way the
// library connects (websocket only, forceNew, no reconnection), with what it heard recorded.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { afterEach } from 'vitest';
import type { MockAssetPay, MockTrade } from '../../src/mock/index.js';
import { startMockSocketServer, type MockSocketServer } from '../support/socketServer.js';

/** A connected (or refused) client and everything it heard, in order. */
export interface Listener {
  socket: Socket;
  /** Payloads of `trade` events. */
  events: { trade: MockTrade }[];
  /** `connect`, `trade`, `disconnect:<reason>`, `connect_error:<message>`, in order. */
  log: string[];
  /** `Date.now()` of the `connect` event. */
  connectedAt?: number;
  /** `Date.now()` of the `disconnect` event. */
  disconnectedAt?: number;
  /** Settles with the reason on `disconnect`. */
  disconnected: Promise<string>;
}

/** Connects to `url` as the library does, with `token` in the query (none when `null`). */
export function listen(url: string, token: string | null = 'tok', extra: Partial<ManagerOptions & SocketOptions> = {}): Listener {
  const socket = io(url, {
    transports: ['websocket'],
    ...(token === null ? {} : { query: { token } }),
    reconnection: false,
    forceNew: true,
    timeout: 5000,
    ...extra,
  });
  const events: { trade: MockTrade }[] = [];
  const log: string[] = [];
  let settle: (reason: string) => void = () => {};
  const listener: Listener = { socket, events, log, disconnected: new Promise<string>((resolve) => (settle = resolve)) };
  socket.on('connect', () => {
    listener.connectedAt = Date.now();
    log.push('connect');
  });
  socket.on('trade', (payload: { trade: MockTrade }) => {
    events.push(payload);
    log.push('trade');
  });
  socket.on('connect_error', (error: Error) => log.push(`connect_error:${error.message}`));
  socket.on('disconnect', (reason: string) => {
    listener.disconnectedAt = Date.now();
    log.push(`disconnect:${reason}`);
    settle(reason);
  });
  return listener;
}

/** Waits until `check` holds, polling every 10 ms; fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 4000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The statuses of the pushed trades with this id, in arrival order. */
export const statusesOf = (listener: Listener, id: string) => listener.events.filter(({ trade }) => trade.id === id).map(({ trade }) => trade.status);

/**
 * Socket servers and clients of one test file, all closed after each test: `serve(mock)` starts a
 * real Socket.IO server for the mock, `connected(server, token)` a client once its CONNECT was answered.
 */
export function socketTestBed() {
  let servers: MockSocketServer[] = [];
  let clients: Listener[] = [];
  afterEach(async () => {
    for (const client of clients) client.socket.disconnect();
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
    clients = [];
  });
  return {
    async serve(mock: MockAssetPay): Promise<MockSocketServer> {
      const server = await startMockSocketServer(mock);
      servers.push(server);
      return server;
    },
    async connected(server: MockSocketServer, token: string | null = 'tok'): Promise<Listener> {
      const client = listen(server.url, token);
      clients.push(client);
      await until(() => client.log.length > 0, 4000, 'connect');
      return client;
    },
  };
}
