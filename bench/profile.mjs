#!/usr/bin/env node
// CPU profile of one fixture page: `node bench/profile.mjs [variant] [n] [phase]`, phase =
// mount (default) | toggle | selectAll | search | sort | price | dialog. Builds unminified (readable
// names) into bench/dist-profile unless BENCH_SKIP_BUILD=1, prints the hottest functions by self time
// and by total time, and writes bench/results/<variant>-<n>-<phase>.cpuprofile (open it in
// Chrome DevTools › Performance).
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildProfileDist, here, openFixture, prepare, runPhase } from './fixturePage.mjs';

const [variant = 'ours', nArg = '20000', phase = 'mount'] = process.argv.slice(2);
const n = Number(nArg);

if (process.env.BENCH_SKIP_BUILD !== '1') await buildProfileDist();
const fixture = await openFixture(variant, n);
const { page, context } = fixture;
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await prepare(fixture, phase);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
await cdp.send('Profiler.start');
const t0 = Date.now();
await runPhase(fixture, phase);
const wall = Date.now() - t0;
const { profile } = await cdp.send('Profiler.stop');
const after = await metrics();
const delta = (k) => ((after[k] - before[k]) * 1000).toFixed(0);
console.log(`main thread during the phase (ms): task ${delta('TaskDuration')}, script ${delta('ScriptDuration')}, style ${delta('RecalcStyleDuration')} (${after.RecalcStyleCount - before.RecalcStyleCount}×), layout ${delta('LayoutDuration')} (${after.LayoutCount - before.LayoutCount}×)`);
const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs, dataMs: window.__bench.dataMs, longtasks: window.__probe.longtasks.slice(-8) }));
await fixture.close();

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
