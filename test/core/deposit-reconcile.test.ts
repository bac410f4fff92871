// The SDK's money invariant: a deposit whose answer is lost is looked up by externalId, never sent again by itself.
import { describe, expect, it, vi } from 'vitest';
import { AssetPayError, createAssetPayClient, submitDeposit, type DepositRequest } from '../../src/core/index.js';

const request: DepositRequest = { items: [{ itemId: 'item-1', offer: { price: 1.5, reference: 'r' } }], game: '252490', externalId: 'ext-42', isInstant: true };
const trade = { id: 'trade-1', type: 'DEPOSIT', status: 'INITIATED', game: '252490', items: [], externalId: 'ext-42' };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const listing = (trades: unknown[]) => json({ requestId: 'r', success: true, data: { trades, count: trades.length } });

type Answer = 'drop' | 'bare-500' | 'timeout' | 'created' | 'exists';

/**
 * A server that answers deposits with `deposits` in turn (creating the trade unless refused) and
 * lists the trade only from the `visibleFrom`-th look-up on.
 */
function server(deposits: Answer[], visibleFrom = 1, lookupsFail = false) {
  let created = false;
  let lookups = 0;
  const sent: { url: URL; body: unknown; requestId: string }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const url = new URL(String(input));
    const headers = init?.headers as Record<string, string>;
    sent.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined, requestId: headers['x-request-id']! });
    if (url.pathname === '/client/trades') {
      lookups += 1;
      if (lookupsFail) return new Response('bad gateway', { status: 502 });
      return listing(created && lookups >= visibleFrom && url.searchParams.get('game') === '252490' ? [trade] : []);
    }
    const answer = deposits.shift() ?? 'created';
    if (answer === 'exists') return json({ requestId: 'r', success: false, error: { key: 'EXTERNAL_ID_EXISTS', message: 'exists' } }, 409);
    created = true;
    if (answer === 'drop') throw new TypeError('Failed to fetch');
    if (answer === 'bare-500') return new Response('Internal Server Error', { status: 500 });
    if (answer === 'timeout') return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    return json({ requestId: 'r', success: true, data: trade });
  });
  const client = createAssetPayClient({ getToken: () => 'tok', fetch });
  const deposits_ = () => sent.filter((entry) => entry.url.pathname === '/client/trading/deposit');
  const show = () => {
    visibleFrom = 0;
  };
  return { client, sent, deposits: deposits_, lookups: () => lookups, show };
}

const fast = { reconcileDelaysMs: [0, 0, 0, 0] };

describe('submitDeposit after an unknown outcome', () => {
  it.each<Answer>(['drop', 'bare-500'])('a %s after the trade was created: found by externalId, sent once', async (answer) => {
    const api = server([answer]);
    const onReconcile = vi.fn();
    await expect(submitDeposit(api.client, request, { ...fast, onReconcile })).resolves.toMatchObject({ id: 'trade-1' });
    expect(api.deposits()).toHaveLength(1);
    expect(onReconcile).toHaveBeenCalledWith(expect.objectContaining({ outcomeUnknown: true }));
    // The look-up names the deposit's game: a Rust trade is not listed under the default 730.
    const lookup = api.sent.find((entry) => entry.url.pathname === '/client/trades')!;
    expect(Object.fromEntries(lookup.url.searchParams)).toMatchObject({ game: '252490', type: 'DEPOSIT' });
  });

  it('a timeout: found once the server lists it, sent once', async () => {
    const api = server(['timeout'], 3);
    await expect(submitDeposit(api.client, request, { ...fast, timeoutMs: 20 })).resolves.toMatchObject({ id: 'trade-1' });
    expect(api.deposits()).toHaveLength(1);
    expect(api.lookups()).toBe(3);
  });

  it('a server slow to list the trade: found on a later look-up', async () => {
    const api = server(['drop'], 4);
    await expect(submitDeposit(api.client, request, fast)).resolves.toMatchObject({ externalId: 'ext-42' });
    expect(api.lookups()).toBe(4);
    expect(api.deposits()).toHaveLength(1);
  });

  it('never listed: DEPOSIT_UNCONFIRMED after every look-up, still sent once', async () => {
    const api = server(['drop'], 99);
    const error = await submitDeposit(api.client, request, fast).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AssetPayError);
    expect(error).toMatchObject({ key: 'DEPOSIT_UNCONFIRMED', outcomeUnknown: true });
    expect(api.lookups()).toBe(4);
    expect(api.deposits()).toHaveLength(1);
  });

  it('look-ups that all fail prove nothing: the original unknown outcome is thrown', async () => {
    const api = server(['drop'], 1, true);
    await expect(submitDeposit(api.client, request, fast)).rejects.toMatchObject({ key: 'NETWORK_ERROR', outcomeUnknown: true });
    expect(api.deposits()).toHaveLength(1);
  });

  it('a keyed refusal is definitive: no look-up', async () => {
    const api = server(['exists']);
    await expect(submitDeposit(api.client, request, fast)).rejects.toMatchObject({ key: 'EXTERNAL_ID_EXISTS' });
    expect(api.lookups()).toBe(0);
  });

  it('resend: EXTERNAL_ID_EXISTS means the first send went through, and its trade is shown', async () => {
    const api = server(['drop', 'exists'], 99);
    await expect(submitDeposit(api.client, request, { ...fast, requestId: 'rid-1' })).rejects.toMatchObject({ key: 'DEPOSIT_UNCONFIRMED' });
    // The user asked to send it again; meanwhile AssetPay lists the first one.
    api.show();
    await expect(submitDeposit(api.client, request, { ...fast, resend: true, requestId: 'rid-1' })).resolves.toMatchObject({ id: 'trade-1' });
    expect(api.deposits().map((entry) => entry.requestId)).toEqual(['rid-1', 'rid-1']);
    expect(api.deposits().map((entry) => (entry.body as DepositRequest).externalId)).toEqual(['ext-42', 'ext-42']);
  });

  it('resend with the same externalId and x-request-id after the trade appeared', async () => {
    const api = server(['drop'], 99);
    await submitDeposit(api.client, request, { ...fast, requestId: 'rid-7' }).catch(() => undefined);
    const resend = server(['created']);
    await expect(submitDeposit(resend.client, request, { ...fast, resend: true, requestId: 'rid-7' })).resolves.toMatchObject({ id: 'trade-1' });
    expect(resend.deposits()[0]).toMatchObject({ requestId: 'rid-7', body: { externalId: 'ext-42' } });
  });
});
