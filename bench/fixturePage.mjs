// Shared by profile.mjs and trace.mjs: the unminified fixture build, a static server for it, a
// Chromium page with one variant mounted on demand (`&manual`), and the scripted phases.
import http from 'node:http';
import path from 'node:path';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { installProbe } from './probe.js';
import { ICON_PNG } from './icon.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
// Its own output folder, so a profile can be taken while bench/run.mjs serves bench/dist.
const dist = path.join(here, 'dist-profile');

/** Builds the fixture unminified (readable names) into bench/dist-profile. */
export async function buildProfileDist() {
  process.env.BENCH_MINIFY = '0';
  const { build } = await import('vite');
  await build({ configFile: path.join(here, 'fixture/vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}

/** True once bench/dist-profile holds a build. */
export const hasProfileDist = () => existsSync(path.join(dist, 'index.html'));

/**
 * Serves bench/dist-profile on 127.0.0.1 and opens the fixture for `variant` and `n` in headless
 * Chromium (Steam icons answered with a PNG, everything else off the machine refused), not yet mounted.
 */
export async function openFixture(variant, n) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dist, url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) =>
      /steamstatic\.com|akamaihd\.net/.test(route.request().url())
        ? route.fulfill({ status: 200, contentType: 'image/png', headers: { 'cache-control': 'max-age=3600' }, body: ICON_PNG })
        : route.abort(),
  );
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const frames = (k = 2) => page.evaluate((k) => new Promise((r) => { const s = (l) => (l ? requestAnimationFrame(() => s(l - 1)) : setTimeout(r, 0)); s(k); }), k);
  const toggle = (k) => page.locator('[data-bench=grid] [data-slot=item-card-toggle]:not([aria-disabled])').nth(k);

  await page.goto(`${origin}/index.html?variant=${variant}&n=${n}&manual`);
  await page.waitForFunction(() => typeof window.__bench?.start === 'function');
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { browser, context, page, frames, toggle, close };
}

/** Mounts the fixture and puts the page where `phase` starts (nothing for `mount`). */
export async function prepare({ page, frames, toggle }, phase) {
  if (phase === 'mount') return;
  await page.evaluate(() => window.__bench.start());
  await page.waitForFunction(() => window.__bench.mounted);
  await toggle(0).click();
  await toggle(0).click();
  if (phase === 'search') await page.locator('[data-bench=search]').click();
  if (phase === 'price') await page.locator('[data-bench=min-price]').click();
  if (phase === 'sort') await page.locator('[data-bench=sort]').focus();
  if (phase === 'dialog') await page.locator('[data-bench=select-all]').click();
  await frames(3);
}

/** Runs one phase's script; `settleToggles` waits two frames after each toggle. */
export async function runPhase({ page, frames, toggle }, phase, { settleToggles = false } = {}) {
  switch (phase) {
    case 'mount':
      await page.evaluate(() => window.__bench.start());
      await page.waitForFunction(() => window.__bench.mounted, null, { timeout: 120_000 });
      break;
    case 'toggle':
      for (let k = 1; k <= 5; k++) {
        await toggle(k).click();
        if (settleToggles) await frames();
      }
      break;
    case 'selectAll':
      for (let k = 0; k < 2; k++) {
        await page.locator('[data-bench=select-all]').click();
        await frames();
        await page.locator('[data-bench=clear]').click();
        await frames();
      }
      break;
    case 'search':
      for (let k = 0; k < 2; k++) {
        await page.keyboard.press('k');
        await frames(6);
        await page.keyboard.press('Backspace');
        await frames(6);
      }
      break;
    case 'sort':
      for (let k = 0; k < 2; k++) {
        await page.keyboard.press('ArrowDown');
        await frames();
        await page.keyboard.press('ArrowUp');
        await frames();
      }
      break;
    case 'price':
      for (let k = 0; k < 2; k++) {
        await page.keyboard.press('5');
        await frames();
        await page.keyboard.press('Backspace');
        await frames();
      }
      break;
    case 'dialog':
      for (let k = 0; k < 2; k++) {
        await page.locator('[data-slot=deposit-dialog-trigger]').click();
        await page.locator('[data-slot=deposit-dialog-content]').waitFor();
        await frames();
        await page.keyboard.press('Escape');
        await page.locator('[data-slot=deposit-dialog-content]').waitFor({ state: 'detached' });
        await frames();
      }
      break;
    default:
      throw new Error(`unknown phase ${phase}`);
  }
  await frames(3);
}
