#!/usr/bin/env node
// Chrome trace of one fixture phase, summarised as main-thread self time per trace event
// (script, compile, style, layout, paint, GC …): `node bench/trace.mjs [variant] [n] [phase]`,
// phases as in profile.mjs (mount | toggle | selectAll | search | sort). Where a CPU profile
// shows "(program)", this tells what it is. Serves bench/dist-profile (build it with
// `node bench/profile.mjs` first, or pass BENCH_BUILD=1). Writes bench/results/<variant>-<n>-<phase>.trace.json.
import http from 'node:http';
import path from 'node:path';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { installProbe } from './probe.js';
import { ICON_PNG } from './icon.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist-profile');
const [variant = 'ours', nArg = '20000', phase = 'mount'] = process.argv.slice(2);
const n = Number(nArg);

if (process.env.BENCH_BUILD === '1' || !existsSync(path.join(dist, 'index.html'))) {
  process.env.BENCH_MINIFY = '0';
  const { build } = await import('vite');
  await build({ configFile: path.join(here, 'fixture/vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}
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
if (phase !== 'mount') {
  await page.evaluate(() => window.__bench.start());
  await page.waitForFunction(() => window.__bench.mounted);
  await toggle(0).click();
  await toggle(0).click();
  if (phase === 'search') await page.locator('[data-bench=search]').click();
  if (phase === 'sort') await page.locator('[data-bench=sort]').focus();
  await frames(3);
}
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'cc', 'gpu'];
await browser.startTracing(page, { categories });
const t0 = Date.now();
switch (phase) {
  case 'mount':
    await page.evaluate(() => window.__bench.start());
    await page.waitForFunction(() => window.__bench.mounted, null, { timeout: 120_000 });
    break;
  case 'toggle':
    for (let k = 1; k <= 5; k++) {
      await toggle(k).click();
      await frames();
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
  default:
    throw new Error(`unknown phase ${phase}`);
}
await frames(3);
const wall = Date.now() - t0;
const buffer = await browser.stopTracing();
const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs }));
await browser.close();
server.close();

const trace = JSON.parse(buffer.toString());
const events = trace.traceEvents ?? trace;
mkdirSync(path.join(here, 'results'), { recursive: true });
const file = path.join(here, 'results', `${variant}-${n}-${phase}.trace.json`);
writeFileSync(file, buffer);

// The renderer main thread: the thread named CrRendererMain with the most events.
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const count = new Map();
for (const e of events) {
  const key = `${e.pid}:${e.tid}`;
  if (mains.includes(key) && e.ph === 'X') count.set(key, (count.get(key) ?? 0) + 1);
}
const main = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
const slices = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Self time: a slice's duration minus its direct children's.
const self = new Map();
const stack = [];
const close = (until) => {
  while (stack.length && stack.at(-1).end <= until) {
    const s = stack.pop();
    self.set(s.name, (self.get(s.name) ?? 0) + s.self);
  }
};
let busy = 0;
for (const e of slices) {
  close(e.ts);
  const s = { name: e.name, end: e.ts + e.dur, self: e.dur };
  if (stack.length) stack.at(-1).self -= e.dur;
  else busy += e.dur;
  stack.push(s);
}
close(Infinity);
console.log(`${variant} n=${n} ${phase}: wall ${wall} ms, main thread busy ${(busy / 1000).toFixed(0)} ms${info.mountMs ? `, mount ${info.mountMs.toFixed(1)} ms` : ''}`);
for (const [name, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`);
console.log(`→ ${path.relative(process.cwd(), file)}`);
