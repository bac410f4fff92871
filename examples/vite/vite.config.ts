// `npm run dev` runs on the mock AssetPay API; `VITE_ASSETPAY_MOCK=1 npm run build && npm run preview`
// serves a production build that still mocks; a plain `npm run build` talks to the real API.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `GET /api/assetpay-token` with a stub token, which the mock API accepts. In production this
 * route is your backend: it checks the user's session, calls AssetPay's
 * `POST /auth/authenticate-client` with your API key (never sent to the browser) and answers the
 * client token it got.
 */
const stubToken: Connect.NextHandleFunction = (req, res, next) => {
  if (req.method !== 'GET') return next();
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify({ token: 'stub-client-token' }));
};

/** Serves the stub token route in `vite` (dev) and `vite preview`. */
function stubTokenRoute(): Plugin {
  return {
    name: 'stub-assetpay-token',
    configureServer(server) {
      server.middlewares.use('/api/assetpay-token', stubToken);
    },
    configurePreviewServer(server) {
      server.middlewares.use('/api/assetpay-token', stubToken);
    },
  };
}

/** Vite copies public/ into every build: leave MSW's worker out unless the build mocks (VITE_ASSETPAY_MOCK=1). */
function mockWorkerOnlyWhenMocking(): Plugin {
  let worker: string | undefined;
  return {
    name: 'mock-worker-only-when-mocking',
    apply: 'build',
    configResolved(config) {
      if (config.env.VITE_ASSETPAY_MOCK !== '1') worker = resolve(config.root, config.build.outDir, 'mockServiceWorker.js');
    },
    writeBundle() {
      if (worker) rmSync(worker, { force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), stubTokenRoute(), mockWorkerOnlyWhenMocking()],
  build: {
    rolldownOptions: {
      // Two pages of the same app; /shop/deposit/ shows the mock worker is found from a nested route.
      input: {
        main: 'index.html',
        deposit: 'shop/deposit/index.html',
      },
    },
  },
});
