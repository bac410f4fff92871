import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { submitDeposit, type DepositRequest } from '../../src/core/index.js';
import { envelope, failure, ok, setup, warmUp } from './fakeFetch.js';

const trade = { id: 'trade-1', type: 'DEPOSIT', status: 'INITIATED', game: '730', items: [], totalPrice: 1.5, externalId: 'order-1' };
const request: DepositRequest = { items: [{ itemId: 'item-1', offer: { price: 1.5, reference: 'r' } }], game: '730', externalId: 'order-1', isInstant: true };
const bodies = (fetch: ReturnType<typeof setup>['fetch']) => fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body)));

beforeAll(warmUp);
afterEach(() => vi.useRealTimers());

describe('submitDeposit after a refusal that did nothing', () => {
  it.each(['DEPOSIT_IN_PROGRESS', 'FLEET_DEGRADED'])('%s with Retry-After 2 waits 2 s, resends the same request once and returns the trade', async (key) => {
    vi.useFakeTimers();
    const { client, fetch } = setup([envelope(429, key, {}, { 'Retry-After': '2' }), ok(trade)]);
    const onBusyRetry = vi.fn();
    const done = submitDeposit(client, request, { onBusyRetry });
    await vi.advanceTimersByTimeAsync(1900);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onBusyRetry).toHaveBeenCalledWith(expect.objectContaining({ key }));
    await vi.advanceTimersByTimeAsync(200);
    await expect(done).resolves.toMatchObject({ id: 'trade-1' });
    expect(fetch).toHaveBeenCalledTimes(2);
    const [first, second] = bodies(fetch);
    expect(second).toEqual(first);
  });

  it('resends only once: a second refusal is thrown', async () => {
    const { client, fetch } = setup([envelope(429, 'DEPOSIT_IN_PROGRESS', {}, { 'Retry-After': '0' })]);
    const error = await failure(submitDeposit(client, request));
    expect(error.key).toBe('DEPOSIT_IN_PROGRESS');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a Retry-After longer than busyRetryMaxMs is thrown at once for the countdown', async () => {
    const { client, fetch } = setup([envelope(503, 'FLEET_DEGRADED', {}, { 'Retry-After': '30' }), ok(trade)]);
    const error = await failure(submitDeposit(client, request));
    expect(error).toMatchObject({ key: 'FLEET_DEGRADED', retryAfterMs: 30_000 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each(['RATE_LIMITED', 'NO_BOTS_AVAILABLE', 'TOO_MANY_ACTIVE_TRADES', 'PRICE_CHANGED'])('%s is never resent by itself', async (key) => {
    const { client, fetch } = setup([envelope(429, key, {}, { 'Retry-After': '0' }), ok(trade)]);
    expect((await failure(submitDeposit(client, request))).key).toBe(key);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('an abort during the wait stops the resend', async () => {
    const { client, fetch } = setup([envelope(429, 'DEPOSIT_IN_PROGRESS', {}, { 'Retry-After': '3' }), ok(trade)]);
    const controller = new AbortController();
    const done = submitDeposit(client, request, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('left the page')), 20);
    await expect(done).rejects.toThrow('left the page');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
