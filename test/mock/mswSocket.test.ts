// The MSW WebSocket handler of the fake realtime channel (what a page gets from startMockWorker),
// run in Node: MSW's interceptor replaces the global WebSocket (jsdom's here), and the real
// socket.io-client is given a transport that uses that global, as its browser build does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as WebSocketTransport } from 'socket.io-client';
import { createMockAssetPay, type MockAssetPayOptions } from '../../src/mock/index.js';
import { server } from '../server.js';
import { API, GG_API, installMock, line, postDeposit, row } from './helpers.js';
import { listen, sleep, statusesOf, until, type Listener } from './socketHelpers.js';

/** The browser build's transport, reading the global `WebSocket` when it connects (after MSW patched it). */
class GlobalWebSocket extends WebSocketTransport {
  override createSocket(uri: string, protocols: string | string[] | undefined) {
    return new globalThis.WebSocket(uri, protocols);
  }
}

let clients: Listener[] = [];
let raws: WebSocket[] = [];
afterEach(() => {
  for (const client of clients) client.socket.disconnect();
  for (const raw of raws) raw.close();
  clients = [];
  raws = [];
  vi.useRealTimers();
});

function setup(options: MockAssetPayOptions = {}) {
  const mock = installMock({ tradeProgress: 'auto', tradeStepMs: 50, inventories: { 730: [row('w-cs-1', 'AK-47 | Redline', 10)], 252490: [] }, ...options });
  server.use(...mock.socketHandlers);
  return mock;
}

async function connected(url: string, token: string | null = 'tok'): Promise<Listener> {
  const client = listen(url, token, { transports: [GlobalWebSocket] });
  clients.push(client);
  await until(() => client.log.length > 0, 4000, 'connect');
  return client;
}

/** A bare WebSocket and the text frames it received. */
async function raw(url: string): Promise<{ socket: WebSocket; frames: string[] }> {
  const socket = new WebSocket(url);
  raws.push(socket);
  const frames: string[] = [];
  socket.addEventListener('message', (event) => frames.push(String(event.data)));
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  return { socket, frames };
}

describe('MSW socket handler with socket.io-client', () => {
  it('serves wss://<any host>/socket.io/: creation and timed steps as { trade } events', async () => {
    const mock = setup();
    const client = await connected(API, 'tok-msw');
    expect(client.log).toEqual(['connect']);
    expect(mock.socketConnections).toEqual([{ token: 'tok-msw', url: expect.stringMatching(/^wss:\/\/api\.assetpay\.co\/socket\.io\/\?/), openedAt: expect.any(Number) }]);
    const answer = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730', externalId: 'ext-msw' });
    const id = answer.json.data.id as string;
    await until(() => statusesOf(client, id).includes('HOLD'), 4000, 'HOLD');
    expect(statusesOf(client, id)).toEqual(['INITIATED', 'PENDING', 'ACTIVE', 'HOLD']);
    expect(client.events[0]).toEqual({ trade: expect.objectContaining({ id, externalId: 'ext-msw', type: 'DEPOSIT' }) });
    const foreign = mock.emitForeignTrade();
    await until(() => client.events.length === 5, 4000, 'the foreign trade');
    expect(client.events[4]!.trade).toEqual(foreign);
  });

  it("refuses like AssetPay: connect, then 'io server disconnect' at once, nothing else", async () => {
    const mock = setup({ socket: 'refuse-token' });
    const client = await connected(API);
    expect(await client.disconnected).toBe('io server disconnect');
    expect(client.log).toEqual(['connect', 'disconnect:io server disconnect']);
    expect(client.disconnectedAt! - client.connectedAt!).toBeLessThan(100);
    mock.emitForeignTrade();
    await sleep(30);
    expect(client.events).toEqual([]);
    expect(mock.socketConnections[0]!.closedAt).toEqual(expect.any(Number));
  });

  it('refuses an expired token from the query', async () => {
    setup();
    const client = await connected(API, 'tok-expired');
    expect(await client.disconnected).toBe('io server disconnect');
  });

  it("'drop-mid-trade' and 'silent' behave as on the Node server", async () => {
    const mock = setup({ socket: 'drop-mid-trade', tradeProgress: 'manual' });
    const first = await connected(API);
    mock.emitForeignTrade();
    expect(await first.disconnected).toBe('io server disconnect');
    expect(first.log).toEqual(['connect', 'trade', 'disconnect:io server disconnect']);
    mock.setSocketScenario('silent');
    const second = await connected(API);
    mock.emitForeignTrade();
    await sleep(30);
    expect(second.log).toEqual(['connect']);
    expect(second.socket.connected).toBe(true);
  });

  it('with baseUrl, serves that host only', async () => {
    const mock = setup({ variant: 'gg', baseUrl: `${GG_API}/` });
    const served = await connected(GG_API);
    expect(served.log).toEqual(['connect']);
    // Not the mock's host: MSW does not hand it to the mock (here the unhandled-request rule errors it).
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const other = await connected(API);
    expect(other.log[0]).toMatch(/^connect_error/);
    expect(String(error.mock.calls[0]?.[1] ?? error.mock.calls[0]?.[0])).toContain('wss://api.assetpay.co/socket.io/');
    expect(mock.socketConnections).toHaveLength(1);
  });

  it('with two mocks registered, only the one used last answers a connection', async () => {
    const older = createMockAssetPay({ tradeProgress: 'manual' });
    const newer = createMockAssetPay({ tradeProgress: 'manual' });
    server.use(...older.socketHandlers);
    server.use(...newer.socketHandlers);
    const { frames } = await raw(`${API.replace('https', 'wss')}/socket.io/?EIO=4&transport=websocket&token=t`);
    await sleep(20);
    expect(frames.filter((frame) => frame.startsWith('0'))).toHaveLength(1);
    const client = await connected(API);
    expect(client.log).toEqual(['connect']);
    expect(older.socketConnections).toEqual([]);
    expect(newer.socketConnections).toHaveLength(1);
  });
});

