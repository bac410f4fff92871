#!/usr/bin/env node
// Chrome trace of one fixture phase, summarised as main-thread self time per trace event
// (script, compile, style, layout, paint, GC …): `node bench/trace.mjs [variant] [n] [phase]`,
// phases as in profile.mjs (mount | toggle | selectAll | search | sort). Where a CPU profile
// shows "(program)", this tells what it is. Serves bench/dist-profile (build it with
// `node bench/profile.mjs` first, or pass BENCH_BUILD=1). Writes bench/results/<variant>-<n>-<phase>.trace.json.
//
// Per-phase mount breakdown: `node bench/trace.mjs --phases [--runs 5] [--save] [variants] [n]`
// (defaults ours,floor and 20000). Each run is a fresh browser with the trace and its V8 sampling
// profiler on, and only the timed mount window counts (the `mount` user-timing measure: from just
// before root.render() / floor's insertion to the second frame after the last DOM mutation). Main
// thread time is split by trace event (innermost slice: script, style, layout, paint …), script time
// further by the JS samples inside script slices (parse/validate, sort keys/filter, React render,
// React commit, other), plus raster on worker threads. Prints the medians over the runs, writes
// bench/results/mount-phases.json (quoted by the next `run.mjs` report), and with --save re-renders
// bench/RESULTS.md from bench/results/latest.json with the new breakdown.
import os from 'node:os';
import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildProfileDist, hasProfileDist, here, openFixture, prepare, runPhase } from './fixturePage.mjs';
import { phaseNotes, renderMarkdown } from './report.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'cc', 'gpu'];
const resultsDir = path.join(here, 'results');
/** TRACE_DEBUG=1: print the commonest stacks (leaf first) per JS sub-phase. */
const DEBUG = process.env.TRACE_DEBUG === '1';
const debug = new Map();


// ---------------------------------------------------------------- one trace, self time per event

