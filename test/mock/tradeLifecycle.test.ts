import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions } from '../../src/mock/index.js';
import { getTrades, installMock, line, postDeposit, row, stack } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;

function setup(options: MockAssetPayOptions = {}) {
  return installMock({
    tradeProgress: 'manual',
    inventories: { 730: [row('t-cs-1', 'AK-47 | Redline', 10), row('t-cs-2', 'M4A1-S | Basilisk', 2.5)], 252490: [stack('t-rust-1', 'Metal Fragments', 0.07, 100)] },
    ...options,
  });
}

async function deposit(mock: ReturnType<typeof setup>, game: '730' | '252490', externalId: string) {
  const item = mock.inventory(game === '730' ? 730 : 252490)[0]!;
  const answer = await postDeposit({ items: [line(item, game === '252490' ? 10 : undefined)], game, externalId, isInstant: true });
  expect(answer.status).toBe(200);
  return answer.json.data as { id: string; status: string };
}

/** Status (and the fields that go with it) of one trade in `GET /client/trades` (CS2 and Rust are listed apart). */
async function listed(id: string, game: 730 | 252490 = 730) {
  const answer = await getTrades({ type: 'DEPOSIT', game });
  expect(answer.status).toBe(200);
  return (answer.json.data.trades as Record<string, unknown>[]).find((trade) => trade.id === id)!;
}

describe('trade lifecycle of the fake API', () => {
  it("leaves trades INITIATED with tradeProgress 'manual'", async () => {
    const mock = setup();
    const trade = await deposit(mock, '730', 'ext-manual');
    for (let i = 0; i < 4; i += 1) expect((await listed(trade.id)).status).toBe('INITIATED');
  });

  it('moves trades along by default, so a demo trade progresses without configuration', async () => {
    const mock = setup({ tradeProgress: undefined });
    const trade = await deposit(mock, '730', 'ext-default');
    expect((await listed(trade.id)).status).toBe('PENDING');
    expect((await listed(trade.id)).status).toBe('ACTIVE');
  });

  it('auto: moves a CS2 trade one step per GET, sets a digit offer id and a 7-day hold, then stays on hold', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    const trade = await deposit(mock, '730', 'ext-cs2');
    const before = Date.now();
    const seen: Record<string, unknown>[] = [];
    for (let i = 0; i < 5; i += 1) seen.push(await listed(trade.id));
    expect(seen.map((t) => t.status)).toEqual(['PENDING', 'ACTIVE', 'HOLD', 'HOLD', 'HOLD']);
    expect(seen[0]!.offerID).toMatch(/^\d+$/);
    expect(seen[0]).not.toHaveProperty('holdEndDate');
    const hold = Date.parse(seen[2]!.holdEndDate as string);
    expect(hold - before).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(hold - Date.now()).toBeLessThanOrEqual(7 * DAY);
    // The hold end stays put while the trade sits on hold.
    expect(seen[4]!.holdEndDate).toBe(seen[2]!.holdEndDate);
  });

  it('auto: a Rust trade goes to COMPLETED after acceptance, with no hold', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    const trade = await deposit(mock, '252490', 'ext-rust');
    const statuses: unknown[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await listed(trade.id, 252490)).status);
    expect(statuses).toEqual(['PENDING', 'ACTIVE', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
    expect(await listed(trade.id, 252490)).not.toHaveProperty('holdEndDate');
  });

  it('auto: does not move trades on a refused GET', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    const trade = await deposit(mock, '730', 'ext-refused');
    mock.failNext('RATE_LIMITED', { endpoint: 'trades', retryAfter: 2 });
    const refused = await getTrades();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('2');
    expect((await listed(trade.id)).status).toBe('PENDING');
  });

  it('setTradeStatus: by id or externalId, with fields that agree with the status', async () => {
    const mock = setup();
    const trade = await deposit(mock, '730', 'ext-set');
    mock.setTradeStatus('ext-set', 'PENDING');
    const pending = await listed(trade.id);
    expect(pending.status).toBe('PENDING');
    expect(pending.offerID).toMatch(/^\d+$/);

    mock.setTradeStatus(trade.id, 'HOLD');
    const hold = await listed(trade.id);
    expect(hold.offerID).toBe(pending.offerID);
    expect(Date.parse(hold.holdEndDate as string)).toBeGreaterThan(Date.now() + 6 * DAY);

    mock.setTradeStatus(trade.id, 'FAILED');
    const failed = await listed(trade.id);
    expect(failed.error).toEqual(expect.any(String));
    expect((failed.error as string).length).toBeGreaterThan(0);

    mock.setTradeStatus(trade.id, 'REVERTED', { revertedBy: 'supplier' });
    const reverted = await listed(trade.id);
    expect(reverted).toMatchObject({ status: 'REVERTED', revertedBy: 'supplier' });
    expect(reverted).not.toHaveProperty('error');
  });

  it('setTradeStatus: the patch wins, and an unknown trade throws', async () => {
    const mock = setup();
    const trade = await deposit(mock, '730', 'ext-patch');
    const changed = mock.setTradeStatus(trade.id, 'FAILED', { error: '<img src=x onerror=alert(1)>', offerID: 'javascript:alert(1)' });
    expect(changed).toMatchObject({ status: 'FAILED', error: '<img src=x onerror=alert(1)>', offerID: 'javascript:alert(1)' });
    expect(await listed(trade.id)).toMatchObject({ error: '<img src=x onerror=alert(1)>' });
    expect(() => mock.setTradeStatus('nope', 'COMPLETED')).toThrow(/No mock trade/);
  });

  it('reset clears trades moved by hand', async () => {
    const mock = setup();
    const trade = await deposit(mock, '730', 'ext-reset');
    mock.setTradeStatus(trade.id, 'COMPLETED');
    mock.reset();
    expect(mock.trades).toEqual([]);
    expect(() => mock.setTradeStatus(trade.id, 'COMPLETED')).toThrow();
  });
});
