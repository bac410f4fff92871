// `vitest run --config bench/budget/vitest.config.ts`: the request-budget simulation (bench/budget/run.mjs
// runs it and writes the report). jsdom, no setup files of the unit suite, one file per mode so
// that the two modes run side by side on two cores.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['bench/budget/*.budget.test.tsx'],
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    fileParallelism: true,
  },
});
