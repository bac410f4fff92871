import { AssetPayError } from './errors.js';

type Readers = typeof import('./readers.js');

let loading: Promise<Readers> | null = null;

/**
 * The answer readers (readers.ts), loaded once by dynamic import. The client waits for them before
 * it sends anything, so an answer is never left unread: if the chunk cannot be fetched, the request
 * fails with `NETWORK_ERROR` before it is sent (a deposit has then certainly not been made), and
 * the next request tries again.
 */
export function loadReaders(): Promise<Readers> {
  return (loading ??= import('./readers.js').catch((cause: unknown) => {
    loading = null;
    throw new AssetPayError({ key: 'NETWORK_ERROR', message: 'Could not load the code that reads AssetPay answers', cause });
  }));
}
