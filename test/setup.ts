import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server.js';

// jsdom has no layout; the virtualised grid reads these to decide what to render.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => 600 },
    clientWidth: { configurable: true, get: () => 800 },
  });
}

// findBy* / waitFor wait up to 5 s (default 1 s): the suite runs four projects on two cores.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The modules components load on demand (the dialog when something is selected, the tooltip
  // content on first hover): loaded here first, so a prefetch a test starts never outlives the
  // test file's environment on a cold module cache.
  await Promise.all([
    import('../src/components/DepositDialog/DepositDialogContent.js'),
    import('../src/core/api/deposit.js'),
  ]);
});
afterEach(() => {
  server.resetHandlers();
  cleanup();
  globalThis.sessionStorage?.clear();
});
afterAll(() => server.close());