async function single(args) {
  const [variant = 'ours', nArg = '20000', phase = 'mount'] = args;
  const n = Number(nArg);
  if (process.env.BENCH_BUILD === '1' || !hasProfileDist()) await buildProfileDist();
  const fixture = await openFixture(variant, n);
  const { browser, page } = fixture;
  await prepare(fixture, phase);
  await browser.startTracing(page, { categories: CATEGORIES });
  const t0 = Date.now();
  await runPhase(fixture, phase, { settleToggles: true });
  const wall = Date.now() - t0;
  const buffer = await browser.stopTracing();
  const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs }));
  await fixture.close();

  const events = traceEvents(buffer);
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${variant}-${n}-${phase}.trace.json`);
  writeFileSync(file, buffer);

  const main = mainThread(events);
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
}

function traceEvents(buffer) {
  const trace = JSON.parse(buffer.toString());
  return trace.traceEvents ?? trace;
}

/** The renderer main thread: the thread named CrRendererMain with the most complete events. */
function mainThread(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const count = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.ph === 'X') count.set(key, (count.get(key) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// ---------------------------------------------------------------- per-phase mount breakdown

/** Main-thread categories by trace event name (first match); unmatched slices take their parent's. */
const SLICE_CATEGORIES = [
  ['gc', /GC|Scavenge|Sweep|Mark(ing|Compact)|BlinkGC|ThreadState::/],
  ['html', /ParseHTML|HTMLDocumentParser|ParseFragment/],
  ['images', /ResourceFetcher|ResourceLoader|ResponseBodyLoader|URLLoader|ImageResource|ImageLoader|Decode/],
  ['style', /UpdateLayoutTree|RecalcStyle|RecalculateStyles|Document::updateStyle|Document::recalcStyle|StyleEngine|ParseAuthorStyleSheet|Blink\.Style/],
  ['layout', /^Layout$|LocalFrameView::(layout|performLayout)|Blink\.Layout|InlineNode|rebuildLayoutTree|LayoutBlock|LayoutObject/],
  ['paint', /Paint|Layerize|^Commit$|CompositingCommit|pushPaintArtifact|UpdateLayer|Blink\.PrePaint|BeginMainFrame::commit/],
  ['script', /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|MessagePort::Accept|AsyncTask Run|v8\.callFunction|v8\.run|HandlePostMessage|XHRReadyStateChange)/],
];
const categoryOf = (name) => SLICE_CATEGORIES.find(([, re]) => re.test(name))?.[0];

/**
 * JS sub-phases by the functions on a sample's stack: the frame nearest the leaf that matches any
 * rule decides (a sort called in a render is sort; the render React runs inside a commit, after a
 * layout effect's setState, is render).
 */
const JS_PHASES = [
  ['parse', /^(parseInventoryItems|parseInventoryItem|safeParse|~run|~validate)$/],
  ['sortFilter', /^(createSortKeys|sortItemsWithOrder|sortItems|filterItems|nameOrder|rankNames|searchIndexBuilder|createSearchIndex|permuteSearchIndex|distinctValues|sorted|searchIndex|buildSearch)$/],
  ['commit', /^(commit[A-Z]\w*|flush(Mutation|Layout|Passive|Pending)Effects|flushSpawnedWork|recursivelyTraverse\w*|insertOrAppendPlacementNode\w*)$/],
  ['dom', /^(completeWork|completeUnitOfWork|createInstance|setInitialProperties|setProp|setPropOnCustomElement|setValueFor\w*|setTextContent|appendAllChildren|finalizeInitialChildren|createTextInstance)$/],
  ['render', /^(performWorkOnRoot\w*|performSyncWorkOnRoot|renderRoot(Sync|Concurrent)|workLoop\w*|performUnitOfWork|beginWork|renderWithHooks\w*|reconcileChild\w*|update[A-Z]\w*Component|mountIndeterminateComponent)$/],
];

const ROWS = [
  ['generate', 'before the timer: mock rows generated'],
  ['parseBefore', 'before the timer: rows parsed + validated (parseInventoryItems)'],
  ['prepare', 'before the timer: floor markup built'],
  ['mount', '**timed mount** (to the second frame after the last mutation)'],
  ['busy', 'main thread busy in the mount window'],
  ['script', 'script (JS, incl. innerHTML for floor)'],
  ['js:parse', '· parse / validate'],
  ['js:sortFilter', '· sort keys / filter'],
  ['js:render', '· React render: components (hooks, JSX, reconciling)'],
  ['js:dom', '· React render: DOM nodes created and their props set (completeWork)'],
  ['js:commit', '· React commit (insertion, layout and passive effects)'],
  ['js:other', '· other script (effects, scheduler, virtualizer, DOM calls outside React phases)'],
  ['html', 'HTML parsing'],
  ['style', 'style recalc'],
  ['layout', 'layout (incl. text shaping)'],
  ['paint', 'pre-paint, paint, layerize, commit to compositor'],
  ['images', 'image requests / decode (main thread)'],
  ['gc', 'garbage collection'],
  ['other', 'other main-thread work (task overhead, frame scheduling)'],
  ['idle', 'main thread idle in the window (waiting for frames)'],
  ['raster', 'raster on worker threads (off the main thread)'],
];

async function phases(args) {
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const runs = Number(flag('--runs') ?? 5);
  const save = args.includes('--save');
  const positional = args.filter((a) => a !== '--save');
  const variants = (positional[0] ?? 'ours,floor').split(',');
  const n = Number(positional[1] ?? 20000);
  if (process.env.BENCH_BUILD === '1' || !hasProfileDist()) await buildProfileDist();

  const loadBefore = os.loadavg()[0];
  const started = Date.now();
  const perRun = Object.fromEntries(variants.map((v) => [v, []]));
  for (let run = 0; run < runs; run++) {
    // Alternate the order so drifting load does not favour one variant.
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const result = await traceMount(variant, n);
      perRun[variant].push(result);
      console.log(`run ${run + 1}/${runs} ${variant.padEnd(6)} mount ${result.mount.toFixed(1)} ms · script ${result.script.toFixed(1)} (render ${result['js:render'].toFixed(1)}, DOM ${result['js:dom'].toFixed(1)}, commit ${result['js:commit'].toFixed(1)}) · style ${result.style.toFixed(1)} · layout ${result.layout.toFixed(1)} · paint ${result.paint.toFixed(1)} · raster ${result.raster.toFixed(1)} · ${result.samples} samples`);
    }
  }
  const medians = Object.fromEntries(variants.map((v) => [v, Object.fromEntries(ROWS.map(([key]) => [key, median(perRun[v].map((r) => r[key]).filter((x) => x != null))]))]));
  const loadAfter = os.loadavg()[0];
  const durationS = Math.round((Date.now() - started) / 1000);
  console.log(`\nMedians over ${runs} runs (ms), N = ${n}:`);
  for (const [key, label] of ROWS) console.log(`${label.replace(/\*\*/g, '').padEnd(72)} ${variants.map((v) => (medians[v][key] == null ? '—' : medians[v][key].toFixed(1)).padStart(8)).join(' ')}`);

  const date = new Date().toISOString();
  const report = {
    date,
    n,
    runs,
    variants,
    medians,
    rows: ROWS.filter(([key]) => variants.some((v) => medians[v][key] != null)),
    intro: `\`node bench/trace.mjs --phases --runs ${runs}\` on ${date.slice(0, 10)}, N = ${n.toLocaleString('en-US')}, unminified build (bench/dist-profile), medians of ${runs} runs per variant (fresh browser each), load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.cpus().length} cores, ${durationS} s. Main-thread time in the timed mount window (the \`mount\` measure) by innermost trace event; script split by the V8 sampling profiler's stacks within script slices (its share of the samples times the script total, so the sub-rows are estimates). Rows before the timer are not part of the mount figure. Slower than the minified build of the main table, and each figure is a median on its own (the rows need not add up).`,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'mount-phases.json'), JSON.stringify({ report, perRun }, null, 2));
  console.log('\n→ bench/results/mount-phases.json');
  for (const note of phaseNotes(report)) console.log(note);
  if (save) {
    const latest = path.join(resultsDir, 'latest.json');
    if (!existsSync(latest)) console.log('no bench/results/latest.json: run `node bench/run.mjs --save` to write RESULTS.md (it quotes this breakdown)');
    else {
      const { summary, meta } = JSON.parse(readFileSync(latest, 'utf8'));
      meta.mountPhases = report;
      writeFileSync(path.join(here, 'RESULTS.md'), renderMarkdown(summary, meta));
      console.log('→ bench/RESULTS.md (re-rendered from bench/results/latest.json)');
    }
  }
}

