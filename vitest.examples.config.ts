// The examples tests (npm run test:examples): each example is built from the packed package and
// driven in Chromium. Run after `npm run build`; one file at a time, as builds use both cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'examples',
    include: ['test/examples/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/examples/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
