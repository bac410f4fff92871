#!/usr/bin/env node
// Grid benchmark: builds bench/fixture (production), serves it on 127.0.0.1, and drives headless
// Chromium through every N × variant × repetition with real (trusted) Playwright input.
// Writes bench/results/latest.json and bench/results/latest.md (`--save` also bench/RESULTS.md).
//
// Env: BENCH_REPS (default 5), BENCH_N (default 1000,5000,20000), BENCH_VARIANTS
// (default ours,naive,virtuoso,floor; floor = the first screen as static DOM, no React), BENCH_SEED (default 1), BENCH_SKIP_BUILD=1, BENCH_MINIFY=0
// (readable names for profiles), BENCH_PROFILE=1 (CPU profile of `ours` at the largest N,
// first repetition, written next to the results with its hottest functions printed),
// BENCH_SCENARIOS=toggle,sort (only these scenarios: quick A/B runs while tuning), BENCH_DIST=dir
// (serve that build instead of building bench/dist), BENCH_OUT=name (write results/<name>.json/.md).
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { installProbe } from './probe.js';
import { ICON_PNG } from './icon.mjs';
import { summarise, renderMarkdown } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// BENCH_DIST: serve another build of the fixture (e.g. of an older tree, for before/after runs).
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(here, 'dist');
const resultsDir = path.join(here, 'results');

const REPS = Number(process.env.BENCH_REPS ?? 5);
const NS = (process.env.BENCH_N ?? '1000,5000,20000').split(',').map(Number).filter(Boolean);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'ours,naive,virtuoso,floor').split(',').filter(Boolean);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Only these scenarios (comma list of warmup-free names: toggle, selectAll, search, price, scroll, sort); default all. */
const SCENARIOS = process.env.BENCH_SCENARIOS ? new Set(process.env.BENCH_SCENARIOS.split(',').map((s) => s.trim())) : null;
const SAVE = process.argv.includes('--save');
/** One scenario may take this long; past it the cell records '> 10 s' and its page is dropped. */
const SCENARIO_TIMEOUT = 10_000;
/** Floor is the first screen only: nothing to scroll to, and no deposit dialog. */
const STATIC_VARIANTS = ['floor'];
/** Naive is not virtualised: its 20k scroll would take minutes and measures nothing new. */
const NAIVE_SCROLL_MAX_N = 5000;
/** Naive at 20k costs ~1 min a repetition: it runs at most this many repetitions. */
const NAIVE_REPS = Number(process.env.BENCH_NAIVE_REPS ?? 3);
const SCROLL_FRAMES = 90;
/** Samples per scenario and page. Naive gets fewer: each of its interactions takes seconds. */
const PLAN = {
  default: { toggles: 5, selectRounds: 2, searchRounds: 3, sortRounds: 1, priceRounds: 1 },
  naive: { toggles: 3, selectRounds: 1, searchRounds: 2, sortRounds: 1, priceRounds: 1 },
};
const SCROLL_STEP = 300;

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

// ---------------------------------------------------------------- build and serve

