// examples/next, built from the packed package (`next build`, once without the mock flag, then
// with it), served by `next start` and driven in Chromium; plus lib/clientToken.ts against a fake
// AssetPay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getClientToken } from '../../examples/next/lib/clientToken.js';
import { EXAMPLES, ROOT, depositTwoItems, freePort, installPacked, launchBrowser, openPage, run, serve, type Served } from './harness.js';

const cwd = join(EXAMPLES, 'next');
const nextBin = join(ROOT, 'node_modules/next/dist/bin/next');
const env = { NEXT_PUBLIC_ASSETPAY_MOCK: '1', NEXT_TELEMETRY_DISABLED: '1' };
/** What the mock bundle (our startMockWorker, msw/browser) contains and the app code does not. */
const MSW_CODE = /mockServiceWorker|setupWorker/;

let server: Served;
let browser: Browser;
/** Browser files of the build without the flag that hold mock code. */
let mockInFlagOffBuild: string[];

/** The browser files of the last build (.next/static) whose code matches `pattern`. */
function staticFilesMatching(pattern: RegExp): string[] {
  const folder = join(cwd, '.next/static');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && pattern.test(readFileSync(join(folder, file), 'utf8')));
}

beforeAll(async () => {
  installPacked('next');
  // First as a production deploy builds, without the flag (undefined: not passed at all; the
  // example's .env defines it empty): the mock must not even be bundled.
  let started = performance.now();
  await run(process.execPath, [nextBin, 'build'], { cwd, env: { ...env, NEXT_PUBLIC_ASSETPAY_MOCK: undefined } });
  const flagOff = performance.now() - started;
  mockInFlagOffBuild = staticFilesMatching(MSW_CODE);
  started = performance.now();
  await run(process.execPath, [nextBin, 'build'], { cwd, env });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`examples/next: next build took ${seconds(performance.now() - started)} with the mock flag (${seconds(flagOff)} without)`);
  const port = await freePort();
  server = await serve(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd, env, url: `http://127.0.0.1:${port}` });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const html = async (path: string) => (await fetch(server.url + path)).text();
const scriptsOf = (page: string) => [...page.matchAll(/<script src="([^"]+)"/g)].map((match) => new URL(match[1]!, server.url).href);
/** The inventory is on screen: the page hydrated, the mock worker started and answered. */
const inventoryShown = (page: Page) =>
  page.getByRole('grid', { name: 'Inventory' }).locator('[data-slot=item-card-toggle]').first().waitFor({ timeout: 30_000 });

describe('examples/next', () => {
  it('server-renders the panel shell and the money line, and hydrates without a console problem', async () => {
    const page = await html('/');
    expect(page).toContain('data-slot="deposit-panel"');
    // formatCents(toCents(12.5)) ran in the Server Component (react-assetpay's react-server entry).
    expect(page).toMatch(/in US dollars to the cent \(e\.g\. (<!-- -->)?\$12\.50/);

    const { page: tab, problems, close } = await openPage(browser, `${server.url}/`);
    await inventoryShown(tab);
    expect(problems.messages).toEqual([]);
    await close();
  });

  for (const path of ['/', '/shop/deposit']) {
    it(`deposits two items on ${path} and follows the trade, through the worker at the site root`, async () => {
      const { page, problems, close } = await openPage(browser, server.url + path);
      const { first, later } = await depositTwoItems(page);
      expect(later).not.toBe(first);
      const worker = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL);
      expect(worker).toBe(`${server.url}/mockServiceWorker.js`);
      expect(problems.messages).toEqual([]);
      await close();
    });
  }

  it('leaves the mock out of a build without the flag', () => {
    expect(mockInFlagOffBuild).toEqual([]);
    // The same scan finds it in the flag-on build, so an empty list above means something.
    expect(staticFilesMatching(MSW_CODE).length).toBeGreaterThan(0);
  });

  it('keeps the mock out of the initial scripts of the flag-on build and loads it on demand', async () => {
    const initial = scriptsOf(await html('/'));
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) expect(await (await fetch(src)).text(), src).not.toMatch(MSW_CODE);

    const { page, close } = await openPage(browser, `${server.url}/`);
    await inventoryShown(page);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    const lazy = loaded.filter((src) => src.includes('/_next/static/') && !initial.includes(src));
    const bodies = await Promise.all(lazy.map(async (src) => (await fetch(src)).text()));
    expect(bodies.some((body) => MSW_CODE.test(body))).toBe(true);
    await close();
  });

  it('answers a stub token from /api/assetpay-token in mock mode, uncached', async () => {
    const response = await fetch(`${server.url}/api/assetpay-token`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toEqual({ token: 'mock-token' });
  });
});

describe('examples/next lib/clientToken', () => {
  const apiKey = 'ap_test_secret_key';
  const steamId = '76561198000000001';
  const tradeUrl = 'https://steamcommunity.com/tradeoffer/new/?partner=39734273&token=AbCd_-12';
  const fake = setupServer();
  beforeAll(() => fake.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => fake.resetHandlers());
  afterAll(() => fake.close());

  it('POSTs the user to /auth/authenticate-client with the api-key header and returns data.token', async () => {
    const seen: { headers: Headers; body: unknown }[] = [];
    fake.use(
      http.post('https://api.assetpay.co/auth/authenticate-client', async ({ request }) => {
        seen.push({ headers: request.headers, body: await request.json() });
        return HttpResponse.json({ requestId: 'r1', success: true, data: { token: 'jwt-for-user' } });
      }),
    );
    expect(await getClientToken({ apiKey, steamId, tradeUrl, clientId: 'user-42' })).toBe('jwt-for-user');
    expect(await getClientToken({ apiKey, steamId, tradeUrl })).toBe('jwt-for-user');
    expect(seen[0]!.headers.get('api-key')).toBe(apiKey);
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(seen[0]!.body).toEqual({ clientSteamId: steamId, clientTradeUrl: tradeUrl, clientId: 'user-42' });
    expect(seen[1]!.body).toEqual({ clientSteamId: steamId, clientTradeUrl: tradeUrl });
  });

  it('uses baseUrl, and fails on 401 with the status and error key but never the API key', async () => {
    fake.use(
      http.post('https://api.assetpay.gg/auth/authenticate-client', () =>
        HttpResponse.json(
          { requestId: 'r2', success: false, error: { code: 1401, key: 'INVALID_API_KEY', message: `Invalid API key ${apiKey}` } },
          { status: 401 },
        ),
      ),
    );
    const error = await getClientToken({ apiKey, steamId, tradeUrl, baseUrl: 'https://api.assetpay.gg' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/401 INVALID_API_KEY/);
    expect(String((error as Error).stack)).not.toContain(apiKey);
  });
});
