// Turns the raw cells of bench/run.mjs into medians, spreads, ratios and target checks, and
// renders them as Markdown. Values carry a bound: '<' (Event Timing saw nothing at its 16 ms
// threshold), '>' (the scenario hit its time box) or '=' (measured).

const VARIANTS = ['ours', 'naive', 'virtuoso'];
const TARGET_N = 20000;

/** A measured value: { v, bound: '=' | '<' | '>' }. */
const exact = (v) => ({ v, bound: '=' });
const LT16 = { v: 16, bound: '<' };
const orderKey = (x) => (x.bound === '<' ? x.v - 0.5 : x.bound === '>' ? x.v + 1e9 : x.v);

function median(values) {
  const list = values.filter(Boolean).sort((a, b) => orderKey(a) - orderKey(b));
  if (list.length === 0) return null;
  const mid = list.length >> 1;
  if (list.length % 2 === 1) return list[mid];
  const [a, b] = [list[mid - 1], list[mid]];
  // Average only measured values; with a bound involved, take the higher (conservative) one.
  return a.bound === '=' && b.bound === '=' ? exact((a.v + b.v) / 2) : b;
}

function spread(values) {
  const list = values.filter(Boolean).sort((a, b) => orderKey(a) - orderKey(b));
  return list.length ? { min: list[0], max: list[list.length - 1] } : null;
}

function ratio(a, b) {
  if (!a || !b) return null;
  if (a.bound === '=' && b.bound === '=') return b.v === 0 ? (a.v === 0 ? { v: 1, bound: '=', note: '0/0' } : null) : exact(a.v / b.v);
  if (a.bound === '<' && b.bound === '=') return { v: a.v / b.v, bound: '<' };
  if (a.bound === '=' && b.bound === '<') return { v: a.v / b.v, bound: '>' };
  if (a.bound === '=' && b.bound === '>') return { v: a.v / b.v, bound: '<' };
  if (a.bound === '<' && b.bound === '>') return { v: a.v / b.v, bound: '<' };
  return { v: NaN, bound: '?', note: 'both below the 16 ms threshold' };
}

/** Event Timing sample → value. */
function durOf(sample) {
  if (sample.timeout) return { v: 10000, bound: '>' };
  return sample.dur === null ? LT16 : exact(sample.dur);
}
const field = (name) => (sample) => (sample.timeout ? { v: 10000, bound: '>' } : sample[name] == null ? null : exact(sample[name]));

/** Metric definitions: how to get one value per cell (repetition). */
const METRICS = [
  { key: 'mount', label: 'mount (ms)', cell: (c) => (c.mount == null ? null : exact(c.mount)) },
  { key: 'toggle', label: 'toggle one item (ms)', samples: 'toggle', of: durOf },
  { key: 'selectAll', label: 'select all, 250 cap (ms)', samples: 'selectAll', of: durOf },
  { key: 'clear', label: 'clear (ms)', samples: 'clear', of: durOf },
  { key: 'searchEcho', label: 'search keystroke, echo (ms)', samples: 'search', of: durOf },
  { key: 'searchResults', label: 'search keystroke, results painted (ms)', samples: 'search', of: field('results') },
  { key: 'searchFirst', label: 'search, first keystroke of the page: results painted (ms)', samples: 'searchFirst', of: field('results') },
  { key: 'sort', label: 'sort change (ms)', samples: 'sort', of: durOf },
  { key: 'sortResults', label: 'sort change, results painted (ms)', samples: 'sort', of: field('results') },
  { key: 'price', label: 'price filter change (ms)', samples: 'price', of: durOf },
  { key: 'priceResults', label: 'price filter change, results painted (ms)', samples: 'price', of: field('results') },
  { key: 'dialog', label: 'open dialog, 250 selected (ms)', samples: 'dialog', of: durOf },
  { key: 'scrollLoafs', label: 'scroll: long animation frames', cell: (c) => (c.scroll ? exact(c.scroll.loafs) : null) },
  { key: 'scrollSlow', label: 'scroll: frames > 34 ms', cell: (c) => (c.scroll ? exact(c.scroll.slowFrames) : null) },
  { key: 'scrollP95', label: 'scroll: p95 frame gap (ms)', cell: (c) => (c.scroll ? exact(c.scroll.p95Gap) : null) },
  { key: 'longTasks', label: 'long tasks during interactions', cell: (c) => (c.jank ? exact(c.jank.longTasks) : null) },
  { key: 'tbt', label: 'TBT during interactions (ms)', cell: (c) => (c.jank ? exact(c.jank.tbt) : null) },
  { key: 'loafs', label: 'LoAFs during interactions', cell: (c) => (c.jank ? exact(c.jank.loafs) : null) },
  { key: 'heap', label: 'JS heap after GC (MB)', cell: (c) => (c.heapMB == null ? null : exact(c.heapMB)) },
  { key: 'dom', label: 'DOM elements', cell: (c) => (c.domNodes == null ? null : exact(c.domNodes)) },
];

