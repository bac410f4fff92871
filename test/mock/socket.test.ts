// The fake realtime channel over a real Socket.IO server, heard by the real socket.io-client.
import { describe, expect, it } from 'vitest';
import type { MockAssetPay, MockAssetPayOptions, MockVariant } from '../../src/mock/index.js';
import { getTrades, ggLine, installMock, line, postDeposit, row, stack } from './helpers.js';
import { sleep, socketTestBed, statusesOf, until, type Listener } from './socketHelpers.js';

const STEP = 60;
const { serve, connected } = socketTestBed();

async function setup(options: MockAssetPayOptions = {}) {
  const mock = installMock({
    tradeProgress: 'auto',
    tradeStepMs: STEP,
    inventories: { 730: [row('s-cs-1', 'AK-47 | Redline', 10), row('s-cs-2', 'AWP | Asiimov', 20)], 252490: [stack('s-rust-1', 'Metal Fragments', 0.07, 100)] },
    ...options,
  });
  return { mock, server: await serve(mock) };
}

async function deposit(mock: MockAssetPay, game: 730 | 252490, externalId: string) {
  const item = mock.inventory(game)[0]!;
  const rust = game === 252490;
  const body = mock.variant === 'gg' ? { items: [ggLine(item, rust ? 10 : undefined)], game: String(game), externalId } : { items: [line(item, rust ? 10 : undefined)], game: String(game), externalId };
  const answer = await postDeposit(body);
  expect(answer.status).toBe(200);
  return answer.json.data as { id: string; status: string };
}

const PATHS: Record<MockVariant, Record<'cs2' | 'rust', string[]>> = {
  co: { cs2: ['INITIATED', 'PENDING', 'ACTIVE', 'HOLD'], rust: ['INITIATED', 'PENDING', 'ACTIVE', 'COMPLETED'] },
  gg: { cs2: ['initiated', 'active', 'hold'], rust: ['initiated', 'active', 'completed'] },
};

