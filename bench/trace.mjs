#!/usr/bin/env node
// Chrome trace of one fixture phase, summarised as main-thread self time per trace event
// (script, compile, style, layout, paint, GC …): `node bench/trace.mjs [variant] [n] [phase]`,
// phases as in profile.mjs (mount | toggle | selectAll | search | sort). Where a CPU profile
// shows "(program)", this tells what it is. Serves bench/dist-profile (build it with
// `node bench/profile.mjs` first, or pass BENCH_BUILD=1). Writes bench/results/<variant>-<n>-<phase>.trace.json.
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildProfileDist, hasProfileDist, here, openFixture, prepare, runPhase } from './fixturePage.mjs';

const [variant = 'ours', nArg = '20000', phase = 'mount'] = process.argv.slice(2);
const n = Number(nArg);

if (process.env.BENCH_BUILD === '1' || !hasProfileDist()) await buildProfileDist();
const fixture = await openFixture(variant, n);
const { browser, page } = fixture;
await prepare(fixture, phase);
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'cc', 'gpu'];
await browser.startTracing(page, { categories });
const t0 = Date.now();
await runPhase(fixture, phase, { settleToggles: true });
const wall = Date.now() - t0;
const buffer = await browser.stopTracing();
const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs }));
await fixture.close();

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