/** Handler + render time (window capture → bubble), finer than Event Timing's 8 ms steps. */
const JS_METRICS = [
  ['toggle', 'toggle'],
  ['selectAll', 'select all'],
  ['clear', 'clear'],
  ['search', 'search keystroke (urgent part)'],
  ['sort', 'sort change'],
  ['price', 'price filter change'],
  ['dialog', 'open dialog'],
];

function cellValue(cell, metric) {
  if (metric.cell) return metric.cell(cell);
  const samples = cell.scenarios?.[metric.samples];
  if (!samples?.length) return null;
  return median(samples.map(metric.of));
}

export function summarise(cells, meta) {
  const ns = [...new Set(cells.map((c) => c.n))].sort((a, b) => a - b);
  const rows = [];
  const stats = {};
  const get = (variant, n, key) => stats[`${variant}|${n}|${key}`];
  for (const metric of [...METRICS, ...JS_METRICS.map(([s, label]) => ({ key: `js:${s}`, label, samples: s, of: field('js') }))]) {
    for (const n of ns) {
      for (const variant of VARIANTS) {
        const values = cells.filter((c) => c.variant === variant && c.n === n).map((c) => cellValue(c, metric));
        const present = values.filter(Boolean);
        if (!present.length) continue;
        stats[`${variant}|${n}|${metric.key}`] = { median: median(present), spread: spread(present), reps: present.length };
      }
    }
  }
  for (const metric of METRICS) {
    for (const n of ns) {
      const ours = get('ours', n, metric.key);
      const naive = get('naive', n, metric.key);
      const virtuoso = get('virtuoso', n, metric.key);
      if (!ours && !naive && !virtuoso) continue;
      rows.push({
        metric: metric.key,
        label: metric.label,
        n,
        ours,
        naive,
        virtuoso,
        oursNaive: ratio(ours?.median, naive?.median),
        oursVirtuoso: ratio(ours?.median, virtuoso?.median),
      });
    }
  }
  const jsRows = [];
  for (const [s, label] of JS_METRICS) {
    for (const n of ns) {
      const pick = (v) => get(v, n, `js:${s}`);
      if (!pick('ours') && !pick('naive') && !pick('virtuoso')) continue;
      jsRows.push({ metric: s, label, n, ours: pick('ours'), naive: pick('naive'), virtuoso: pick('virtuoso'), oursNaive: ratio(pick('ours')?.median, pick('naive')?.median), oursVirtuoso: ratio(pick('ours')?.median, pick('virtuoso')?.median) });
    }
  }

  // Heap: MB per 1,000 items as the slope between the smallest and largest N, and the data-only baseline.
  const heapPer1k = {};
  const [lo, hi] = [ns[0], ns[ns.length - 1]];
  for (const variant of [...VARIANTS, 'data']) {
    const a = variant === 'data' ? dataHeap(cells, lo) : get(variant, lo, 'heap')?.median.v;
    const b = variant === 'data' ? dataHeap(cells, hi) : get(variant, hi, 'heap')?.median.v;
    if (a != null && b != null && hi > lo) heapPer1k[variant] = (b - a) / ((hi - lo) / 1000);
  }
  const dataBaseline = Object.fromEntries(ns.map((n) => [n, { heapMB: dataHeap(cells, n), dataMs: median(cells.filter((c) => c.n === n && c.dataMs != null).map((c) => exact(c.dataMs)))?.v }]));

  const targets = checkTargets({ rows, get, ns, heapPer1k });
  // The hook pipeline (Node, from the last `vitest bench` run) is a target too.
  if (meta?.hooks?.median != null) {
    const h = meta.hooks;
    targets.list.push({ metric: 'hook pipeline (Node)', n: TARGET_N, text: `≤ ${h.target} ms`, met: h.median <= h.target, detail: `${h.median.toFixed(2)} ms`, kind: 'abs' });
  }
  for (const row of rows) row.target = targets.byRow[`${row.metric}|${row.n}`];
  return { ns, rows, jsRows, heapPer1k, dataBaseline, targets: targets.list, hot: cells.find((c) => c.hotFunctions)?.hotFunctions, errors: cells.filter((c) => c.errors?.length).map((c) => ({ variant: c.variant, n: c.n, rep: c.rep, errors: c.errors })) };
}

