// The fake API's trade-change hub (onTradeEvent, emitForeignTrade) and the channel rules of
// attachSocketClient, without any socket: listeners and fake peers only.
import { describe, expect, it, vi } from 'vitest';
import { createMockAssetPay, type MockAssetPayOptions, type MockSocketPeer, type MockTrade } from '../../src/mock/index.js';
import { getTrades, ggLine, installMock, line, postDeposit, row } from './helpers.js';

const rows = () => ({ 730: [row('h-cs-1', 'AK-47 | Redline', 10), row('h-cs-2', 'AWP | Asiimov', 20)], 252490: [] });

function setup(options: MockAssetPayOptions = {}) {
  const mock = installMock({ inventories: rows(), ...options });
  const heard: MockTrade[] = [];
  mock.onTradeEvent((trade) => heard.push(trade));
  return { mock, heard };
}

async function deposit(mock: ReturnType<typeof setup>['mock'], externalId: string, index = 0) {
  const item = mock.inventory(730)[index]!;
  const items = mock.variant === 'gg' ? [ggLine(item)] : [line(item)];
  return postDeposit({ items, game: '730', externalId });
}

function fakePeer(token: string | null = 'tok'): MockSocketPeer & { sent: MockTrade[]; disconnects: number } {
  const peer = { token, url: 'wss://api.assetpay.co/socket.io/?EIO=4&transport=websocket&token=' + token, sent: [] as MockTrade[], disconnects: 0, send: (trade: MockTrade) => void peer.sent.push(trade), disconnect: () => void (peer.disconnects += 1) };
  return peer;
}

describe('onTradeEvent', () => {
  it('hears a deposit, each per-poll step and setTradeStatus, as deep copies', async () => {
    const { mock, heard } = setup({ tradeProgress: 'auto' });
    const answer = await deposit(mock, 'ext-hub');
    expect(heard).toEqual([answer.json.data]);
    await getTrades({ type: 'DEPOSIT' });
    mock.setTradeStatus('ext-hub', 'FAILED');
    expect(heard.map((trade) => trade.status)).toEqual(['INITIATED', 'PENDING', 'FAILED']);
    heard[2]!.status = 'COMPLETED';
    heard[2]!.items.length = 0;
    expect(mock.trades[0]!.status).toBe('FAILED');
    expect(mock.trades[0]!.items).toHaveLength(1);
    expect(heard[0]).not.toBe(heard[1]);
  });

  it('gives every listener its own copy, and stops after unsubscribe', async () => {
    const { mock } = setup();
    const a: MockTrade[] = [];
    const b: MockTrade[] = [];
    const stopA = mock.onTradeEvent((trade) => a.push(trade));
    mock.onTradeEvent((trade) => b.push(trade));
    await deposit(mock, 'ext-two');
    expect(a[0]).toEqual(b[0]);
    expect(a[0]).not.toBe(b[0]);
    stopA();
    mock.setTradeStatus('ext-two', 'PENDING');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(2);
  });

  it('hears a trade whose answer was lost, and nothing for a refused deposit', async () => {
    const { mock, heard } = setup();
    mock.failNext('RATE_LIMITED', { endpoint: 'deposit' });
    expect((await deposit(mock, 'ext-refused')).status).toBe(429);
    expect(heard).toEqual([]);
    mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
    await expect(deposit(mock, 'ext-lost')).rejects.toThrow();
    expect(heard.map((trade) => trade.externalId)).toEqual(['ext-lost']);
  });

  it('moves trades oldest first on a poll, one event per trade that moved', async () => {
    const { mock, heard } = setup({ tradeProgress: 'auto' });
    await deposit(mock, 'ext-old', 0);
    await deposit(mock, 'ext-new', 0);
    heard.length = 0;
    await getTrades({ type: 'DEPOSIT' });
    expect(heard.map((trade) => [trade.externalId, trade.status])).toEqual([
      ['ext-old', 'PENDING'],
      ['ext-new', 'PENDING'],
    ]);
  });

  it('keeps listeners across reset', async () => {
    const { mock, heard } = setup();
    mock.reset();
    await deposit(mock, 'ext-after-reset');
    expect(heard).toHaveLength(1);
  });
});

describe('clientSteamID', () => {
  it("is the user's on own trades (option clientSteamId), in REST and events alike", async () => {
    const { mock, heard } = setup({ clientSteamId: '76561198123456789' });
    const answer = await deposit(mock, 'ext-steam');
    expect(answer.json.data.clientSteamID).toBe('76561198123456789');
    expect(heard[0]!.clientSteamID).toBe('76561198123456789');
    const plain = setup();
    expect((await deposit(plain.mock, 'ext-default')).json.data.clientSteamID).toBe('76561198000000001');
  });
});

