import { defineConfig, mergeConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { playwright } from '@vitest/browser-playwright';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const react18 = path.join(dirname, 'test/react18/node_modules');

// A new object per project: Vitest writes the instance name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 1280, height: 900 },
});

const unit = {
  environment: 'jsdom',
  include: ['test/**/*.test.{ts,tsx}'],
  exclude: ['test/browser/**', 'test/react18/**', 'test/examples/**'],
  setupFiles: ['test/setup.ts'],
  restoreMocks: true,
  // Four projects share two cores in `npm test`: user-event flows through the dialog can take
  // several seconds under that load without being wrong.
  testTimeout: 20_000,
};

export default defineConfig({
  plugins: [react()],
  // The package's own name, for code that imports it as a site does (the README's snippets).
  resolve: {
    alias: [
      { find: /^react-assetpay$/, replacement: path.join(dirname, 'src/index.ts') },
      { find: /^react-assetpay\/(core|mock)$/, replacement: path.join(dirname, 'src/$1/index.ts') },
      { find: /^react-assetpay\/locales\/(.+)$/, replacement: path.join(dirname, 'src/locales/$1.ts') },
    ],
  },
  // Reached only through dynamic imports (tooltip content, dialog): pre-bundled so the browser
  // projects never reload mid-run with a second copy of React.
  optimizeDeps: { include: ['@floating-ui/react-dom', '@radix-ui/primitive', '@radix-ui/react-compose-refs', '@radix-ui/react-dialog', '@radix-ui/react-slot', '@radix-ui/react-use-callback-ref', '@radix-ui/react-use-controllable-state', '@radix-ui/react-use-layout-effect', '@radix-ui/react-visually-hidden'] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', ...unit, typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] } } },
      mergeConfig(
        { plugins: [react()] },
        {
          // The same hook and component tests again, with React 18 in place of React 19.
          resolve: {
            alias: [
              { find: /^react$/, replacement: `${react18}/react/index.js` },
              { find: /^react\/(.*)$/, replacement: `${react18}/react/$1` },
              { find: /^react-dom$/, replacement: `${react18}/react-dom/index.js` },
              { find: /^react-dom\/(.*)$/, replacement: `${react18}/react-dom/$1` },
              // Radix's scroll lock and these helpers' CommonJS builds would require() React 19 past the aliases.
              {
                find: /^(react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar)$/,
                replacement: `${dirname}/node_modules/$1/dist/es2015/index.js`,
              },
              // Its CommonJS build would require() React 19 past the aliases; the ESM build goes through them.
              {
                find: /^@testing-library\/react$/,
                replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
              },
            ],
          },
          define: { 'globalThis.__REACT18__': 'true' },
          test: {
            name: 'react18',
            ...unit,
            include: ['test/hooks/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
            server: {
              deps: {
                inline: ['@tanstack/react-query', '@testing-library/react', /@radix-ui/, /@floating-ui\/react-dom/, /@tanstack\/react-virtual/, /react-remove-scroll/, /react-style-singleton/, /use-callback-ref/, /use-sidecar/],
              },
            },
          },
        },
      ),
      // The component tests once more, every render under <StrictMode>.
      { extends: true, test: { name: 'strict', ...unit, include: ['test/components/**/*.test.{ts,tsx}'], setupFiles: [...unit.setupFiles, 'test/strict.setup.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.browser.test.{ts,tsx}'], browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        // Stories of 20,000 items load 10 pages through the service worker: give slow CI machines room.
        test: { name: 'storybook', browser: browser(), testTimeout: 60_000 },
      },
    ],
  },
});
