import type { SetupWorker } from 'msw/browser';
import type { MockAssetPay } from './handlers.js';

/** Options of {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /**
   * Where `mockServiceWorker.js` is served (`npx msw init public/ --save` puts it at the site root).
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string;
  /** Silence MSW's console messages. */
  quiet?: boolean;
}

let started: Promise<SetupWorker | null> | null = null;

/**
 * Starts an MSW service worker that serves `mock`'s handlers in the browser, and intercepts the
 * page's WebSockets for its realtime channel (`mock.socketHandlers`; load socket.io-client after
 * this has resolved, as it keeps the `WebSocket` it found when it loaded). Calling it again
 * returns the first call's worker (later `mock` arguments are ignored). On the server (no
 * `window`, e.g. a Next.js prerender) it does nothing and resolves to `null`; `msw/browser` is
 * loaded only when it runs in a browser, so importing this module is safe anywhere.
 */
export function startMockWorker(mock: MockAssetPay, options: StartMockWorkerOptions = {}): Promise<SetupWorker | null> {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return Promise.resolve(null);
  started ??= (async () => {
    const { setupWorker } = await import('msw/browser');
    const worker = setupWorker(...mock.handlers, ...mock.socketHandlers);
    await worker.start({
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: options.quiet,
    });
    return worker;
  })().catch((error: unknown) => {
    // A failed start may be retried (e.g. after the worker file was deployed).
    started = null;
    throw error;
  });
  return started;
}