async function buildFixture() {
  if ((process.env.BENCH_SKIP_BUILD === '1' || process.env.BENCH_DIST) && existsSync(path.join(dist, 'index.html'))) return;
  const { build } = await import('vite');
  const started = Date.now();
  await build({ configFile: path.join(here, 'fixture/vite.config.ts'), logLevel: 'warn' });
  log(`fixture built in ${Date.now() - started} ms`);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Steam CDN icons are answered locally with one small PNG (Steam serves raster images; an SVG
// would be decoded as a document of its own on the main thread): no request leaves the machine.
const STEAM_HOSTS = ['community.cloudflare.steamstatic.com', 'community.akamai.steamstatic.com', 'community.fastly.steamstatic.com', 'steamcommunity-a.akamaihd.net'];

// ---------------------------------------------------------------- page helpers

const nextFrames = (page, count = 2) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (left) => (left === 0 ? setTimeout(resolve, 0) : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Timeout extends Error {}
function withTimeout(promise, ms = SCENARIO_TIMEOUT) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout(`> ${ms / 1000} s`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * One interaction: note the time, act with trusted input, wait two frames (and, for list
 * changes, until the new list is painted), then read the probe. Returns
 * { dur (Event Timing ms, null = < 16), proc, js, results? }.
 */
async function interaction(page, act, { waitCommit = false, timeout = SCENARIO_TIMEOUT } = {}) {
  const t0 = await page.evaluate(() => performance.now());
  await withTimeout(
    (async () => {
      await act();
      await nextFrames(page, 2);
      if (waitCommit) {
        await page.waitForFunction((t) => window.__bench.commits.some((c) => c.t >= t && c.painted !== undefined), t0, { polling: 'raf', timeout: SCENARIO_TIMEOUT });
      }
      await nextFrames(page, 1);
    })(),
    timeout,
  );
  return page.evaluate(
    ({ t, waitCommit }) => {
      const sample = window.__probe.collect(t);
      if (waitCommit) {
        const commit = window.__bench.commits.find((c) => c.t >= t && c.painted !== undefined);
        sample.results = commit && sample.inputAt !== null ? commit.painted - sample.inputAt : null;
        sample.count = commit?.count;
      }
      return sample;
    },
    { t: t0, waitCommit },
  );
}

const enabledToggle = (page, nth) => page.locator('[data-bench=grid] [data-slot=item-card-toggle]:not([aria-disabled])').nth(nth);

// ---------------------------------------------------------------- one cell

async function runCell(browser, origin, { variant, n, rep, profile }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const host = new URL(route.request().url()).hostname;
      if (STEAM_HOSTS.includes(host)) {
        return route.fulfill({ status: 200, contentType: 'image/png', headers: { 'cache-control': 'max-age=3600' }, body: ICON_PNG });
      }
      return route.abort();
    },
  );
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const cell = { variant, n, rep, scenarios: {}, skipped: [], errors };
  const plan = PLAN[variant] ?? PLAN.default;
  const record = (name, sample) => (cell.scenarios[name] ??= []).push(sample);
  let dead = false;
  /** Runs one scenario; on timeout records '> 10 s' and stops the cell. */
  const scenario = async (name, fn) => {
    if (dead || (SCENARIOS && name !== 'warmup' && !SCENARIOS.has(name))) return;
    try {
      await fn();
    } catch (error) {
      if (error instanceof Timeout) {
        record(name, { timeout: true });
        dead = true;
        log(`  ${variant} n=${n}: ${name} timed out (> ${SCENARIO_TIMEOUT / 1000} s), rest of the cell skipped`);
      } else {
        errors.push(`${name}: ${error?.message ?? error}`);
        log(`  ${variant} n=${n}: ${name} failed: ${String(error?.message ?? error).split('\n')[0]}`);
      }
    }
  };

  try {
    // `ours@flag` (tuning experiments): variant `ours` with `?x=flag` for the fixture.
    const [base, ...flags] = variant.split('@');
    await page.goto(`${origin}/index.html?variant=${base}&n=${n}&seed=${SEED}${flags.length ? `&x=${flags.join(',')}` : ''}`);
    await page.waitForFunction(() => window.__bench?.mounted || window.__bench?.error, null, { timeout: 120_000, polling: 100 });
    const bench = await page.evaluate(() => ({ ...window.__bench, commits: undefined }));
    if (bench.error) throw new Error(bench.error);
    cell.dataMs = bench.dataMs;
    cell.mount = bench.mountMs;
    await nextFrames(page, 2);
    // Heap and DOM right after the mount: same state for every variant (nothing selected or
    // filtered, no search cache), and still measurable where a later scenario hits its time box.
    await measureHeap(page, cdp, cell);
    const mountedAt = await page.evaluate(() => performance.now());
    if (variant === 'data') return cell;

    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }

    // Warm-up: one throwaway toggle on and off (first interaction after load is slower).
    // Not a measurement: a generous time box (naive at 20,000 needs seconds per toggle).
    await scenario('warmup', async () => {
      await interaction(page, () => enabledToggle(page, 0).click(), { timeout: 60_000 });
      await interaction(page, () => enabledToggle(page, 0).click(), { timeout: 60_000 });
    });

    await scenario('toggle', async () => {
      for (let k = 1; k <= plan.toggles; k++) record('toggle', await interaction(page, () => enabledToggle(page, k).click()));
    });

    await scenario('selectAll', async () => {
      for (let round = 0; round < plan.selectRounds; round++) {
        record('selectAll', await interaction(page, () => page.locator('[data-bench=select-all]').click()));
        if (round === 0 && variant !== 'naive' && !STATIC_VARIANTS.includes(variant)) {
          const trigger = page.locator('[data-slot=deposit-dialog-trigger]');
          record('dialog', await interaction(page, () => trigger.click()));
          await page.locator('[data-slot=deposit-dialog-content]').waitFor({ state: 'visible', timeout: SCENARIO_TIMEOUT });
          cell.dialogLines = await page.locator('[data-slot=deposit-dialog-content] tbody tr').count();
          await page.keyboard.press('Escape');
          await page.locator('[data-slot=deposit-dialog-content]').waitFor({ state: 'detached', timeout: SCENARIO_TIMEOUT });
          await nextFrames(page, 2);
        }
        cell.selectedAfterSelectAll = await page.evaluate(() => document.querySelector('[data-bench=status]')?.textContent);
        record('clear', await interaction(page, () => page.locator('[data-bench=clear]').click()));
      }
    });

    await scenario('search', async () => {
      await page.locator('[data-bench=search]').click();
      await nextFrames(page, 2);
      // The first keystroke is also kept on its own: it pays for any per-item caches.
      for (let round = 0; round < plan.searchRounds; round++) {
        const sample = await interaction(page, () => page.keyboard.press('k'), { waitCommit: true });
        if (round === 0) record('searchFirst', sample);
        record('search', sample);
        record('searchBackspace', await interaction(page, () => page.keyboard.press('Backspace'), { waitCommit: true }));
      }
    });

    await scenario('price', async () => {
      await page.locator('[data-bench=min-price]').click();
      await nextFrames(page, 2);
      for (let round = 0; round < plan.priceRounds; round++) {
        record('price', await interaction(page, () => page.keyboard.press('5'), { waitCommit: true }));
        record('price', await interaction(page, () => page.keyboard.press('Backspace'), { waitCommit: true }));
      }
    });

    const interactionsEnd = await page.evaluate(() => performance.now());

    if ((variant === 'naive' && n > NAIVE_SCROLL_MAX_N) || STATIC_VARIANTS.includes(variant)) cell.skipped.push('scroll');
    else await scenario('scroll', () => withTimeout(scroll(page, cell), 60_000));

    // Sort last: reordering every card is what the naive grid time-boxes on.
    const sortStart = await page.evaluate(() => performance.now());
    await scenario('sort', async () => {
      await page.locator('[data-bench=sort]').focus();
      for (let round = 0; round < plan.sortRounds; round++) {
        record('sort', await interaction(page, () => page.keyboard.press('ArrowDown'), { waitCommit: true }));
        record('sort', await interaction(page, () => page.keyboard.press('ArrowUp'), { waitCommit: true }));
      }
    });

    // Long tasks and LoAFs during the interactions: mount → scroll, and the sort changes.
    cell.jank = await withTimeout(
      page.evaluate(
      ({ t0, t1, t2 }) => {
        const [a, b] = [window.__probe.jank(t0, t1), window.__probe.jank(t2)];
        return Object.fromEntries(Object.keys(a).map((k) => [k, k === 'longestLoaf' ? Math.max(a[k], b[k]) : a[k] + b[k]]));
      },
      { t0: mountedAt, t1: interactionsEnd, t2: sortStart },
      ),
      30_000,
    ).catch(() => undefined);

    if (profile) {
      const { profile: cpuProfile } = await cdp.send('Profiler.stop');
      cell.profile = cpuProfile;
    }
    if (!dead) cell.domNodesAtEnd = await page.evaluate(() => document.getElementsByTagName('*').length);
  } catch (error) {
    errors.push(String(error?.message ?? error));
    log(`  ${variant} n=${n} rep=${rep}: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return cell;
}

async function scroll(page, cell) {
  // Focus nothing in particular and put the mouse over the grid's scroll area.
  await page.locator('[data-bench=grid]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-bench=grid]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 560) / 2);
  await nextFrames(page, 2);
  const t0 = await page.evaluate(() => {
    window.__probe.startFrames();
    return performance.now();
  });
  // One wheel step per 60 Hz frame: each step waits for the renderer to take the previous one
  // (Playwright resolves wheel() when Chromium has handled the event) and for ~16.7 ms.
  const t = Date.now();
  for (let i = 0; i < SCROLL_FRAMES; i++) {
    await Promise.all([page.mouse.wheel(0, SCROLL_STEP), sleep(1000 / 60)]);
  }
  cell.scrollWallMs = Date.now() - t;
  await nextFrames(page, 2);
  cell.scroll = await page.evaluate((t) => {
    const frames = window.__probe.stopFrames();
    const jank = window.__probe.jank(t);
    const scroller = [...document.querySelectorAll('[data-bench=grid] *')].find((el) => el.scrollHeight > el.clientHeight + 10);
    return { ...frames, ...jank, scrollTop: scroller?.scrollTop ?? 0 };
  }, t0);
}

async function measureHeap(page, cdp, cell) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await nextFrames(page, 2);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  cell.heapMB = metric('JSHeapUsedSize') / 2 ** 20;
  cell.cdpNodes = metric('Nodes');
  cell.listeners = metric('JSEventListeners');
  cell.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
}

// ---------------------------------------------------------------- CPU profile summary

function hotFunctions(profile, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10, pct: Math.round((ms / total) * 1000) / 10 }));
}

// ---------------------------------------------------------------- hook pipeline

/** The hook pipeline's check from the last `vitest bench` run (bench/results/hooks-pipeline.json), if any. */
function hookPipeline() {
  const file = path.join(resultsDir, 'hooks-pipeline.json');
  if (!existsSync(file)) return undefined;
  try {
    return { file: path.relative(process.cwd(), file), ...JSON.parse(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The per-phase mount breakdown from the last `node bench/trace.mjs --runs` (bench/results/mount-phases.json), if any. */
function mountPhases() {
  const file = path.join(resultsDir, 'mount-phases.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).report;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- main

function shuffled(list, seed) {
  const copy = [...list];
  let s = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function main() {
  const started = Date.now();
  await buildFixture();
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChromium();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const meta = {
    date: new Date().toISOString(),
    dist: process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : 'bench/dist (this tree)',
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
    executablePath,
    reps: REPS,
    naiveReps: Math.min(REPS, NAIVE_REPS),
    ns: NS,
    variants: VARIANTS,
    seed: SEED,
    viewport: '1280×900',
    scenarioTimeoutMs: SCENARIO_TIMEOUT,
    // Other work on the machine skews absolute numbers (ratios less so): recorded to tell.
    loadBefore: os.loadavg()[0],
  };
  log(`Chromium ${meta.chromium}, ${meta.cores}× ${meta.cpu}; N=${NS.join('/')}, variants=${VARIANTS.join('/')}, reps=${REPS}`);

  const cells = [];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const n of NS) {
        const order = shuffled(VARIANTS, SEED * 1000 + rep * 31 + n).filter((v) => v !== 'naive' || rep < NAIVE_REPS);
        // The data-only page (items in memory, nothing rendered) is the heap baseline: once per N.
        if (rep === 0) order.push('data');
        for (const variant of order) {
          const t = Date.now();
          const profile = PROFILE && rep === 0 && variant === 'ours' && n === Math.max(...NS);
          const cell = await runCell(browser, origin, { variant, n, rep, profile });
          if (cell.profile) {
            mkdirSync(resultsDir, { recursive: true });
            const file = path.join(resultsDir, `ours-${n}.cpuprofile`);
            writeFileSync(file, JSON.stringify(cell.profile));
            cell.hotFunctions = hotFunctions(cell.profile);
            delete cell.profile;
            log(`  CPU profile → ${path.relative(process.cwd(), file)}; hottest (self ms):`);
            for (const f of cell.hotFunctions.slice(0, 15)) log(`    ${String(f.ms).padStart(8)} ms ${String(f.pct).padStart(5)} %  ${f.name}`);
          }
          cells.push(cell);
          log(`rep ${rep + 1}/${REPS} n=${n} ${variant.padEnd(8)} ${((Date.now() - t) / 1000).toFixed(1)} s` + (cell.errors.length ? `  errors: ${cell.errors.length}` : ''));
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  meta.durationS = Math.round((Date.now() - started) / 1000);
  meta.hooks = hookPipeline();
  meta.mountPhases = mountPhases();
  meta.loadAfter = os.loadavg()[0];
  const summary = summarise(cells, meta);
  const markdown = renderMarkdown(summary, meta);
  mkdirSync(resultsDir, { recursive: true });
  const out = process.env.BENCH_OUT || 'latest';
  writeFileSync(path.join(resultsDir, `${out}.json`), JSON.stringify({ meta, summary, cells }, null, 2));
  writeFileSync(path.join(resultsDir, `${out}.md`), markdown);
  if (SAVE) copyFileSync(path.join(resultsDir, `${out}.md`), path.join(here, 'RESULTS.md'));
  console.log(markdown);
  log(`done in ${meta.durationS} s → bench/results/${out}.{json,md}${SAVE ? ' and bench/RESULTS.md' : ''}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