function dataHeap(cells, n) {
  return cells.find((c) => c.variant === 'data' && c.n === n)?.heapMB ?? null;
}

const atMost = (value, limit) => value && (value.bound === '<' ? value.v <= limit + 1e-9 : value.bound === '=' ? value.v <= limit + 1e-9 : false);

function checkTargets({ rows, get, ns, heapPer1k }) {
  const list = [];
  const byRow = {};
  const max = ns[ns.length - 1];
  const at20k = ns.includes(TARGET_N);
  /** kind: 'abs' (target column), 'naive' or 'peer' (shown next to that ratio). */
  const add = (metric, n, text, met, detail, kind = 'abs') => {
    const entry = { metric, n, text, met: Boolean(met), detail, kind };
    list.push(entry);
    const row = (byRow[`${metric}|${n}`] ??= {});
    const prev = row[kind];
    row[kind] = prev ? { text: `${prev.text}; ${text}`, met: prev.met && entry.met } : { text, met: entry.met };
  };
  const ours = (key, n = TARGET_N) => get('ours', n, key)?.median;
  if (at20k) {
    const mount = ours('mount');
    const mount1k = get('ours', 1000, 'mount')?.median;
    add('mount', TARGET_N, '≤ 150', atMost(mount, 150), fmt(mount));
    if (mount1k) add('mount', TARGET_N, '≤ 1.5× 1k', atMost(mount, 1.5 * mount1k.v), `${fmt(mount)} vs 1.5 × ${fmt(mount1k)}`);
    add('toggle', TARGET_N, '≤ 16', atMost(ours('toggle'), 16), fmt(ours('toggle')));
    add('selectAll', TARGET_N, '≤ 48', atMost(ours('selectAll'), 48), fmt(ours('selectAll')));
    add('searchEcho', TARGET_N, '≤ 16', atMost(ours('searchEcho'), 16), fmt(ours('searchEcho')));
    add('searchResults', TARGET_N, '≤ 50', atMost(ours('searchResults'), 50), fmt(ours('searchResults')));
    add('sort', TARGET_N, '≤ 50', atMost(ours('sort'), 50), fmt(ours('sort')));
    add('price', TARGET_N, '≤ 50', atMost(ours('price'), 50), fmt(ours('price')));
    add('scrollLoafs', TARGET_N, '= 0', ours('scrollLoafs')?.v === 0, fmt(ours('scrollLoafs')));
    for (const key of ['toggle', 'selectAll']) {
      const row = rows.find((r) => r.metric === key && r.n === TARGET_N);
      add(key, TARGET_N, 'ours/naive ≤ 0.05', atMost(row?.oursNaive, 0.05), fmtRatio(row?.oursNaive), 'naive');
    }
  }
  if (heapPer1k.ours != null) add('heap', max, '≤ 0.5 MB / 1k (slope)', heapPer1k.ours <= 0.5, `${heapPer1k.ours.toFixed(3)} MB / 1k`);
  for (const n of ns) {
    const dom = ours('dom', n);
    if (dom) add('dom', n, '≤ 1,500', atMost(dom, 1500), fmt(dom));
  }
  // ours/virtuoso ≤ 1.0 on every scenario (latencies and counts), at every N.
  const PEER = ['mount', 'toggle', 'selectAll', 'clear', 'searchEcho', 'searchResults', 'sort', 'price', 'scrollLoafs', 'heap', 'dom'];
  for (const row of rows) {
    if (!PEER.includes(row.metric) || !row.virtuoso) continue;
    const r = row.oursVirtuoso;
    const met = r ? (r.bound === '?' ? true : atMost(r, 1.0)) : false;
    add(row.metric, row.n, 'ours/virtuoso ≤ 1', met, fmtRatio(r), 'peer');
  }
  return { list, byRow };
}

