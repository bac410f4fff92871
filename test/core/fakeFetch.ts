// A fake `fetch` for client tests: canned replies, no network.
import { expect, vi } from 'vitest';
import { AssetPayError, createAssetPayClient, type AssetPayClientOptions } from '../../src/core/index.js';

export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdGVhbUlEIjoiNzY1NjEifQ.c2lnbmF0dXJl';
export const FRESH = 'eyJhbGciOiJIUzI1NiJ9.ZnJlc2g.bmV3LXNpZ25hdHVyZQ';

export type Reply = () => Response | Promise<Response>;
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
export const ok = (data: unknown = { fine: true }) => json({ requestId: 'req-ok', success: true, data });
export const envelope = (status: number, key: string, error: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json({ requestId: 'req-err', success: false, error: { code: 11, key, message: `${key} happened`, ...error } }, status, headers);
export const text = (body: string, status: number, type = 'text/html'): Reply => () => new Response(body, { status, headers: { 'Content-Type': type } });

/** A client over a fake `fetch` that answers with `replies` in turn (the last one repeats). */
export function setup(replies: Reply[], options: Partial<AssetPayClientOptions> = {}) {
  let call = 0;
  const fetch = vi.fn<typeof globalThis.fetch>(async () => replies[Math.min(call++, replies.length - 1)]!());
  const getToken = vi.fn<AssetPayClientOptions['getToken']>((opts) => (opts?.forceRefresh ? FRESH : TOKEN));
  const client = createAssetPayClient({ getToken, fetch, ...options });
  return { client, fetch, getToken };
}

/**
 * Sends one request, so the answer readers the client loads by dynamic import on its first request
 * are in place: under fake timers a module load would never finish.
 */
export async function warmUp(): Promise<void> {
  await setup([ok()]).client.request('/warm-up');
}

export async function failure(promise: Promise<unknown>): Promise<AssetPayError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(AssetPayError);
  return caught as AssetPayError;
}

/** A fetch that only settles when its signal aborts, like a stalled connection. */
export const hangingFetch = () =>
  vi.fn<typeof globalThis.fetch>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );

export const headersOf = (fetch: ReturnType<typeof vi.fn<typeof globalThis.fetch>>, call = 0) =>
  fetch.mock.calls[call]![1]!.headers as Record<string, string>;

