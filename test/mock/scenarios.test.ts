import { describe, expect, it } from 'vitest';
import type { MockScenario } from '../../src/mock/index.js';
import { API, getInventory, getTrades, installMock, line, postDeposit, row, stack } from './helpers.js';

const fixture = () => ({
  730: [row('s-ok-1', 'AK-47 | Redline', 10), row('s-ok-2', 'AWP | Asiimov', 20), row('s-ok-3', 'M4A4 | Howl', 1)],
  252490: [stack('s-wood', 'Wood', 0.07, 100)],
});
const setup = (scenario?: MockScenario) => installMock({ inventories: fixture(), scenario });

const call = {
  inventory: (token: string | null) => getInventory({}, token),
  deposit: (token: string | null) => postDeposit({ items: [{ itemId: 's-ok-1' }] }, token),
  trades: (token: string | null) => getTrades({}, token),
};

describe('auth', () => {
  describe.each(Object.entries(call))('%s', (_name, send) => {
    it.each<[string, string | null, number, string | null]>([
      ['no Authorization header', null, 401, 'UNAUTHORIZED'],
      ['an empty header', '', 401, 'UNAUTHORIZED'],
      ['a bare Bearer', 'Bearer ', 401, 'UNAUTHORIZED'],
      ['a raw expired token', 'my-expired-token', 401, 'TOKEN_EXPIRED'],
      ['a Bearer expired token', 'Bearer EXPIRED', 401, 'TOKEN_EXPIRED'],
      ['a raw token', 'eyJhbGci.abc.def', 200, null],
      ['a Bearer token', 'Bearer eyJhbGci.abc.def', 200, null],
    ])('answers %s with %s', async (_label, token, status, key) => {
      setup();
      const answer = await send(token);
      expect(answer.status).toBe(status);
      if (key === null) expect(answer.json.success).toBe(true);
      else expect(answer.json).toMatchObject({ success: false, error: { key } });
    });

    it('answers TOKEN_EXPIRED to every token in scenario token-expired', async () => {
      setup('token-expired');
      const answer = await send('good-token');
      expect(answer.status).toBe(401);
      expect(answer.json.error.key).toBe('TOKEN_EXPIRED');
    });
  });

  it('does not create a trade when auth fails', async () => {
    const mock = setup();
    await postDeposit({ items: [{ itemId: 's-ok-1' }] }, null);
    expect(mock.trades).toEqual([]);
    expect(mock.inventory(730)).toHaveLength(3);
  });
});

describe('requests log', () => {
  it('records method, url, headers (with Authorization) and the parsed body', async () => {
    const mock = setup();
    await getInventory({ search: 'ak' }, 'Bearer abc');
    await postDeposit({ items: [{ itemId: 's-ok-1' }] }, 'raw-token');
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[0]).toMatchObject({ method: 'GET', url: `${API}/client/inventory?search=ak`, headers: { authorization: 'Bearer abc' } });
    expect(mock.requests[0]?.body).toBeUndefined();
    expect(mock.requests[1]).toMatchObject({
      method: 'POST',
      url: `${API}/client/trading/deposit`,
      headers: { authorization: 'raw-token', 'content-type': 'application/json' },
      body: { items: [{ itemId: 's-ok-1' }] },
    });
  });
});

describe('inventory scenarios', () => {
  it('empty: no items, and deposits find nothing', async () => {
    setup('empty');
    const { json } = await getInventory();
    expect(json.data).toMatchObject({ inventory: [], count: 0 });
    expect((await postDeposit({ items: [{ itemId: 's-ok-1' }] })).json.error.key).toBe('ITEMS_UNAVAILABLE');
  });

  it.each<[MockScenario, number, string, number | undefined, string | null]>([
    ['private', 400, 'USER_NOT_TRADEABLE', 7, null],
    // .co documents no code for STEAM_UNAVAILABLE.
    ['steam-unavailable', 424, 'STEAM_UNAVAILABLE', undefined, '5'],
  ])('%s: %s %s', async (scenario, status, key, code, retryAfter) => {
    setup(scenario);
    const answer = await getInventory();
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ success: false, error: { key } });
    expect(answer.json.error.code).toBe(code);
    expect(answer.headers.get('Retry-After')).toBe(retryAfter);
  });

  it.each(Object.entries(call))('maintenance: %s gets a 503 HTML page without envelope', async (_name, send) => {
    setup('maintenance');
    const answer = await send('tok');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/^<!doctype html>/i);
    expect(answer.json).toBeUndefined();
  });

  it.each(Object.entries(call))('network-error: %s fails like a dropped connection', async (_name, send) => {
    setup('network-error');
    await expect(send('tok')).rejects.toThrow(TypeError);
  });
});