const fmt = (x, digits = 0) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits));
function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function traceMount(variant, n) {
  const fixture = await openFixture(variant, n);
  const { browser, page } = fixture;
  await browser.startTracing(page, { categories: [...CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] });
  await runPhase(fixture, 'mount');
  const buffer = await browser.stopTracing();
  const info = await page.evaluate(() => ({ mountMs: window.__bench.mountMs, dataMs: window.__bench.dataMs, parseMs: window.__bench.parseMs, prepareMs: window.__bench.prepareMs, error: window.__bench.error }));
  await fixture.close();
  if (info.error) throw new Error(info.error);
  return breakdown(traceEvents(buffer), info);
}

/** Splits the `mount` measure's window of one trace into the ROWS categories (ms). */
function breakdown(events, info) {
  const begin = events.find((e) => e.name === 'mount' && e.ph === 'b' && e.cat.includes('user_timing'));
  const end = events.find((e) => e.name === 'mount' && e.ph === 'e' && e.cat.includes('user_timing'));
  if (!begin || !end) throw new Error('no `mount` measure in the trace');
  const [w0, w1] = [begin.ts, end.ts];
  const main = mainThread(events);
  const onMain = (e) => `${e.pid}:${e.tid}` === main;

  // Innermost-slice timeline of the main thread: segments [start, end) with a category.
  const slices = events.filter((e) => onMain(e) && e.ph === 'X' && typeof e.dur === 'number' && e.dur > 0 && e.ts < w1 && e.ts + e.dur > w0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const segments = [];
  const stack = [];
  let cursor = -Infinity;
  const emit = (until) => {
    const top = stack.at(-1);
    const from = Math.max(cursor, w0);
    const to = Math.min(until, w1);
    if (top && to > from) segments.push({ start: from, end: to, cat: top.cat });
    cursor = until;
  };
  const closeUntil = (t) => {
    while (stack.length && stack.at(-1).end <= t) {
      emit(stack.at(-1).end);
      stack.pop();
    }
  };
  for (const e of slices) {
    closeUntil(e.ts);
    emit(e.ts);
    const end = Math.min(e.ts + e.dur, stack.at(-1)?.end ?? Infinity);
    stack.push({ end, cat: categoryOf(e.name) ?? stack.at(-1)?.cat ?? 'other' });
  }
  closeUntil(Infinity);

  const total = {};
  for (const s of segments) total[s.cat] = (total[s.cat] ?? 0) + (s.end - s.start);
  const busy = segments.reduce((sum, s) => sum + (s.end - s.start), 0);

  // JS samples of the main thread inside script segments, by sub-phase.
  const js = { parse: 0, sortFilter: 0, render: 0, dom: 0, commit: 0, other: 0 };
  let samples = 0;
  const nodes = new Map();
  // The main thread's profile (its Profile event is on the main thread; its chunks come from the profiler's thread).
  const profile = events.find((e) => e.name === 'Profile' && onMain(e));
  const chunks = profile ? events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts) : [];
  let t = profile?.args?.data?.startTime ?? 0;
  const segmentAt = (time) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].end <= time) lo = mid + 1;
      else if (segments[mid].start > time) hi = mid - 1;
      else return segments[mid];
    }
    return undefined;
  };
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    if (!data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      if (t < w0 || t > w1 || segmentAt(t)?.cat !== 'script') continue;
      const names = [];
      for (let node = nodes.get(ids[i]); node; node = nodes.get(node.parent)) names.push(node.callFrame?.functionName ?? '');
      if (names[0] === '(idle)' || names[0] === '(root)') continue;
      let phase = 'other';
      for (const name of names) {
        const hit = JS_PHASES.find(([, re]) => re.test(name));
        if (hit) {
          phase = hit[0];
          break;
        }
      }
      js[phase] += 1;
      samples += 1;
      if (DEBUG) debug.set(`${phase}: ${names.slice(0, 4).join(' < ')}`, (debug.get(`${phase}: ${names.slice(0, 4).join(' < ')}`) ?? 0) + 1);
    }
  }
  if (DEBUG) for (const [k, v] of [...debug].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(5), k);
  const script = (total.script ?? 0) / 1000;
  const share = (k) => (samples ? (js[k] / samples) * script : null);

  // Raster off the main thread: top-level RasterTask slices of other threads, clipped to the window.
  let raster = 0;
  const rasterSlices = events.filter((e) => !onMain(e) && e.ph === 'X' && e.name === 'RasterTask' && e.ts < w1 && e.ts + e.dur > w0);
  for (const e of rasterSlices) raster += Math.min(e.ts + e.dur, w1) - Math.max(e.ts, w0);

  const ms = (us) => (us ?? 0) / 1000;
  return {
    generate: info.dataMs != null && info.parseMs != null ? info.dataMs - info.parseMs : null,
    parseBefore: info.parseMs ?? null,
    prepare: info.prepareMs ?? null,
    mount: info.mountMs,
    busy: ms(busy),
    script,
    'js:parse': share('parse'),
    'js:sortFilter': share('sortFilter'),
    'js:render': share('render'),
    'js:dom': share('dom'),
    'js:commit': share('commit'),
    'js:other': share('other'),
    html: ms(total.html),
    style: ms(total.style),
    layout: ms(total.layout),
    paint: ms(total.paint),
    images: ms(total.images),
    gc: ms(total.gc),
    other: ms(total.other),
    idle: ms(w1 - w0 - busy),
    raster: ms(raster),
    samples,
    window: ms(w1 - w0),
  };
}

// After every definition above (the modes use the constants).
const argv = process.argv.slice(2);
if (argv.includes('--phases')) await phases(argv.filter((a) => a !== '--phases'));
else await single(argv);
