import { describe, expect, it } from 'vitest';
import type { MockAssetPayOptions } from '../../src/mock/index.js';
import { getInventory, getTrades, installMock, line, postDeposit, row } from './helpers.js';

const setup = (options: MockAssetPayOptions = {}) =>
  installMock({ inventories: { 730: [row('t-ok-1', 'AK-47 | Redline', 10), row('t-ok-2', 'AWP | Asiimov', 20)] }, ...options });

describe('exposeHeaders', () => {
  it('true (default): x-request-id, Retry-After and Access-Control-Expose-Headers are sent', async () => {
    const mock = setup();
    mock.failNext('RATE_LIMITED', { retryAfter: 7 });
    const refused = await getInventory();
    expect(refused.headers.get('Retry-After')).toBe('7');
    expect(refused.headers.get('x-request-id')).toBe(refused.json.requestId);
    expect(refused.headers.get('Access-Control-Expose-Headers')).toMatch(/Retry-After/);
  });

  it('false: no Access-Control-Expose-Headers, Retry-After or x-request-id on any answer; requestId stays', async () => {
    const mock = setup({ exposeHeaders: false, scenario: 'steam-unavailable' });
    const steam = await getInventory();
    expect(steam.status).toBe(424);
    mock.setScenario('default');
    mock.failNext('FLEET_DEGRADED', { endpoint: 'deposit', retryAfter: 30 });
    const fleet = await postDeposit({ items: [line(mock.inventory(730)[0]!)] });
    const fine = await getTrades();
    mock.setScenario('maintenance');
    const maintenance = await getInventory();
    for (const answer of [steam, fleet, fine, maintenance]) {
      expect(answer.headers.get('Access-Control-Expose-Headers')).toBeNull();
      expect(answer.headers.get('Retry-After')).toBeNull();
      expect(answer.headers.get('x-request-id')).toBeNull();
    }
    expect(steam.json.requestId).toEqual(expect.any(String));
    expect(fleet.json).toMatchObject({ requestId: expect.any(String), error: { key: 'FLEET_DEGRADED' } });
    expect(fine.json.requestId).toEqual(expect.any(String));
    expect(maintenance.headers.get('Content-Type')).toMatch(/^text\/html/);
  });
});

describe('dropNext', () => {
  it('loses the next answer of any endpoint before anything happens; the request is recorded', async () => {
    const mock = setup();
    mock.dropNext();
    const basket = { items: [line(mock.inventory(730)[0]!)], externalId: 'drop-1' };
    await expect(postDeposit(basket)).rejects.toThrow(TypeError);
    expect(mock.trades).toEqual([]);
    expect(mock.inventory(730)).toHaveLength(2);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({ method: 'POST', body: basket });
    // The same externalId goes through on the resend: nothing was created.
    expect((await postDeposit(basket)).status).toBe(200);
  });

  it('afterProcessing: the deposit creates its trade and takes the items; only the answer is lost', async () => {
    const mock = setup();
    mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
    const basket = { items: [line(mock.inventory(730)[0]!)], externalId: 'drop-2' };
    await expect(postDeposit(basket)).rejects.toThrow(TypeError);
    expect(mock.trades).toHaveLength(1);
    expect(mock.trades[0]!.externalId).toBe('drop-2');
    expect(mock.inventory(730).map((item) => item.id)).toEqual(['t-ok-2']);
    const resend = await postDeposit(basket);
    expect(resend.json.error.key).toBe('EXTERNAL_ID_EXISTS');
    expect((await getTrades()).json.data.trades.map((trade: { externalId: string }) => trade.externalId)).toEqual(['drop-2']);
  });

  it('names an endpoint, counts `times`, and other endpoints still answer', async () => {
    const mock = setup();
    mock.dropNext({ endpoint: 'trades', times: 2 });
    expect((await getInventory()).status).toBe(200);
    await expect(getTrades()).rejects.toThrow(TypeError);
    await expect(getTrades()).rejects.toThrow(TypeError);
    expect((await getTrades()).status).toBe(200);
    expect(mock.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/client/inventory',
      '/client/trades',
      '/client/trades',
      '/client/trades',
    ]);
  });

  it('afterProcessing on a read moves auto-progressed trades even though the answer is lost', async () => {
    const mock = setup({ tradeProgress: 'auto' });
    await postDeposit({ items: [line(mock.inventory(730)[0]!)] });
    mock.dropNext({ endpoint: 'trades', afterProcessing: true });
    await expect(getTrades()).rejects.toThrow(TypeError);
    expect((await getTrades()).json.data.trades[0].status).toBe('ACTIVE');
  });

  it('a drop before processing leaves queued failures for the next answer', async () => {
    const mock = setup();
    mock.failNext('SERVICE_UNAVAILABLE', { endpoint: 'inventory' });
    mock.dropNext({ endpoint: 'inventory' });
    await expect(getInventory()).rejects.toThrow(TypeError);
    expect((await getInventory()).json.error.key).toBe('SERVICE_UNAVAILABLE');
    expect((await getInventory()).status).toBe(200);
  });

  it('reset clears queued drops', async () => {
    const mock = setup();
    mock.dropNext({ times: 3 });
    mock.reset();
    expect((await getInventory()).status).toBe(200);
  });

  it('server-error is still a created trade with a bare non-JSON 500', async () => {
    const mock = setup({ scenario: 'server-error' });
    const lost = await postDeposit({ items: [line(mock.inventory(730)[0]!)] });
    expect(lost.status).toBe(500);
    expect(lost.json).toBeUndefined();
    expect(mock.trades).toHaveLength(1);
  });
});
