import { describe, expect, it } from 'vitest';
import { getTrades, installMock, postDeposit, row, stack } from './helpers.js';

const fixture = () => ({
  730: [row('s-ok-1', 'AK-47 | Redline', 10), row('s-ok-2', 'AWP | Asiimov', 20), row('s-ok-3', 'M4A4 | Howl', 1)],
  252490: [stack('s-wood', 'Wood', 0.07, 100)],
});
const setup = () => installMock({ inventories: fixture() });

describe('GET /client/trades', () => {
  async function threeTrades() {
    const mock = setup();
    await postDeposit({ items: [{ itemId: 's-ok-1' }], externalId: 't1' });
    await postDeposit({ items: [{ itemId: 's-wood', amount: 2 }], game: '252490', externalId: 't2' });
    await postDeposit({ items: [{ itemId: 's-ok-2' }], externalId: 't3' });
    return mock;
  }
  const externalIds = (json: any) => json.data.trades.map((trade: { externalId: string }) => trade.externalId);

  it.each<[Record<string, string | number>, string[], number]>([
    // Without `game` the API lists CS2 only (game defaults to 730).
    [{}, ['t3', 't1'], 2],
    [{ limit: 1 }, ['t3'], 2],
    [{ limit: 1, page: 2 }, ['t1'], 2],
    [{ limit: 2, page: 2 }, [], 2],
    [{ game: 252490 }, ['t2'], 1],
    [{ game: 730 }, ['t3', 't1'], 2],
    [{ type: 'DEPOSIT' }, ['t3', 't1'], 2],
    [{ type: 'DEPOSIT', game: 252490 }, ['t2'], 1],
    [{ type: 'WITHDRAW' }, [], 0],
  ])('lists %o newest first with the total count', async (query, expected, count) => {
    const mock = await threeTrades();
    const { status, json } = await getTrades(query);
    expect(status).toBe(200);
    expect(externalIds(json)).toEqual(expected);
    expect(json.data.count).toBe(count);
    expect(mock.trades.map((trade) => trade.externalId)).toEqual(['t3', 't2', 't1']);
  });

  it('returns 10 per page by default', async () => {
    const mock = installMock({ counts: { 730: 15 } });
    for (const item of mock.inventory(730).filter((i) => i.tradable && i.accepted).slice(0, 11)) {
      expect((await postDeposit({ items: [{ itemId: item.id }] })).status).toBe(200);
    }
    const { json } = await getTrades();
    expect(json.data.trades).toHaveLength(10);
    expect(json.data.count).toBe(11);
  });

  it.each<Record<string, string | number>>([{ type: 'GIFT' }, { type: 'deposit' }, { type: 'Deposit' }, { game: 440 }, { page: 0 }, { limit: 101 }, { limit: 0 }])('rejects %o', async (query) => {
    setup();
    const { status, json } = await getTrades(query);
    expect(status).toBe(400);
    expect(Object.keys(json.error.fields)).toEqual(Object.keys(query));
  });
});