describe('MSW socket handler: which URLs it takes', () => {
  // Checked by hand in headless Chromium too: there the string link `wss://*` matches nothing
  // (the browser's URL parser makes the host `%2A`), so the handler must not be built on it.
  it('any wss:// host at /socket.io/ without baseUrl; only that host with one', () => {
    const [any] = createMockAssetPay().socketHandlers;
    const [gg] = createMockAssetPay({ variant: 'gg', baseUrl: 'https://api.assetpay.gg' }).socketHandlers;
    const local = createMockAssetPay({ baseUrl: 'http://localhost:3000/api' }).socketHandlers[0]!;
    const path = '/socket.io/?EIO=4&transport=websocket&token=t';
    expect([`wss://api.assetpay.co${path}`, `wss://api.assetpay.gg${path}`, `wss://example.test:8443${path}`].map((url) => any!.test(url))).toEqual([true, true, true]);
    expect(any!.test(`ws://api.assetpay.co${path}`)).toBe(false);
    expect(any!.test('wss://api.assetpay.co/chat/room')).toBe(false);
    expect([gg!.test(`wss://api.assetpay.gg${path}`), gg!.test(`wss://api.assetpay.co${path}`)]).toEqual([true, false]);
    expect([local.test(`ws://localhost:3000${path}`), local.test(`wss://localhost:3000${path}`)]).toEqual([true, false]);
  });
});

describe('MSW socket handler: Engine.IO / Socket.IO frames', () => {
  const url = 'wss://api.assetpay.co/socket.io/?EIO=4&transport=websocket&token=raw-tok';

  it('opens with the handshake, answers CONNECT, pings, namespaces and DISCONNECT', async () => {
    const mock = setup({ tradeProgress: 'manual' });
    const { socket, frames } = await raw(url);
    await until(() => frames.length === 1, 2000, 'open');
    const open = JSON.parse(frames[0]!.slice(1));
    expect(frames[0]![0]).toBe('0');
    expect(open).toEqual({ sid: expect.any(String), upgrades: [], pingInterval: 25000, pingTimeout: 20000, maxPayload: 1000000 });
    expect(mock.socketConnections).toEqual([]);
    socket.send('40');
    await until(() => frames.length === 2, 2000, 'CONNECT answer');
    expect(frames[1]).toMatch(/^40\{"sid":"[^"]+"\}$/);
    expect(JSON.parse(frames[1]!.slice(2)).sid).not.toBe(open.sid);
    expect(mock.socketConnections).toHaveLength(1);
    socket.send('2probe');
    socket.send('40/admin,');
    await until(() => frames.length === 4, 2000, 'pong and namespace error');
    expect(frames.slice(2)).toEqual(['3probe', '44/admin,{"message":"Invalid namespace"}']);
    mock.emitForeignTrade({ externalId: 'raw-ext' });
    await until(() => frames.length === 5, 2000, 'event');
    expect(frames[4]!.startsWith('42["trade",{"trade":{')).toBe(true);
    expect(JSON.parse(frames[4]!.slice(2))[1].trade.externalId).toBe('raw-ext');
    socket.send('41');
    await until(() => mock.socketConnections[0]!.closedAt !== undefined, 2000, 'closedAt');
  });

  it('pings every pingInterval, as an Engine.IO v4 server must', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    setup({ tradeProgress: 'manual' });
    const { frames } = await raw(url);
    await until(() => frames.length === 1, 2000, 'open');
    vi.advanceTimersByTime(24_999);
    await sleep(5);
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(1);
    await until(() => frames.length === 2, 2000, 'ping');
    expect(frames[1]).toBe('2');
  });

  it('closes a client of another Engine.IO version without a handshake', async () => {
    const mock = setup();
    const socket = new WebSocket('wss://api.assetpay.co/socket.io/?EIO=3&transport=websocket&token=t');
    raws.push(socket);
    const frames: string[] = [];
    socket.addEventListener('message', (event) => frames.push(String(event.data)));
    await new Promise((resolve) => socket.addEventListener('close', resolve, { once: true }));
    expect(frames).toEqual([]);
    expect(mock.socketConnections).toEqual([]);
  });
});
