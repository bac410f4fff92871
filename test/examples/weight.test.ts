// The all-in cost: Vite production builds of examples/weight (baseline, hooks, panel) against the
// packed package, and the README table that reports them (`node scripts/weight.mjs --save`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from './harness.js';
import { README_END, README_START, compareTable, measureWeight, ownModuleOf, parseTable, readReadme, renderTable, replaceSection, type WeightResult } from '../../examples/weight/measure.mjs';

let result: WeightResult;

beforeAll(async () => {
  installPacked('weight');
  result = await measureWeight();
});

/**
 * What a Vite app may pay over React + React Query, up front (gzip, 1 kB = 1000 B): DepositPanel
 * 40 kB of JS and 4 kB of CSS; hooks only 5 kB. The answer readers (valibot and the schemas) load
 * by dynamic import while the first request fetches its token, so they are not up front.
 */
// A locale pack (Russian, the longest) costs at most 6 kB over the panel it translates.
const BUDGET_BYTES = { hooks: 5_000, panelJs: 40_000, panelCss: 4_000, pack: 6_000 };

const wrapped = (table: string) => `# Title\n\n${README_START}\n${table}\n${README_END}\n\nMore.\n`;

describe('examples/weight: what the library adds to a Vite app', () => {
  it('builds the baseline with React and React Query (production builds)', () => {
    const packages = result.baseline.chunks.flatMap((chunk) => chunk.packages);
    expect(packages).toEqual(expect.arrayContaining(['react', 'react-dom', 'scheduler', '@tanstack/react-query', '@tanstack/query-core']));
    expect(packages).not.toContain('react-assetpay');
    const assets = join(result.baseline.outDir, 'assets');
    const code = readdirSync(assets).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    expect(code).toContain('react.transitional.element');
    expect(code).not.toContain('react-stack-top-frame'); // only in React's development build
    expect(result.baseline.js).toBeGreaterThan(40_000);
  });

  it('resolves react-assetpay from the packed copy in examples/weight/node_modules', () => {
    for (const page of [result.hooks, result.panel]) expect(page.chunks.flatMap((chunk) => chunk.packages)).toContain('react-assetpay');
  });

  it('stays within the weight budget', () => {
    expect(result.hooks.jsOver).toBeLessThanOrEqual(BUDGET_BYTES.hooks);
    expect(result.panel.jsOver).toBeLessThanOrEqual(BUDGET_BYTES.panelJs);
    expect(result.panel.cssOver).toBeLessThanOrEqual(BUDGET_BYTES.panelCss);
  });

  it('a locale pack costs only itself: the Russian page adds the ru pack up front and no other pack', () => {
    const locales = (page: WeightResult['panel']) => page.chunks.flatMap((chunk) => chunk.locales);
    expect(locales(result.panel)).toEqual([]);
    expect(locales(result.hooks)).toEqual([]);
    expect(locales(result.panelRu)).toEqual(['ru']);
    expect(result.panelRu.chunks.filter((chunk) => chunk.initial).flatMap((chunk) => chunk.locales)).toEqual(['ru']);
    const pack = result.panelRu.jsOver - result.panel.jsOver;
    expect(pack).toBeGreaterThan(1_000);
    expect(pack).toBeLessThanOrEqual(BUDGET_BYTES.pack);
  });

  it('hooks only add something, and less than DepositPanel; the panel brings CSS', () => {
    expect(result.hooks.jsOver).toBeGreaterThan(0);
    expect(result.hooks.jsOver).toBeLessThan(result.panel.jsOver);
    expect(result.hooks.cssOver).toBe(0);
    expect(result.panel.cssOver).toBeGreaterThan(0);
  });

  it('brings the English of the dialog and the trade status with the dialog, not up front', () => {
    const code = (initial: boolean) =>
      result.panel.chunks.filter((chunk) => chunk.initial === initial).map((chunk) => readFileSync(join(result.panel.outDir, chunk.file), 'utf8')).join('\n');
    for (const words of ['Checking whether your deposit went through', 'Waiting for you to accept', 'Prices changed since you picked']) {
      expect(code(true)).not.toContain(words);
      expect(code(false)).toContain(words);
    }
    // The grid's own words stay up front.
    expect(code(true)).toContain('Your Steam inventory is private');
  });

  it('names our modules up front: the hooks page has the client and none of the answer readers', () => {
    const names = result.hooks.modules.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['core/api/client.js', 'hooks/useInventory.js', 'hooks/AssetPayProvider.js']));
    for (const reader of ['core/api/readers.js', 'core/api/inventoryParse.js', 'core/api/errorBody.js']) expect(names).not.toContain(reader);
    const shared = result.hooks.modules.reduce((sum, entry) => sum + entry.gzip, 0);
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThanOrEqual(result.hooks.jsOver);
    expect(ownModuleOf('/x/node_modules/react-assetpay/dist/core/api/client.js')).toBe('core/api/client.js');
    expect(ownModuleOf('/x/node_modules/valibot/dist/index.mjs')).toBeNull();
  });

  it('loads valibot with the first request, not up front, on the hooks page', () => {
    const packages = (initial: boolean) => result.hooks.chunks.filter((chunk) => chunk.initial === initial).flatMap((chunk) => chunk.packages);
    expect(packages(true)).not.toContain('valibot');
    expect(packages(false)).toContain('valibot');
  });

  it('loads socket.io-client on demand on the panel page, and a hooks page that follows no trade has none of it', () => {
    const panel = result.panel;
    expect(panel.chunks.filter((chunk) => chunk.initial).flatMap((chunk) => chunk.packages)).not.toContain('socket.io-client');
    expect(panel.lazyChunks.map((chunk) => chunk.package)).toContain('socket.io-client');
    expect(result.hooks.chunks.flatMap((chunk) => chunk.packages)).not.toContain('socket.io-client');
  });

  it('loads the realtime connection and the trade schema with socket.io-client, not up front', () => {
    const code = (page: WeightResult['panel'], initial?: boolean) =>
      page.chunks
        .filter((chunk) => initial === undefined || chunk.initial === initial)
        .map((chunk) => readFileSync(join(page.outDir, chunk.file), 'utf8'))
        .join('\n');
    // The socket options (`transports: ['websocket']`) and the trade schema's `botInfo`.
    for (const marker of ['websocket', 'botInfo']) {
      expect(code(result.panel, true)).not.toContain(marker);
      expect(code(result.panel, false)).toContain(marker);
      expect(code(result.hooks)).not.toContain(marker);
    }
  });

  it('loads what only a deposit needs (the dialog, Radix Dialog, the trade tracker) on demand', () => {
    const upFront = result.panel.chunks.filter((chunk) => chunk.initial).flatMap((chunk) => chunk.packages);
    const later = result.panel.chunks.filter((chunk) => !chunk.initial).flatMap((chunk) => chunk.packages);
    expect(upFront).not.toContain('@radix-ui/react-dialog');
    expect(later).toContain('@radix-ui/react-dialog');
    // A hooks-only page renders no dialog: none of it is in its build at all.
    expect(result.hooks.chunks.flatMap((chunk) => chunk.packages)).not.toContain('@radix-ui/react-dialog');
  });

  it('reads back the table it writes, and notices figures that are off', () => {
    const figures = parseTable(replaceSection(wrapped(''), renderTable(result)));
    expect(figures).not.toBeNull();
    expect(compareTable(figures!, result)).toEqual([]);
    expect(figures!.panel.js).toBe(result.panel.jsOverKb);
    const stale = renderTable({ ...result, panel: { ...result.panel, jsOverKb: result.panel.jsOverKb + 0.5 } });
    expect(compareTable(parseTable(wrapped(stale))!, result)).toEqual([expect.stringContaining('panel js')]);
    expect(parseTable('# no markers here')).toBeNull();
    expect(() => replaceSection('# no markers here', 'x')).toThrow(/markers/);
  });

  it('README.md shows the measured all-in cost (within 0.2 kB)', () => {
    const figures = parseTable(readReadme());
    if (!figures) throw new Error(`README.md has no ${README_START} … ${README_END} section: add the markers and run \`node scripts/weight.mjs --save\``);
    const problems = compareTable(figures, result);
    expect(problems, `README all-in table is stale: run \`node scripts/weight.mjs --save\`\n${problems.join('\n')}`).toEqual([]);
  });
});
