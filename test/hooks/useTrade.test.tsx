import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { parseTradeResponse, useTrade, type Trade, type UseTradeOptions } from '../../src/index.js';
import type { MockAssetPay } from '../../src/mock/index.js';
import { installMock, line, postDeposit, row, stack } from '../mock/helpers.js';
import { server } from '../server.js';
import { API, envelope, renderWithProvider } from './utils.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(tradeProgress: 'manual' | 'auto' = 'manual') {
  return installMock({
    tradeProgress,
    inventories: { 730: [row('h-cs-1', 'AK-47 | Redline', 10)], 252490: [stack('h-rust-1', 'Metal Fragments', 0.07, 100)] },
  });
}

/** A real deposit through the fake API, parsed like the library parses it. */
async function depositOn(mock: MockAssetPay, game: '730' | '252490'): Promise<Trade> {
  const item = mock.inventory(game === '730' ? 730 : 252490)[0]!;
  const answer = await postDeposit({ items: [line(item, game === '252490' ? 10 : undefined)], game, externalId: `ext-${game}`, isInstant: true });
  return parseTradeResponse(answer.json);
}

const tradePolls = (mock: MockAssetPay) => mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades');

function follow(options: UseTradeOptions, getToken?: () => string) {
  return renderWithProvider((props: UseTradeOptions) => useTrade(props), { initialProps: options, provider: getToken ? { getToken } : {} });
}

