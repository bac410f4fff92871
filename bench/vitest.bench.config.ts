// `vitest bench --run --config bench/vitest.bench.config.ts`: the hook micro-benchmarks in Node,
// without the repo's jsdom / React 18 / Storybook browser projects.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  test: {
    environment: 'node',
    include: [],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      outputJson: 'bench/results/hooks.json',
    },
  },
});