describe('emitForeignTrade', () => {
  it.each(['co', 'gg'] as const)('.%s: a new deposit of another user, in the variant shape, never listed', async (variant) => {
    const { mock, heard } = setup({ variant });
    const own = (await deposit(mock, 'ext-own')).json.data as MockTrade;
    const first = mock.emitForeignTrade();
    const second = mock.emitForeignTrade();
    expect(heard.slice(1)).toEqual([first, second]);
    for (const trade of [first, second]) {
      expect(trade.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(trade.clientSteamID).toMatch(/^76561\d{12}$/);
      expect(trade.clientSteamID).not.toBe(own.clientSteamID);
      expect(trade.status).toBe(variant === 'gg' ? 'initiated' : 'INITIATED');
      expect(trade.type).toBe(variant === 'gg' ? 'deposit' : 'DEPOSIT');
      expect(trade.items).toHaveLength(1);
      expect(trade.totalPrice).toBeGreaterThan(0);
      if (variant === 'gg') expect(trade).toMatchObject({ source: 'client', items: [expect.objectContaining({ assetId: expect.any(String) })] });
      else expect(trade).not.toHaveProperty('source');
    }
    expect(new Set([own.id, first.id, second.id]).size).toBe(3);
    expect(new Set([own.externalId, first.externalId, second.externalId]).size).toBe(3);
    expect(mock.trades.map((trade) => trade.id)).toEqual([own.id]);
    for (const game of [730, 252490]) {
      const listed = await getTrades({ game });
      expect(JSON.stringify(listed.json.data)).not.toContain(first.id);
    }
  });

  it('applies a patch; a status brings its fields and must be the variant spelling', () => {
    const mock = createMockAssetPay({ inventories: rows() });
    const held = mock.emitForeignTrade({ status: 'HOLD', externalId: 'theirs', game: '252490' });
    expect(held).toMatchObject({ status: 'HOLD', externalId: 'theirs', game: '252490', offerID: expect.stringMatching(/^\d+$/), holdEndDate: expect.any(String) });
    expect(mock.emitForeignTrade({ status: 'FAILED', error: 'custom' })).toMatchObject({ status: 'FAILED', error: 'custom' });
    expect(() => mock.emitForeignTrade({ status: 'hold' })).toThrow(/\.gg variant/);
  });

  it('does not change the ids of the user\'s own trades (deterministic for a seed)', async () => {
    const plain = setup({ seed: 4 });
    const plainId = (await deposit(plain.mock, 'ext-seed')).json.data.id;
    const mixed = setup({ seed: 4 });
    const foreign = mixed.mock.emitForeignTrade();
    const mixedId = (await deposit(mixed.mock, 'ext-seed')).json.data.id;
    expect(mixedId).toBe(plainId);
    expect(createMockAssetPay({ seed: 4 }).emitForeignTrade().id).toBe(foreign.id);
  });
});

describe('attachSocketClient (any transport)', () => {
  it('sends every published trade, runs the timed steps while attached, and stops after close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const { mock } = setup({ tradeProgress: 'auto', tradeStepMs: 1000 });
      await deposit(mock, 'ext-timed');
      vi.advanceTimersByTime(5000);
      expect(mock.trades[0]!.status).toBe('INITIATED');
      const peer = fakePeer();
      const session = mock.attachSocketClient(peer);
      expect(session.accepted).toBe(true);
      vi.advanceTimersByTime(999);
      expect(peer.sent).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(peer.sent.map((trade) => trade.status)).toEqual(['PENDING']);
      vi.advanceTimersByTime(5000);
      expect(peer.sent.map((trade) => trade.status)).toEqual(['PENDING', 'ACTIVE', 'HOLD']);
      session.close();
      session.close();
      mock.setTradeStatus('ext-timed', 'COMPLETED');
      expect(peer.sent).toHaveLength(3);
      expect(mock.socketConnections[0]).toMatchObject({ token: 'tok', closedAt: expect.any(Number) });
      expect(mock.socketConnections[0]!.url).toBe('wss://api.assetpay.co/socket.io/?EIO=4&transport=websocket');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses at once, sending nothing, and the refusal starts no timer', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const mock = createMockAssetPay({ tradeProgress: 'auto' });
      const peer = fakePeer('tok-expired');
      const session = mock.attachSocketClient(peer);
      expect(session.accepted).toBe(false);
      expect(peer.disconnects).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
      mock.emitForeignTrade();
      expect(peer.sent).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("'drop-mid-trade' disconnects the first peer after its first event only", () => {
    const mock = createMockAssetPay({ socket: 'drop-mid-trade' });
    const first = fakePeer();
    mock.attachSocketClient(first);
    const second = fakePeer();
    mock.attachSocketClient(second);
    mock.emitForeignTrade();
    mock.emitForeignTrade();
    expect([first.sent.length, first.disconnects]).toEqual([1, 1]);
    expect([second.sent.length, second.disconnects]).toEqual([2, 0]);
  });

  it('validates tradeStepMs', () => {
    expect(() => createMockAssetPay({ tradeStepMs: 0 })).toThrow(/tradeStepMs/);
    expect(() => createMockAssetPay({ tradeStepMs: 1.5 })).toThrow(/tradeStepMs/);
  });
});

describe('requests', () => {
  it('records when each request arrived', async () => {
    const { mock } = setup();
    const before = Date.now();
    await getTrades();
    expect(Date.parse(mock.requests[0]!.receivedAt)).toBeGreaterThanOrEqual(before - 1);
  });
});
