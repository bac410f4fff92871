import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions } from '../../src/mock/index.js';
import { getTrades, installMock, line, postDeposit, row, stack } from './helpers.js';

const setup = (options: MockAssetPayOptions = {}) =>
  installMock({
    inventories: { 730: [row('m-ok-1', 'AK-47 | Redline', 10), row('m-ok-2', 'AWP | Asiimov', 20)], 252490: [stack('m-wood', 'Wood', 0.07, 100)] },
    ...options,
  });

const coIds = (json: any): string[] => json.data.trades.map((trade: { externalId: string }) => trade.externalId);

describe('tradeListingLag', () => {
  it('leaves a new trade out of that many matching listings, then lists it', async () => {
    const mock = setup({ tradeListingLag: 2 });
    await postDeposit({ items: [line(mock.inventory(730)[0]!)], externalId: 'lag-1' });
    expect(mock.trades).toHaveLength(1);
    const first = await getTrades();
    expect(coIds(first.json)).toEqual([]);
    expect(first.json.data.count).toBe(0);
    expect(coIds((await getTrades()).json)).toEqual([]);
    expect(coIds((await getTrades()).json)).toEqual(['lag-1']);
    expect((await getTrades()).json.data.count).toBe(1);
  });

  it('counts only listings that match the trade’s game and type', async () => {
    const mock = setup({ tradeListingLag: 1 });
    await postDeposit({ items: [line(mock.inventory(252490)[0]!, 2)], game: '252490', externalId: 'lag-rust' });
    // Neither a CS2 listing nor a withdrawal listing would have shown it, so neither uses up its lag.
    expect(coIds((await getTrades()).json)).toEqual([]);
    expect(coIds((await getTrades({ game: 252490, type: 'WITHDRAW' })).json)).toEqual([]);
    expect(coIds((await getTrades({ game: 252490 })).json)).toEqual([]);
    expect(coIds((await getTrades({ game: 252490 })).json)).toEqual(['lag-rust']);
  });

  it('each trade has its own lag; a refused listing does not count', async () => {
    const mock = setup({ tradeListingLag: 1, variant: 'gg' });
    const [a, b] = mock.inventory(730);
    await postDeposit({ items: [{ itemId: a!.id, price: 10 }], externalId: 'gg-a' });
    expect((await getTrades({ limit: 500 })).status).toBe(422);
    const ids = async () => (await getTrades()).json.data.items.map((trade: { externalId: string }) => trade.externalId);
    expect(await ids()).toEqual([]);
    await postDeposit({ items: [{ itemId: b!.id, price: 20 }], externalId: 'gg-b' });
    expect(await ids()).toEqual(['gg-a']);
    expect(await ids()).toEqual(['gg-b', 'gg-a']);
  });

  it('is 0 by default: listed at once', async () => {
    const mock = setup();
    await postDeposit({ items: [line(mock.inventory(730)[0]!)], externalId: 'now' });
    expect(coIds((await getTrades()).json)).toEqual(['now']);
  });
});

describe('instantDeposits: false', () => {
  it('.co: refuses a CS2 deposit with isInstant true, and with the .co default (true); nothing is created', async () => {
    const mock = setup({ instantDeposits: false });
    for (const body of [
      { items: [line(mock.inventory(730)[0]!)], isInstant: true, externalId: 'i-1' },
      { items: [line(mock.inventory(730)[0]!)], externalId: 'i-2' },
    ]) {
      const { status, json } = await postDeposit(body);
      expect(status).toBe(400);
      expect(json.error).toEqual({ key: 'INSTANT_DEPOSITS_DISABLED', message: expect.any(String) });
    }
    expect(mock.trades).toEqual([]);
    expect(mock.inventory(730)).toHaveLength(2);
    // Neither refused externalId was used up.
    const plain = await postDeposit({ items: [line(mock.inventory(730)[0]!)], isInstant: false, externalId: 'i-1' });
    expect(plain.status).toBe(200);
    expect(plain.json.data).toMatchObject({ isInstant: false, preCredit: 0, pendingCredit: 10 });
  });

  it('.co: a Rust deposit is not an instant-credit request and goes through', async () => {
    const mock = setup({ instantDeposits: false });
    expect((await postDeposit({ items: [line(mock.inventory(252490)[0]!, 2)], game: '252490', isInstant: true })).status).toBe(200);
  });

  it('.gg: refuses isInstant true, lets the .gg default (false) through', async () => {
    const mock = setup({ instantDeposits: false, variant: 'gg' });
    const refused = await postDeposit({ items: [{ itemId: 'm-ok-1', price: 10 }], isInstant: true });
    expect(refused.status).toBe(400);
    expect(refused.json.error.key).toBe('INSTANT_DEPOSITS_DISABLED');
    expect(refused.json.error).not.toHaveProperty('code');
    expect(mock.trades).toEqual([]);
    expect((await postDeposit({ items: [{ itemId: 'm-ok-1', price: 10 }] })).status).toBe(200);
  });

  it('true (default): isInstant true goes through', async () => {
    const mock = setup();
    expect((await postDeposit({ items: [line(mock.inventory(730)[0]!)], isInstant: true })).status).toBe(200);
  });
});
