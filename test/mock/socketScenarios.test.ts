// Socket scenarios, connection records and shutdown of the fake realtime channel, over a real
// Socket.IO server and the real socket.io-client.
import { describe, expect, it } from 'vitest';
import type { MockAssetPay, MockAssetPayOptions } from '../../src/mock/index.js';
import { startMockSocketServer } from '../support/socketServer.js';
import { installMock, line, postDeposit, row } from './helpers.js';
import { listen, sleep, socketTestBed, until } from './socketHelpers.js';

const STEP = 60;
const { serve, connected } = socketTestBed();

async function setup(options: MockAssetPayOptions = {}) {
  const mock = installMock({
    tradeProgress: 'auto',
    tradeStepMs: STEP,
    inventories: { 730: [row('d-cs-1', 'AK-47 | Redline', 10), row('d-cs-2', 'AWP | Asiimov', 20)], 252490: [] },
    ...options,
  });
  return { mock, server: await serve(mock) };
}

async function deposit(mock: MockAssetPay, externalId: string) {
  const answer = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730', externalId });
  expect(answer.status).toBe(200);
  return answer.json.data as { id: string };
}

describe("socket scenario 'drop-mid-trade'", () => {
  it('drops the first connection right after its first event, once; a reconnection gets the rest', async () => {
    const { mock, server } = await setup({ socket: 'drop-mid-trade' });
    const first = await connected(server);
    const trade = await deposit(mock, 'ext-drop');
    expect(await first.disconnected).toBe('io server disconnect');
    expect(first.log).toEqual(['connect', 'trade', 'disconnect:io server disconnect']);
    expect(first.events[0]!.trade).toMatchObject({ id: trade.id, status: 'INITIATED' });
    const second = await connected(server);
    await until(() => second.events.some(({ trade: t }) => t.status === 'HOLD'), 4000, 'HOLD');
    expect(second.log[0]).toBe('connect');
    expect(second.socket.connected).toBe(true);
    expect(mock.socketConnections).toHaveLength(2);
    expect(mock.socketConnections[0]!.closedAt).toEqual(expect.any(Number));
    expect(mock.socketConnections[1]!.closedAt).toBeUndefined();
  });

  it('is armed again by setSocketScenario', async () => {
    const { mock, server } = await setup({ tradeProgress: 'manual', socket: 'drop-mid-trade' });
    const first = await connected(server);
    mock.emitForeignTrade();
    await first.disconnected;
    const second = await connected(server);
    mock.emitForeignTrade();
    await until(() => second.events.length === 1, 4000, 'an event');
    await sleep(50);
    expect(second.socket.connected).toBe(true);
    mock.setSocketScenario('drop-mid-trade');
    mock.emitForeignTrade();
    expect(await second.disconnected).toBe('io server disconnect');
    expect(second.events).toHaveLength(2);
  });
});

describe("socket scenario 'silent'", () => {
  it('accepts the connection and sends nothing, while trades still move on by time', async () => {
    const { mock, server } = await setup({ socket: 'silent' });
    const client = await connected(server);
    await deposit(mock, 'ext-silent');
    mock.emitForeignTrade();
    await until(() => mock.trades[0]!.status === 'HOLD', 4000, 'HOLD');
    await sleep(50);
    expect(client.log).toEqual(['connect']);
    expect(client.socket.connected).toBe(true);
    expect(client.events).toEqual([]);
  });

  it('switches at runtime: silent, then ok again on the same connection', async () => {
    const { mock, server } = await setup({ tradeProgress: 'manual' });
    const client = await connected(server);
    mock.setSocketScenario('silent');
    mock.emitForeignTrade();
    await sleep(50);
    expect(client.events).toEqual([]);
    mock.setSocketScenario('ok');
    const heard = mock.emitForeignTrade();
    await until(() => client.events.length === 1, 4000, 'an event');
    expect(client.events[0]!.trade.id).toBe(heard.id);
  });
});

