// Reconnect waits of the realtime channel (assetpay-api.md §7.3: the SDK reconnects a dropped
// socket after 250–1,250 ms and backs off 30 s doubling, at most 5 minutes, after a refused token).

/** Longest wait between reconnects after ordinary drops. */
export const MAX_DROP_RECONNECT_MS = 30_000;
/** First wait after a second refused token, doubled per refusal. */
export const AUTH_RECONNECT_MS = 30_000;
/** Longest wait after refused tokens. */
export const MAX_AUTH_RECONNECT_MS = 300_000;

/**
 * Milliseconds before reconnect `n` (1-based): `'drop'` waits 250–1,250 ms the first time, doubling
 * per drop in a row up to {@link MAX_DROP_RECONNECT_MS}; `'auth'` waits 30 s doubling up to 5 minutes.
 * Jittered so that thousands of clients dropped together do not come back together.
 */
export function reconnectDelay(kind: 'drop' | 'auth', n: number, random: () => number = Math.random): number {
  const step = Math.max(0, Math.min(Math.floor(n) - 1, 20));
  const jitter = Math.min(Math.max(random(), 0), 1);
  if (kind === 'auth') return Math.round(Math.min(AUTH_RECONNECT_MS * 2 ** step, MAX_AUTH_RECONNECT_MS) * (0.75 + 0.25 * jitter));
  return Math.round(Math.min((250 + 1000 * jitter) * 2 ** step, MAX_DROP_RECONNECT_MS));
}
