import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions } from '../../src/mock/index.js';
import { getTrades, installMock, manyRows, postDeposit, stack } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;

function setup(options: MockAssetPayOptions = {}, cs2 = 3) {
  return installMock({ variant: 'gg', tradeProgress: 'manual', inventories: { 730: manyRows(cs2), 252490: [stack('gt-wood', 'Wood', 0.07, 100)] }, ...options });
}

/** Deposits the CS2 rows one by one, externalIds `e0`, `e1`, … (so `e<n-1>` is the newest). */
async function depositEach(mock: ReturnType<typeof setup>, n: number) {
  const rows = mock.inventory(730).slice(0, n);
  for (const [i, item] of rows.entries()) {
    expect((await postDeposit({ items: [{ itemId: item.id, price: item.offer!.price }], externalId: `e${i}`, isInstant: false })).status).toBe(200);
  }
}

const externalIds = (json: any): string[] => json.data.items.map((trade: { externalId: string }) => trade.externalId);

describe('.gg GET /client/trades', () => {
  it('answers { items, nextCursor } newest first, in the .gg trade shape', async () => {
    const mock = setup();
    await depositEach(mock, 3);
    const { status, json } = await getTrades({ type: 'deposit' });
    expect(status).toBe(200);
    expect(Object.keys(json.data).sort()).toEqual(['items', 'nextCursor']);
    expect(externalIds(json)).toEqual(['e2', 'e1', 'e0']);
    expect(json.data.nextCursor).toBeNull();
    expect(json.data.items[0]).toMatchObject({ type: 'deposit', source: 'client', status: 'initiated', game: '730' });
  });

  it('walks the cursor to the end: every trade once, in order, then nextCursor null', async () => {
    const mock = setup({}, 47);
    await depositEach(mock, 47);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = { limit: 10 };
      if (cursor !== null) query.cursor = cursor;
      const { status, json } = await getTrades(query);
      expect(status).toBe(200);
      seen.push(...externalIds(json));
      cursor = json.data.nextCursor;
      if (cursor !== null) expect(cursor).toEqual(expect.any(String));
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 47 }, (_, i) => `e${46 - i}`));
  });

  it('keeps a cursor walk steady when a new trade arrives in between', async () => {
    const mock = setup({}, 4);
    await depositEach(mock, 3);
    const first = await getTrades({ limit: 2 });
    expect(externalIds(first.json)).toEqual(['e2', 'e1']);
    const last = mock.inventory(730)[0]!;
    await postDeposit({ items: [{ itemId: last.id, price: last.offer!.price }], externalId: 'late' });
    const second = await getTrades({ limit: 2, cursor: first.json.data.nextCursor });
    expect(externalIds(second.json)).toEqual(['e0']);
    expect(second.json.data.nextCursor).toBeNull();
  });

  it('lists 20 per page by default and ignores page', async () => {
    const mock = setup({}, 25);
    await depositEach(mock, 25);
    const { json } = await getTrades({ page: 2 });
    expect(json.data.items).toHaveLength(20);
    expect(externalIds(json)[0]).toBe('e24');
    expect(json.data.nextCursor).toEqual(expect.any(String));
  });

  it('lists game 730 unless game=252490 is asked for', async () => {
    const mock = setup();
    await depositEach(mock, 1);
    await postDeposit({ items: [{ itemId: 'gt-wood', price: 0.07, amount: 2 }], game: '252490', externalId: 'rust' });
    expect(externalIds((await getTrades()).json)).toEqual(['e0']);
    expect(externalIds((await getTrades({ game: 252490 })).json)).toEqual(['rust']);
    expect(externalIds((await getTrades({ type: 'withdraw' })).json)).toEqual([]);
  });

  it.each<[Record<string, string | number>, string]>([
    [{ type: 'DEPOSIT' }, 'type'],
    [{ type: 'Deposit' }, 'type'],
    [{ limit: 101 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ cursor: btoa('mockc1:0') }, 'cursor'],
    [{ cursor: '%%%' }, 'cursor'],
    [{ game: 440 }, 'game'],
  ])('rejects %o with 422 VALIDATION_FAILED', async (query, field) => {
    setup();
    const { status, json } = await getTrades(query);
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ key: 'VALIDATION_FAILED', code: 1001 });
    expect(Object.keys(json.error.fields)).toEqual([field]);
  });
});

describe('.gg trade lifecycle', () => {
  const statusOf = async (id: string, game = 730) =>
    ((await getTrades({ type: 'deposit', game })).json.data.items as Record<string, unknown>[]).find((trade) => trade.id === id)!;

  it('auto: CS2 initiated → active → hold, with an offer id from active and a 7-day hold', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    await depositEach(mock, 1);
    const id = mock.trades[0]!.id;
    const seen = [await statusOf(id), await statusOf(id), await statusOf(id)];
    expect(seen.map((trade) => trade.status)).toEqual(['active', 'hold', 'hold']);
    expect(seen[0]!.offerID).toMatch(/^\d+$/);
    expect(seen[0]).not.toHaveProperty('holdEndDate');
    expect(Date.parse(seen[1]!.holdEndDate as string)).toBeGreaterThan(Date.now() + 6 * DAY);
  });

  it('auto: Rust initiated → active → completed', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    await postDeposit({ items: [{ itemId: 'gt-wood', price: 0.07, amount: 2 }], game: '252490' });
    const id = mock.trades[0]!.id;
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await statusOf(id, 252490)).status);
    expect(statuses).toEqual(['active', 'completed', 'completed']);
  });

  it('setTradeStatus takes the .gg spelling, sets an enum error on failed, and refuses .co statuses', async () => {
    const mock = setup();
    await depositEach(mock, 1);
    const id = mock.trades[0]!.id;
    expect(mock.setTradeStatus(id, 'failed')).toMatchObject({ status: 'failed', error: 'OFFER_NOT_ACCEPTED' });
    expect(mock.setTradeStatus('e0', 'declined')).toMatchObject({ status: 'declined', offerID: expect.stringMatching(/^\d+$/) });
    expect(mock.setTradeStatus(id, 'canceled').status).toBe('canceled');
    expect(await statusOf(id)).toMatchObject({ status: 'canceled' });
    expect(() => mock.setTradeStatus(id, 'HOLD')).toThrow(/\.co variant/);
    expect(() => mock.setTradeStatus(id, 'escrow' as never)).toThrow(/Unknown trade status/);
  });

  it('a .co mock refuses .gg statuses', async () => {
    const mock = installMock({ inventories: { 730: manyRows(1) } });
    await postDeposit({ items: [{ itemId: 'p-0000' }] });
    expect(() => mock.setTradeStatus(mock.trades[0]!.id, 'hold')).toThrow(/\.gg variant/);
    expect(mock.setTradeStatus(mock.trades[0]!.id, 'HOLD').status).toBe('HOLD');
  });
});