describe('deposit scenarios', () => {
  it.each<[MockScenario, string, number, string | null]>([
    ['rate-limited', 'RATE_LIMITED', 1007, '30'],
    ['too-many-active-trades', 'TOO_MANY_ACTIVE_TRADES', 6, null],
  ])('%s: 429 %s, inventory still readable', async (scenario, key, code, retryAfter) => {
    const mock = setup(scenario);
    const answer = await postDeposit({ items: [{ itemId: 's-ok-1' }] });
    expect(answer.status).toBe(429);
    expect(answer.json.error).toMatchObject({ key, code });
    expect(answer.headers.get('Retry-After')).toBe(retryAfter);
    expect(mock.trades).toEqual([]);
    expect(mock.scenario).toBe(scenario);
    expect((await getInventory()).status).toBe(200);
  });

  it('price-changed: reprices the first item by 5 %, answers 409 once, then accepts the new price', async () => {
    const mock = installMock({ inventories: fixture(), scenario: 'price-changed', details: 'rich' });
    const [first, second] = mock.inventory(730);
    const shown = [line(first!), line(second!)];
    const refused = await postDeposit({ items: shown });
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ key: 'PRICE_CHANGED', code: 11 });
    expect(refused.json.error.details.items).toEqual([{ itemId: 's-ok-1', oldPrice: 10, newPrice: 10.5 }]);
    expect(mock.scenario).toBe('default');
    expect(mock.trades).toEqual([]);

    const fresh = (await getInventory()).json.data.inventory[0];
    expect(fresh.offer.price).toBe(10.5);
    expect(fresh.offer.reference).not.toBe(shown[0]?.offer?.reference);
    const accepted = await postDeposit({ items: [line(fresh), shown[1]] });
    expect(accepted.status).toBe(200);
    expect(accepted.json.data.totalPrice).toBe(30.5);
  });

  it('price-changed: keeps prices cents-exact on awkward amounts', async () => {
    const mock = installMock({ inventories: { 730: [row('s-odd', 'P250 | Sand Dune', 0.07)] }, scenario: 'price-changed', details: 'rich' });
    const refused = await postDeposit({ items: [line(mock.inventory(730)[0]!)] });
    expect(refused.json.error.details.items[0].newPrice).toBe(0.08);
  });

  it('price-changed: waits for a deposit that gets as far as pricing', async () => {
    const mock = setup('price-changed');
    expect((await postDeposit({ items: [{ itemId: 'unknown-1' }] })).json.error.key).toBe('ITEMS_UNAVAILABLE');
    expect(mock.scenario).toBe('price-changed');
  });

  it('server-error: creates the trade, answers a bare 500 once; the resend gets EXTERNAL_ID_EXISTS', async () => {
    const mock = setup('server-error');
    const body = { items: [{ itemId: 's-ok-1' }], externalId: 'attempt-1' };
    const lost = await postDeposit(body);
    expect(lost.status).toBe(500);
    expect(lost.json).toBeUndefined();
    expect(mock.scenario).toBe('default');
    expect(mock.trades).toHaveLength(1);
    expect(mock.inventory(730).map((item) => item.id)).toEqual(['s-ok-2', 's-ok-3']);

    const resend = await postDeposit(body);
    expect(resend.status).toBe(409);
    expect(resend.json.error.key).toBe('EXTERNAL_ID_EXISTS');
    const { json } = await getTrades();
    expect(json.data.trades.map((trade: { externalId: string }) => trade.externalId)).toEqual(['attempt-1']);
  });

  it('setScenario switches at run time and reset restores everything', async () => {
    const mock = installMock({ inventories: fixture(), scenario: 'private', collateral: 5 });
    mock.setScenario('default');
    expect(mock.scenario).toBe('default');
    await postDeposit({ items: [{ itemId: 's-ok-1' }] });
    mock.reprice('s-ok-2', 1);
    expect(mock.trades).toHaveLength(1);
    const requestsLog = mock.requests;
    mock.reset();
    expect(mock.scenario).toBe('private');
    expect(mock.trades).toEqual([]);
    expect(mock.requests).toBe(requestsLog);
    expect(mock.requests).toEqual([]);
    expect(mock.inventory(730)).toEqual(fixture()[730]);
    mock.setScenario('default');
    expect((await getInventory()).json.data.collateral).toBe(5);
    expect((await postDeposit({ items: [{ itemId: 's-ok-1' }] })).status).toBe(200);
  });
});

describe('latency', () => {
  it('waits latencyMs before answering', async () => {
    installMock({ inventories: fixture(), latencyMs: 80 });
    const start = performance.now();
    expect((await getInventory()).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(70);
  });

  it('slow: holds answers for seconds', async () => {
    setup('slow');
    const controller = new AbortController();
    const pending = fetch(`${API}/client/inventory`, { headers: { Authorization: 'tok' }, signal: controller.signal }).then(
      () => 'answered',
      () => 'aborted',
    );
    const first = await Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
    controller.abort();
    expect(first).toBe('waiting');
    expect(await pending).toBe('aborted');
  });
});