describe('realtime channel: trade events', () => {
  it.each([
    ['co', 730],
    ['gg', 730],
    ['co', 252490],
    ['gg', 252490],
  ] as const)('.%s, game %s: creation, then one event per timed step, in the variant spelling, then nothing', async (variant, game) => {
    const { mock, server } = await setup({ variant });
    const client = await connected(server);
    expect(client.log).toEqual(['connect']);
    const trade = await deposit(mock, game, `ext-${variant}-${game}`);
    const path = PATHS[variant][game === 730 ? 'cs2' : 'rust'];
    await until(() => statusesOf(client, trade.id).length >= path.length, 4000, 'every step');
    await sleep(STEP * 4);
    expect(statusesOf(client, trade.id)).toEqual(path);
    // Every payload is exactly { trade }, the trade as REST shows it.
    for (const payload of client.events) expect(Object.keys(payload)).toEqual(['trade']);
    const last = client.events.at(-1)!.trade;
    const listed = await getTrades(variant === 'gg' ? { type: 'deposit', game } : { type: 'DEPOSIT', game });
    const items = variant === 'gg' ? listed.json.data.items : listed.json.data.trades;
    expect(items.find((t: { id: string }) => t.id === trade.id)).toEqual(last);
    expect(last.clientSteamID).toMatch(/^76561\d{12}$/);
    if (game === 730) expect(last.holdEndDate).toEqual(expect.any(String));
    else expect(last).not.toHaveProperty('holdEndDate');
  });

  it('spaces the steps by tradeStepMs', async () => {
    const { mock, server } = await setup({ tradeStepMs: 150 });
    const client = await connected(server);
    const arrivals: number[] = [];
    client.socket.on('trade', () => arrivals.push(Date.now()));
    await deposit(mock, 730, 'ext-spacing');
    await until(() => arrivals.length >= 4, 4000, 'four events');
    const gaps = arrivals.slice(2).map((at, index) => at - arrivals[index + 1]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(100);
  });

  it('moves trades on by time only while a socket is connected', async () => {
    const { mock, server } = await setup();
    await deposit(mock, 730, 'ext-idle');
    await sleep(STEP * 4);
    expect(mock.trades[0]!.status).toBe('INITIATED');
    const client = await connected(server);
    await until(() => mock.trades[0]!.status === 'ACTIVE', 4000, 'ACTIVE');
    client.socket.disconnect();
    await until(() => mock.socketConnections[0]!.closedAt !== undefined, 4000, 'closedAt');
    const status = mock.trades[0]!.status;
    await sleep(STEP * 4);
    expect(mock.trades[0]!.status).toBe(status);
  });

  it('does not move trades by time with tradeProgress manual', async () => {
    const { mock, server } = await setup({ tradeProgress: 'manual' });
    const client = await connected(server);
    const trade = await deposit(mock, 730, 'ext-manual');
    await sleep(STEP * 4);
    expect(statusesOf(client, trade.id)).toEqual(['INITIATED']);
    mock.setTradeStatus(trade.id, 'FAILED');
    await until(() => client.events.length === 2, 4000, 'the manual change');
    expect(client.events[1]!.trade).toMatchObject({ id: trade.id, status: 'FAILED', error: expect.any(String) });
  });

  it.each(['co', 'gg'] as const)(".%s: other users' trades arrive too (the merchant room); the client filters", async (variant) => {
    const { mock, server } = await setup({ variant, tradeProgress: 'manual' });
    const client = await connected(server);
    const own = await deposit(mock, 730, 'ext-own');
    const foreign = mock.emitForeignTrade();
    const held = mock.emitForeignTrade({ status: variant === 'gg' ? 'hold' : 'HOLD', game: '730' });
    await until(() => client.events.length === 3, 4000, 'three events');
    const [mine, other, otherHeld] = client.events.map((payload) => payload.trade);
    expect(mine!.id).toBe(own.id);
    expect(other).toEqual(foreign);
    expect(otherHeld).toMatchObject({ id: held.id, status: variant === 'gg' ? 'hold' : 'HOLD', holdEndDate: expect.any(String) });
    for (const trade of [other!, otherHeld!]) {
      expect(trade.id).not.toBe(own.id);
      expect(trade.externalId).not.toBe('ext-own');
      expect(trade.clientSteamID).toMatch(/^76561\d{12}$/);
      expect(trade.clientSteamID).not.toBe(mine!.clientSteamID);
      expect(trade.type).toBe(variant === 'gg' ? 'deposit' : 'DEPOSIT');
    }
    expect(other!.status).toBe(variant === 'gg' ? 'initiated' : 'INITIATED');
  });
});

describe('realtime channel: refusals', () => {
  async function expectRefused(client: Listener, mock: MockAssetPay) {
    expect(await client.disconnected).toBe('io server disconnect');
    expect(client.log).toEqual(['connect', 'disconnect:io server disconnect']);
    expect(client.disconnectedAt! - client.connectedAt!).toBeLessThan(100);
    // Nothing is sent to it afterwards either.
    await deposit(mock, 730, `ext-after-${mock.socketConnections.length}`);
    mock.emitForeignTrade();
    await sleep(STEP * 3);
    expect(client.events).toEqual([]);
    expect(mock.socketConnections.at(-1)!.closedAt).toEqual(expect.any(Number));
  }

  it("'refuse-token': a good token is disconnected right after connect, nothing sent", async () => {
    const { mock, server } = await setup({ socket: 'refuse-token' });
    await expectRefused(await connected(server, 'good-token'), mock);
  });

  it.each([
    ['co', 'tok-expired-1'],
    ['gg', 'EXPIRED'],
    ['co', null],
    ['co', ''],
    ['gg', 'Bearer tok'],
  ] as const)('.%s: token %j fails the REST token rules and is refused the same way', async (variant, token) => {
    const { mock, server } = await setup({ variant });
    await expectRefused(await connected(server, token), mock);
  });

  it("REST scenario 'token-expired' refuses sockets too", async () => {
    const { mock, server } = await setup({ scenario: 'token-expired' });
    const client = await connected(server);
    expect(await client.disconnected).toBe('io server disconnect');
    expect(client.events).toEqual([]);
    expect(mock.socketConnections).toHaveLength(1);
  });

  it('a refused connection does not drive the timed progression', async () => {
    const { mock, server } = await setup({ socket: 'refuse-token' });
    await deposit(mock, 730, 'ext-refused');
    const client = await connected(server);
    await client.disconnected;
    await sleep(STEP * 4);
    expect(mock.trades[0]!.status).toBe('INITIATED');
  });
});
