// examples/vite, built from the packed package and driven in Chromium: a mock build on React 19,
// the same on React 18, and a production build that must carry no MSW code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview, type AliasOptions, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, depositTwoItems, freePort, installPacked, launchBrowser, openPage, run } from './harness.js';

const example = join(EXAMPLES, 'vite');
const configFile = join(example, 'vite.config.ts');
const react18 = join(ROOT, 'test/react18/node_modules');
/** What MSW's browser code and its worker file contain, and nothing else in the bundle does. */
const MSW_CODE = /mockServiceWorker|setupWorker|\[MSW\]|msw\//;

/** Every file a build wrote, relative to its outDir. */
function emitted(outDir: string): string[] {
  const root = join(example, outDir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function readEmitted(outDir: string, file: string): string {
  return readFileSync(join(example, outDir, file), 'utf8');
}

/**
 * `vite build` of the example in this process, in ms. Vite reads NODE_ENV (vitest sets 'test',
 * which would bundle React's development build) and VITE_* from process.env, so both are set for
 * the build and put back after.
 */
async function buildExample(outDir: string, options: { mock: boolean; alias?: AliasOptions }): Promise<number> {
  const saved = { NODE_ENV: process.env.NODE_ENV, VITE_ASSETPAY_MOCK: process.env.VITE_ASSETPAY_MOCK };
  process.env.NODE_ENV = 'production';
  if (options.mock) process.env.VITE_ASSETPAY_MOCK = '1';
  else delete process.env.VITE_ASSETPAY_MOCK;
  const started = performance.now();
  try {
    await build({ root: example, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true }, resolve: { alias: options.alias ?? {} } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return Math.round(performance.now() - started);
}

/** `vite preview` of a build on 127.0.0.1 and a free port, with the example's config (and so its token route). */
async function previewExample(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({ root: example, configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}`, server };
}

const variants: { name: string; outDir: string; react: string; alias?: AliasOptions }[] = [
  { name: 'React 19', outDir: 'dist', react: '19.3.1' },
  {
    name: 'React 18',
    outDir: 'dist-react18',
    react: '18.3.1',
    // Only here, not in the example: the same app bundled with React 18.
    alias: { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') },
  },
];

let browser: Browser;
const servers = new Map<string, { url: string; server: PreviewServer }>();

beforeAll(async () => {
  installPacked('vite');
  const times: Record<string, number> = {};
  for (const variant of variants) times[`${variant.name}, mock`] = await buildExample(variant.outDir, { mock: true, alias: variant.alias });
  times['React 19, production'] = await buildExample('dist-production', { mock: false });
  console.log(`examples/vite build times (ms): ${JSON.stringify(times)}`);
  for (const variant of variants) servers.set(variant.outDir, await previewExample(variant.outDir));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map(({ server }) => server.close()));
});

it('typechecks against the packed package', async () => {
  await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', example], { cwd: example });
});

it('keeps MSW and its worker out of the production build', () => {
  const files = emitted('dist-production');
  expect(files).toContain('index.html');
  expect(files).not.toContain('mockServiceWorker.js');
  expect(files.filter((file) => MSW_CODE.test(readEmitted('dist-production', file)))).toEqual([]);
  // The check finds MSW where it is: the mock build has it, on demand, and the worker.
  expect(emitted('dist').filter((file) => MSW_CODE.test(readEmitted('dist', file)))).toContain('mockServiceWorker.js');
  expect(readEmitted('dist', 'index.html')).not.toMatch(MSW_CODE);
});

describe.each(variants)('$name', ({ outDir, react }) => {
  const url = () => servers.get(outDir)!.url;

  it(`bundles React ${react}`, () => {
    // react-dom carries its version as a string literal; Rolldown may quote it with backticks.
    const versions = new Set<string>();
    for (const file of emitted(outDir).filter((name) => name.endsWith('.js'))) {
      for (const [, version] of readEmitted(outDir, file).matchAll(/["'`](1[89]\.\d+\.\d+)["'`]/g)) versions.add(version!);
    }
    expect([...versions]).toEqual([react]);
  });

  it('answers the stub token on GET /api/assetpay-token', async () => {
    const response = await fetch(`${url()}/api/assetpay-token`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ token: 'stub-client-token' });
  });

  it('serves /shop/deposit/ from its own HTML entry', async () => {
    const response = await fetch(`${url()}/shop/deposit/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readEmitted(outDir, 'shop/deposit/index.html'));
  });

  it.each(['/', '/shop/deposit/'])('loads %s and deposits two items, with a clean console', async (path) => {
    const { page, problems, close } = await openPage(browser, url() + path);
    try {
      // The inventory came through the mock worker: nothing went wrong on the way.
      await page.getByRole('grid', { name: 'Inventory' }).locator('[data-slot=item-card-toggle]').first().waitFor({ timeout: 30_000 });
      expect(problems.messages).toEqual([]);
      const { first, later } = await depositTwoItems(page);
      expect(first).not.toBe('');
      expect(later).not.toBe(first);
      expect(problems.messages).toEqual([]);
    } finally {
      await close();
    }
  });
});