describe('useTrade', () => {
  it('shows the deposit answer at once, polls until the Rust trade completes, then stops', async () => {
    const mock = setup('auto');
    const trade = await depositOn(mock, '252490');
    const { result } = follow({ trade, intervalMs: 20 });
    expect(result.current.trade?.id).toBe(trade.id);
    expect(result.current.stage).toBe('creating');
    await waitFor(() => expect(result.current.stage).toBe('completed'));
    expect(result.current.isTerminal).toBe(true);
    expect(result.current.timeline.map((step) => step.id)).toEqual(['creating', 'awaiting-acceptance', 'accepted', 'completed']);
    // PENDING, ACTIVE, COMPLETED: one poll each, then no more.
    expect(tradePolls(mock)).toHaveLength(3);
    const query = new URL(tradePolls(mock)[0]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ type: 'DEPOSIT', game: '252490', page: '1', limit: '50' });
    await sleep(200);
    expect(tradePolls(mock)).toHaveLength(3);
  });

  it('slows down on hold and stops once the trade is terminal', async () => {
    const mock = setup('auto');
    const trade = await depositOn(mock, '730');
    const { result } = follow({ trade, intervalMs: 20 });
    await waitFor(() => expect(result.current.stage).toBe('hold'));
    expect(result.current.trade?.holdEndDate).toEqual(expect.any(String));
    expect(result.current.trade?.offerID).toMatch(/^\d+$/);
    const onHold = tradePolls(mock).length;
    // On hold the interval is 12 × 20 ms: nothing within 150 ms.
    await sleep(150);
    expect(tradePolls(mock)).toHaveLength(onHold);
    mock.setTradeStatus(trade.id, 'COMPLETED');
    await waitFor(() => expect(result.current.stage).toBe('completed'), { timeout: 2000 });
    const done = tradePolls(mock).length;
    await sleep(400);
    expect(tradePolls(mock)).toHaveLength(done);
  });

  it('waits for Retry-After after RATE_LIMITED and keeps the last known trade meanwhile', async () => {
    const mock = setup();
    const trade = await depositOn(mock, '730');
    const started: { path: string; at: number }[] = [];
    const record = ({ request }: { request: Request }) => void started.push({ path: new URL(request.url).pathname, at: Date.now() });
    server.events.on('request:start', record);
    try {
      const { result } = follow({ trade, intervalMs: 20 });
      await waitFor(() => expect(tradePolls(mock).length).toBeGreaterThanOrEqual(1));
      mock.failNext('RATE_LIMITED', { endpoint: 'trades', retryAfter: 2 });
      await waitFor(() => expect(result.current.error?.key).toBe('RATE_LIMITED'));
      expect(result.current.error?.retryAfterMs).toBe(2000);
      expect(result.current.trade?.id).toBe(trade.id);
      expect(result.current.stage).toBe('creating');
      const failedAt = started.filter((entry) => entry.path === '/client/trades').at(-1)!.at;
      await waitFor(() => expect(result.current.error).toBeNull(), { timeout: 5000 });
      const polls = started.filter((entry) => entry.path === '/client/trades');
      const next = polls.find((entry) => entry.at > failedAt)!;
      expect(next.at - failedAt).toBeGreaterThanOrEqual(1900);
      expect(next.at - failedAt).toBeLessThan(4000);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('doubles the wait after each failure in a row', async () => {
    const mock = setup();
    const trade = await depositOn(mock, '730');
    const times: number[] = [];
    const record = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/client/trades') times.push(Date.now());
    };
    server.events.on('request:start', record);
    try {
      mock.failNext('SERVICE_UNAVAILABLE', { endpoint: 'trades', times: 3 });
      const { result } = follow({ trade, intervalMs: 60 });
      await waitFor(() => expect(times.length).toBeGreaterThanOrEqual(4), { timeout: 3000 });
      expect(result.current.trade?.id).toBe(trade.id);
      const gaps = times.slice(1, 4).map((at, index) => at - times[index]!);
      // First poll after the 60 ms interval; after failures 1, 2, 3: ≥ 120, 240, 480 ms.
      expect(gaps[0]).toBeGreaterThanOrEqual(110);
      expect(gaps[1]).toBeGreaterThanOrEqual(230);
      expect(gaps[2]).toBeGreaterThanOrEqual(470);
      await waitFor(() => expect(result.current.error).toBeNull());
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('keeps the last known trade when the page does not contain it', async () => {
    const mock = setup();
    const trade: Trade = { id: 'not-listed', status: 'PENDING', items: [], offerID: '42' };
    const { result } = follow({ trade, intervalMs: 20 });
    await waitFor(() => expect(tradePolls(mock).length).toBeGreaterThanOrEqual(2));
    expect(result.current.trade).toMatchObject({ id: 'not-listed', status: 'PENDING', offerID: '42' });
    expect(result.current.error).toBeNull();
  });

  it('finds a trade by externalId alone', async () => {
    const mock = setup();
    const trade = await depositOn(mock, '730');
    mock.setTradeStatus(trade.id, 'PENDING');
    const { result } = follow({ externalId: 'ext-730', game: 730 });
    await waitFor(() => expect(result.current.trade?.id).toBe(trade.id));
    expect(result.current.stage).toBe('awaiting-acceptance');
  });

  it('follows the related trades of a split basket (.gg spelling) until all of them are terminal', async () => {
    let phase = 0;
    let polls = 0;
    const pages = [
      [{ id: 'main', status: 'hold' }, { id: 'part-2', status: 'active', offerID: '77' }],
      [{ id: 'main', status: 'hold' }, { id: 'part-2', status: 'declined' }],
      [{ id: 'main', status: 'completed' }, { id: 'part-2', status: 'declined' }],
    ];
    server.use(
      http.get(`${API}/client/trades`, () => {
        polls += 1;
        return HttpResponse.json(envelope({ items: pages[phase], nextCursor: null }));
      }),
    );
    const trade: Trade = { id: 'main', status: 'active', items: [], relatedTrades: [{ id: 'part-2', status: 'initiated', items: [] }] };
    const { result } = follow({ trade, intervalMs: 20 });
    expect(result.current.related.map((t) => t.id)).toEqual(['part-2']);
    await waitFor(() => expect(result.current.related[0]?.status).toBe('active'));
    expect(result.current.stage).toBe('hold');
    expect(result.current.isTerminal).toBe(false);
    // Main on hold, part 2 still waiting: the fast interval goes on.
    const seen = polls;
    await waitFor(() => expect(polls).toBeGreaterThanOrEqual(seen + 3));
    phase = 1;
    await waitFor(() => expect(result.current.related[0]?.status).toBe('declined'));
    expect(result.current.isTerminal).toBe(false);
    phase = 2;
    // Only the main trade is open, on hold: the slow interval (12 × 20 ms).
    await waitFor(() => expect(result.current.isTerminal).toBe(true), { timeout: 3000 });
    expect(result.current.stage).toBe('completed');
    expect(result.current.related[0]).toMatchObject({ id: 'part-2', status: 'declined', offerID: '77' });
    const done = polls;
    await sleep(300);
    expect(polls).toBe(done);
  });

  it('never puts the token in the query key', async () => {
    const mock = setup();
    const trade = await depositOn(mock, '730');
    const { result, queryClient } = follow({ trade, intervalMs: 20 }, () => 'secret-token-abc');
    await waitFor(() => expect(tradePolls(mock).length).toBeGreaterThanOrEqual(1));
    expect(tradePolls(mock)[0]!.headers.authorization).toContain('secret-token-abc');
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys).toContainEqual(expect.arrayContaining(['trade', { id: trade.id }]));
    expect(JSON.stringify(keys)).not.toContain('secret-token-abc');
    expect(result.current.trade?.id).toBe(trade.id);
  });

  it('does not poll when disabled, and polls at once on refetch', async () => {
    const mock = setup();
    const trade = await depositOn(mock, '730');
    mock.setTradeStatus(trade.id, 'PENDING');
    const { result } = follow({ trade, intervalMs: 20, enabled: false });
    await sleep(120);
    expect(tradePolls(mock)).toHaveLength(0);
    expect(result.current.stage).toBe('creating');
    await act(() => result.current.refetch());
    // React Query hands the result to observers on its own batch tick, after the promise settles.
    await waitFor(() => expect(result.current.stage).toBe('awaiting-acceptance'));
    expect(tradePolls(mock)).toHaveLength(1);
  });
});