// ---------------------------------------------------------------- formatting

function num(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  const a = Math.abs(v);
  return a >= 100 ? Math.round(v).toLocaleString('en-US') : a >= 10 ? v.toFixed(1) : v.toFixed(a < 1 && a > 0 ? 2 : 1).replace(/\.0$/, '');
}
export function fmt(x) {
  if (!x) return '—';
  if (x.bound === '<') return `< ${num(x.v)}`;
  if (x.bound === '>') return `> ${num(x.v / 1000)} s`;
  return num(x.v);
}
export function fmtRatio(r) {
  if (!r) return '—';
  if (r.bound === '?') return 'n/a (both < 16)';
  const v = r.v >= 10 ? r.v.toFixed(1) : r.v >= 0.1 ? r.v.toFixed(2) : r.v.toFixed(3);
  return r.bound === '<' ? `< ${v}` : r.bound === '>' ? `> ${v}` : r.note === '0/0' ? '= (0/0)' : v;
}
function stat(s) {
  if (!s) return '—';
  const { min, max } = s.spread;
  const range = s.reps > 1 && orderKey(min) !== orderKey(max) ? ` (${fmt(min)}–${fmt(max)})` : '';
  return `${fmt(s.median)}${range}`;
}

export function renderMarkdown(summary, meta) {
  const out = [];
  out.push('# Grid benchmark results', '');
  out.push(
    `${meta.date.slice(0, 10)} · ${meta.cores}× ${meta.cpu} · ${meta.memoryGB} GB · Node ${meta.node} · Chromium ${meta.chromium} headless (software raster, vsync on) · viewport ${meta.viewport} · seed ${meta.seed} · ${meta.reps} repetitions per cell, fresh browser context each · run took ${meta.durationS} s · load average (1 min) ${meta.loadBefore?.toFixed(1) ?? '?'} at start, ${meta.loadAfter?.toFixed(1) ?? '?'} at end`,
    '',
  );
  const load = Math.max(meta.loadBefore ?? 0, meta.loadAfter ?? 0);
  if (load > meta.cores * 0.75) {
    out.push(
      `**Loaded machine:** the load average reached ${load.toFixed(1)} on ${meta.cores} cores during this run (other work was running), so absolute times are inflated and noisy; ratios against virtuoso in the same run are the robust signal.`,
      '',
    );
  }
  out.push(
    `Each cell: median over repetitions (min–max across repetitions). Latencies are Event Timing \`duration\` (input → next paint, 8 ms steps, max over the entries of the interaction); \`< 16\` = no entry at the 16 ms threshold. Per repetition the value is the median of its samples (ours and virtuoso: 5 toggles, 2 select-all/clear, 3 search keystrokes, 2 sort and 2 price changes; naive: 3, 1, 2, 2, 2, and at most ${meta.naiveReps} repetitions). "results painted" = keydown timestamp → frame after the commit of the new list. Ratios compare medians; \`<\`/\`>\` mark bounds from the 16 ms floor or a time box; ✓/✗ next to a ratio = its target (ours/naive ≤ 0.05 for toggle and select all at 20,000; ours/virtuoso ≤ 1 everywhere). The target column holds the absolute targets for \`ours\` (at N = 20,000 unless the row says otherwise). Heap and DOM are measured right after the mount, after two forced GCs. Naive skips the scroll above 5,000 items; a scenario that hits the 10 s time box ends its page (later scenarios show —).`,
    '',
  );
  out.push('| Scenario | N | ours | naive | virtuoso | ours/naive | ours/virtuoso | target (ours) | met |');
  out.push('|---|--:|--:|--:|--:|--:|--:|---|:-:|');
  const mark = (check) => (check ? (check.met ? ' ✓' : ' ✗') : '');
  for (const row of summary.rows) {
    const target = row.target ?? {};
    out.push(
      `| ${row.label} | ${row.n.toLocaleString('en-US')} | ${stat(row.ours)} | ${stat(row.naive)} | ${stat(row.virtuoso)} | ${fmtRatio(row.oursNaive)}${mark(target.naive)} | ${fmtRatio(row.oursVirtuoso)}${mark(target.peer)} | ${target.abs?.text ?? ''} | ${target.abs ? (target.abs.met ? '✓' : '✗') : ''} |`,
    );
  }
  out.push('');
  out.push('## Handler + render time (ms)', '');
  out.push('Window capture → window bubble listener, summed over the events of one interaction: the event handlers plus the synchronous React render and commit, not paint. Finer than Event Timing (no 8 ms steps, no 16 ms floor). For `ours` the search keystroke renders the filtered list in a deferred (transition) render afterwards, which this does not include.', '');
  out.push('| Interaction | N | ours | naive | virtuoso | ours/naive | ours/virtuoso |');
  out.push('|---|--:|--:|--:|--:|--:|--:|');
  for (const row of summary.jsRows) {
    out.push(`| ${row.label} | ${row.n.toLocaleString('en-US')} | ${stat(row.ours)} | ${stat(row.naive)} | ${stat(row.virtuoso)} | ${fmtRatio(row.oursNaive)} | ${fmtRatio(row.oursVirtuoso)} |`);
  }
  out.push('');
  out.push('## Memory', '');
  const per1k = summary.heapPer1k;
  out.push(
    `JS heap per 1,000 items (slope of the median heap between N = ${summary.ns[0].toLocaleString('en-US')} and ${summary.ns[summary.ns.length - 1].toLocaleString('en-US')}): ` +
      ['ours', 'naive', 'virtuoso', 'data']
        .filter((v) => per1k[v] != null)
        .map((v) => `**${v === 'data' ? 'items only (no UI)' : v}** ${per1k[v].toFixed(3)} MB`)
        .join(' · '),
    '',
  );
  out.push('Items-only page (generated and parsed items held, nothing rendered): ' + summary.ns.map((n) => `N = ${n.toLocaleString('en-US')}: ${summary.dataBaseline[n].heapMB?.toFixed(1) ?? '—'} MB heap, generation + parsing ${summary.dataBaseline[n].dataMs != null ? Math.round(summary.dataBaseline[n].dataMs) : '—'} ms`).join(' · '), '');
  if (meta.hooks) {
    const h = meta.hooks;
    out.push('## Hook pipeline (Node, `vitest bench`)', '');
    out.push(
      h.median == null
        ? `No pipeline benchmark in the last \`vitest bench\` run (${h.file}).`
        : `Filter + sort + total over 20,000 items as the panel runs them per filter change: median **${h.median.toFixed(2)} ms** (p75 ${h.p75.toFixed(2)} ms) vs target ≤ ${h.target} ms: ${h.median <= h.target ? 'met ✓' : 'missed ✗'}. From ${h.file} of ${h.date}, load ${h.load ?? '?'} (run \`npx vitest bench --run --config bench/vitest.bench.config.ts\` to refresh; bench/results/hooks.md lists every benchmark).`,
      '',
    );
  }
  const failed = summary.targets.filter((t) => !t.met);
  out.push('## Targets', '');
  out.push(`${summary.targets.length - failed.length} of ${summary.targets.length} met.` + (failed.length ? ' Missed:' : ''), '');
  for (const t of failed) out.push(`- ${t.metric} at N = ${t.n.toLocaleString('en-US')}: ${t.text} — got ${t.detail}`);
  out.push('');
  if (summary.errors.length) {
    out.push('', '## Errors', '');
    for (const e of summary.errors) out.push(`- ${e.variant} n=${e.n} rep ${e.rep + 1}: ${e.errors.map((x) => String(x).split('\n')[0]).join('; ')}`);
  }
  if (summary.hot?.length) {
    out.push('', '## Hottest functions (CPU profile of ours at the largest N, self time)', '');
    for (const f of summary.hot.slice(0, 15)) out.push(`- ${f.ms} ms (${f.pct} %) ${f.name}`);
  }
  out.push('');
  return out.join('\n');
}