describe('setSocketScenario', () => {
  it("'refuse-token' applies to new connections; an open one keeps its events (auth is checked once)", async () => {
    const { mock, server } = await setup({ tradeProgress: 'manual' });
    const open = await connected(server);
    mock.setSocketScenario('refuse-token');
    expect(mock.socketScenario).toBe('refuse-token');
    const refused = await connected(server);
    expect(await refused.disconnected).toBe('io server disconnect');
    mock.emitForeignTrade();
    await until(() => open.events.length === 1, 4000, 'an event');
    expect(refused.events).toEqual([]);
  });

  it('rejects an unknown scenario, and reset restores the option', () => {
    const mock = installMock({ socket: 'silent' });
    expect(() => mock.setSocketScenario('nope' as never)).toThrow(/Unknown socket scenario/);
    mock.setSocketScenario('ok');
    mock.reset();
    expect(mock.socketScenario).toBe('silent');
    expect(() => installMock({ socket: 'bad' as never })).toThrow(/Unknown socket scenario/);
  });
});

describe('socketConnections', () => {
  it('records token, URL without the token, and open/close times', async () => {
    const { mock, server } = await setup();
    const before = Date.now();
    const client = await connected(server, 'secret-token-1');
    expect(mock.socketConnections).toHaveLength(1);
    const record = mock.socketConnections[0]!;
    expect(record.token).toBe('secret-token-1');
    expect(record.url).not.toContain('secret-token-1');
    const url = new URL(record.url);
    expect(url.pathname).toBe('/socket.io/');
    expect(url.searchParams.get('EIO')).toBe('4');
    expect(url.searchParams.get('transport')).toBe('websocket');
    expect(url.searchParams.has('token')).toBe(false);
    expect(record.openedAt).toBeGreaterThanOrEqual(before);
    expect(record.closedAt).toBeUndefined();
    client.socket.disconnect();
    await until(() => record.closedAt !== undefined, 4000, 'closedAt');
    expect(record.closedAt!).toBeGreaterThanOrEqual(record.openedAt);
    // Tokens are kept nowhere else: not in the REST request log, not in the trades.
    expect(JSON.stringify({ requests: mock.requests, trades: mock.trades })).not.toContain('secret-token-1');
  });

  it('records a refused connection, and reset clears the records', async () => {
    const { mock, server } = await setup();
    const client = await connected(server, 'tok-expired');
    await client.disconnected;
    expect(mock.socketConnections).toEqual([{ token: 'tok-expired', url: expect.any(String), openedAt: expect.any(Number), closedAt: expect.any(Number) }]);
    mock.reset();
    expect(mock.socketConnections).toEqual([]);
  });
});

/** How many active resources of each kind the process has (timers, sockets, servers). */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

describe('startMockSocketServer: close', () => {
  it('ends every socket, timer and server: no open handles are left', async () => {
    await sleep(20);
    const before = resources();
    const mock = installMock({ tradeProgress: 'auto', tradeStepMs: STEP, inventories: { 730: [row('close-cs-1', 'AK-47 | Redline', 1)], 252490: [] } });
    const server = await startMockSocketServer(mock);
    const a = listen(server.url);
    const b = listen(server.url);
    await until(() => a.socket.connected && b.socket.connected, 4000, 'two connections');
    const during = resources();
    expect(during.TCPServerWrap ?? 0).toBeGreaterThan(before.TCPServerWrap ?? 0);
    expect(during.TCPSocketWrap ?? 0).toBeGreaterThan(before.TCPSocketWrap ?? 0);
    await server.close();
    await server.close();
    expect(await a.disconnected).toMatch(/io server disconnect|transport close/);
    expect(await b.disconnected).toMatch(/io server disconnect|transport close/);
    await until(() => (resources().TCPSocketWrap ?? 0) <= (before.TCPSocketWrap ?? 0), 2000, 'sockets to close');
    const after = resources();
    expect(after.TCPServerWrap ?? 0).toBe(before.TCPServerWrap ?? 0);
    expect(after.TCPSocketWrap ?? 0).toBe(before.TCPSocketWrap ?? 0);
    expect(after.Timeout ?? 0).toBeLessThanOrEqual(before.Timeout ?? 0);
    expect(mock.socketConnections.every((record) => record.closedAt !== undefined)).toBe(true);
    // The timed progression stopped with the last socket.
    expect((await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730', externalId: 'ext-after-close' })).status).toBe(200);
    await sleep(STEP * 3);
    expect(mock.trades[0]!.status).toBe('INITIATED');
  });
});
