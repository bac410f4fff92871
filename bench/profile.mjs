#!/usr/bin/env node
// CPU profile of one fixture page: `node bench/profile.mjs [variant] [n] [phase]`, phase =
// mount (default) | toggle | selectAll | search | sort | price | dialog. Builds unminified (readable
// names) into bench/dist-profile unless BENCH_SKIP_BUILD=1, prints the hottest functions by self time
// and by total time, and writes bench/results/<variant>-<n>-<phase>.cpuprofile (open it in
// Chrome DevTools › Performance).
import http from 'node:http';
import path from 'node:path';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { installProbe } from './probe.js';
import { ICON_PNG } from './icon.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// Its own output folder, so a profile can be taken while bench/run.mjs serves bench/dist.
const dist = path.join(here, 'dist-profile');
const [variant = 'ours', nArg = '20000', phase = 'mount'] = process.argv.slice(2);
const n = Number(nArg);

if (process.env.BENCH_SKIP_BUILD !== '1') {
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
const cdp = await context.newCDPSession(page);
const frames = (k = 2) => page.evaluate((k) => new Promise((r) => { const s = (l) => (l ? requestAnimationFrame(() => s(l - 1)) : setTimeout(r, 0)); s(k); }), k);

await page.goto(`${origin}/index.html?variant=${variant}&n=${n}&manual`);
await page.waitForFunction(() => typeof window.__bench?.start === 'function');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });

const toggle = (k) => page.locator('[data-bench=grid] [data-slot=item-card-toggle]:not([aria-disabled])').nth(k);
if (phase !== 'mount') {
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
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
await cdp.send('Profiler.start');
const t0 = Date.now();
switch (phase) {
  case 'mount':
    await page.evaluate(() => window.__bench.start());
    await page.waitForFunction(() => window.__bench.mounted, null, { timeout: 120_000 });
    break;
  case 'toggle':
    for (let k = 1; k <= 5; k++) await toggle(k).click();
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
const wall = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const after = await metrics();
const delta = (k) => ((after[k] - before[k]) * 1000).toFixed(0);
console.log(`main thread during the phase (ms): task ${delta('TaskDuration')}, script ${delta('ScriptDuration')}, style ${delta('RecalcStyleDuration')} (${after.RecalcStyleCount - before.RecalcStyleCount}×), layout ${delta('LayoutDuration')} (${after.LayoutCount - before.LayoutCount}×)`);
const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs, dataMs: window.__bench.dataMs, longtasks: window.__probe.longtasks.slice(-8) }));
await browser.close();
server.close();

const resultsDir = path.join(here, 'results');
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${variant}-${n}-${phase}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

// Self and total (inclusive) time per function.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const name = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;
};
const self = new Map();
const total = new Map();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const node = byId.get(id);
  self.set(name(node), (self.get(name(node)) ?? 0) + ms);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + ms);
  }
});
const busy = [...self.entries()].filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k)).reduce((a, [, v]) => a + v, 0);
const top = (map, k) => [...map.entries()].filter(([key]) => !/^\((idle|root)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, k);
console.log(`${variant} n=${n} ${phase}: wall ${wall} ms, JS busy ${busy.toFixed(0)} ms (sampled), mount ${info.mountMs?.toFixed(1)} ms, data ${info.dataMs?.toFixed(0)} ms`);
console.log('long tasks (last 8):', info.longtasks.map((t) => Math.round(t.dur)).join(', '));
console.log('\nSelf time:');
for (const [key, ms] of top(self, 20)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
console.log('\nTotal time:');
for (const [key, ms] of top(total, 30)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
console.log(`\n→ ${path.relative(process.cwd(), file)}`);
