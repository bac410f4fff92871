// What an integrator's Vite app pays for react-assetpay: three pages (baseline = React + React
// Query, hooks = + useInventory, panel = + DepositPanel and styles.css), each a separate Vite
// production build against the packed package in ./node_modules/react-assetpay, measured as the
// gzip size of the emitted JS (loaded up front vs. lazily loaded chunks) and CSS.
// Shared by scripts/weight.mjs (the CLI) and test/examples/weight.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEIGHT = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(WEIGHT, '../..');
export const TARBALL = join(ROOT, 'test/examples/.pack/react-assetpay.tgz');
export const PAGES = /** @type {const} */ (['baseline', 'hooks', 'panel', 'panel-ru']);
export const README_START = '<!-- all-in-cost:start -->';
export const README_END = '<!-- all-in-cost:end -->';

/** Packages React + React Query bring (what the baseline is made of). */
const BASELINE_PACKAGES = new Set(['react', 'react-dom', 'scheduler', '@tanstack/react-query', '@tanstack/query-core']);
/** When a lazily loaded package is fetched, for the table. */

/** 1 kB = 1000 bytes, one decimal. */
export const kB = (bytes) => Math.round(bytes / 100) / 10;
const gzip = (text) => gzipSync(text).length;

/** `npm pack` of the repository (dist/ must exist) into test/examples/.pack/react-assetpay.tgz. */
export function packPackage() {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const folder = dirname(TARBALL);
  mkdirSync(folder, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' }));
  renameSync(join(folder, packed.filename), TARBALL);
  return TARBALL;
}

/** Unpacks the tarball into examples/weight/node_modules/react-assetpay (replacing what was there). */
export function installPackage() {
  if (!existsSync(TARBALL)) throw new Error(`No tarball at ${TARBALL}`);
  const target = join(WEIGHT, 'node_modules/react-assetpay');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', TARBALL, '-C', target, '--strip-components=1']);
  return target;
}

/** The npm package a module id or source path belongs to, or what it is otherwise. */
export function packageOf(path) {
  const clean = path.replace(/^\0/, '').replace(/\?.*$/, '');
  const at = clean.lastIndexOf('node_modules/');
  if (at === -1) return clean.startsWith(WEIGHT) ? '(page code)' : clean.includes('rolldown') || clean.includes('vite/') ? '(bundler runtime)' : '(other)';
  const parts = clean.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

// --- Source map byte attribution (each minified byte goes to the source its mapping names) ---

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((char, index) => [char, index]));

/** Decodes `mappings` into, per generated line, [column, sourceIndex | -1] pairs. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGIT[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The module of react-assetpay a source path is (`core/api/client.js`), or null for any other source. */
export function ownModuleOf(path) {
  const at = path.lastIndexOf('node_modules/react-assetpay/dist/');
  return at === -1 ? null : path.slice(at + 'node_modules/react-assetpay/dist/'.length).replace(/\?.*$/, '');
}

/**
 * Minified characters of `code` per package, and per module of react-assetpay, from its source
 * map: `{ packages, modules }`.
 */
function charsBySource(code, map) {
  // A chunk without a map (e.g. a bundler helper) is all bundler code.
  if (!map) return { packages: new Map([['(bundler runtime)', code.length]]), modules: new Map() };
  const mapped = decodeMappings(map.mappings);
  const paths = map.sources.map((source) => resolve(WEIGHT, source));
  const packages = paths.map(packageOf);
  const own = paths.map(ownModuleOf);
  const chars = new Map();
  const modules = new Map();
  const add = (target, name, count) => count > 0 && target.set(name, (target.get(name) ?? 0) + count);
  code.split('\n').forEach((line, index) => {
    const segments = mapped[index] ?? [];
    add(chars, '(bundler runtime)', Math.min(segments[0]?.[0] ?? line.length, line.length));
    segments.forEach(([column, source], at) => {
      const end = Math.min(segments[at + 1]?.[0] ?? line.length, line.length);
      add(chars, source === -1 ? '(bundler runtime)' : packages[source], end - column);
      if (source !== -1 && own[source]) add(modules, own[source], end - column);
    });
    add(chars, '(bundler runtime)', 1); // the newline
  });
  return { packages: chars, modules };
}

/**
 * Builds one page with Vite's JS API (production, default minification; hidden source maps, which
 * leave the emitted code unchanged) and measures its emitted JS and CSS.
 */
async function buildPage(page) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = join(WEIGHT, 'dist', page);
  const started = performance.now();
  const result = await build({
    root: join(WEIGHT, page),
    configFile: false,
    envFile: false,
    publicDir: false,
    cacheDir: join(WEIGHT, 'node_modules/.vite'),
    mode: 'production',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden', reportCompressedSize: false },
  });
  const buildMs = Math.round(performance.now() - started);
  const output = (Array.isArray(result) ? result : [result]).flatMap((bundle) => bundle.output);
  const chunks = output.filter((file) => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));

  // Up front: the entry chunks and everything they import statically. The rest is fetched lazily.
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    byName.get(name).imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const lazyCss = new Set(chunks.filter((chunk) => !initial.has(chunk.fileName)).flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
  for (const chunk of chunks.filter((chunk) => initial.has(chunk.fileName))) for (const css of chunk.viteMetadata?.importedCss ?? []) lazyCss.delete(css);

  const js = chunks.map((chunk) => {
    const size = gzip(chunk.code);
    const { packages: chars, modules } = charsBySource(chunk.code, chunk.map);
    const total = [...chars.values()].reduce((sum, count) => sum + count, 0);
    return {
      file: chunk.fileName,
      initial: initial.has(chunk.fileName),
      bytes: Buffer.byteLength(chunk.code),
      gzip: size,
      /** The package the chunk was split off for (a dynamic import's target), if any. */
      package: chunk.isEntry ? null : chunk.facadeModuleId ? packageOf(chunk.facadeModuleId) : null,
      packages: [...new Set(chunk.moduleIds.map(packageOf))],
      /** Locale packs of react-assetpay in the chunk, by tag. */
      locales: chunk.moduleIds.map((id) => /react-assetpay\/dist\/locales\/([^/]+)\.js$/.exec(id)?.[1]).filter(Boolean),
      /** gzip bytes per package: the chunk's gzip size shared out by minified characters (approximate). */
      gzipByPackage: Object.fromEntries([...chars].map(([name, count]) => [name, (size * count) / total])),
      /** The same share per module of react-assetpay (`core/api/client.js`). */
      gzipByModule: Object.fromEntries([...modules].map(([name, count]) => [name, (size * count) / total])),
    };
  });
  const css = output
    .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
    .map((asset) => ({ file: asset.fileName, initial: !lazyCss.has(asset.fileName), gzip: gzip(asset.source) }));
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  return {
    outDir,
    buildMs,
    js: sum(js.filter((file) => file.initial)),
    lazy: sum(js.filter((file) => !file.initial)),
    css: sum(css.filter((file) => file.initial)),
    lazyCss: sum(css.filter((file) => !file.initial)),
    chunks: js,
    stylesheets: css,
  };
}

function gzipByPackage(measured, initial) {
  const total = {};
  for (const chunk of measured.chunks.filter((file) => file.initial === initial))
    for (const [name, size] of Object.entries(chunk.gzipByPackage)) total[name] = (total[name] ?? 0) + size;
  return total;
}

/** Up-front JS per module of react-assetpay, biggest first (gzip bytes, approximate). */
function ownModules(page) {
  const total = {};
  for (const chunk of page.chunks.filter((file) => file.initial))
    for (const [name, size] of Object.entries(chunk.gzipByModule)) total[name] = (total[name] ?? 0) + size;
  return Object.entries(total)
    .map(([name, size]) => ({ name, gzip: Math.round(size), kB: kB(size) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** Up-front JS per package that the page adds over the baseline, biggest first (gzip bytes, approximate). */
function contributors(page, baseline) {
  const ours = gzipByPackage(page, true);
  const theirs = gzipByPackage(baseline, true);
  return Object.entries(ours)
    .map(([name, size]) => ({ name, gzip: Math.round(size - (theirs[name] ?? 0)), baseline: BASELINE_PACKAGES.has(name) }))
    .filter((entry) => entry.gzip !== 0)
    .sort((a, b) => b.gzip - a.gzip)
    .map((entry) => ({ ...entry, kB: kB(entry.gzip) }));
}

/**
 * Builds the three pages one after the other (separate builds: no chunk is shared between them) and
 * returns gzip bytes (and kB) per page; for hooks and panel also what they add over the baseline.
 * `js` is the JS loaded up front, `lazy` the JS of chunks loaded on demand (dynamic imports).
 */
export async function measureWeight() {
  if (!existsSync(join(WEIGHT, 'node_modules/react-assetpay/package.json')))
    throw new Error('examples/weight/node_modules/react-assetpay is missing: run `node scripts/weight.mjs` (it packs and installs)');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const measured = {};
  try {
    for (const page of PAGES) measured[page] = await buildPage(page);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const baseline = measured.baseline;
  const describe = (page) => ({
    js: page.js,
    css: page.css,
    lazy: page.lazy,
    jsKb: kB(page.js),
    cssKb: kB(page.css),
    lazyKb: kB(page.lazy),
    buildMs: page.buildMs,
    outDir: page.outDir,
    chunks: page.chunks.map(({ gzipByPackage: _, gzipByModule: __, ...chunk }) => ({ ...chunk, kB: kB(chunk.gzip) })),
    stylesheets: page.stylesheets,
  });
  const over = (page) => {
    const lazyChunks = page.chunks.filter((chunk) => !chunk.initial).map((chunk) => ({ file: chunk.file, package: chunk.package, gzip: chunk.gzip, kB: kB(chunk.gzip) }));
    const jsOver = page.js - baseline.js;
    const cssOver = page.css - baseline.css;
    const lazyOver = page.lazy - baseline.lazy;
    return { ...describe(page), jsOver, cssOver, lazyOver, jsOverKb: kB(jsOver), cssOverKb: kB(cssOver), lazyOverKb: kB(lazyOver), lazyChunks, contributors: contributors(page, baseline), modules: ownModules(page) };
  };
  return {
    baseline: describe(baseline),
    hooks: over(measured.hooks),
    panel: over(measured.panel),
    panelRu: over(measured['panel-ru']),
    buildMs: PAGES.reduce((total, page) => total + measured[page].buildMs, 0),
  };
}

// --- The README table ---

const HEADER = [
  '| what your Vite app adds over React + React Query (production build, gzip) | JS loaded up front | CSS | loaded on demand |',
  '| --- | --: | --: | --: |',
];
const ROWS = { hooks: 'hooks only (`useInventory`)', panel: '`DepositPanel` (with `react-assetpay/styles.css`)' };

/** What each lazily loaded chunk is, from its file name, and when a page loads it. */
const LAZY_PARTS = [
  [/^(esm|connection)-/, 'socket.io-client and live trade updates (when a trade is followed)'],
  [/^readers-/, 'response validation (with the first request)'],
  [/^StickerTooltipContent-/, 'sticker tooltip (first hover or focus)'],
  [/^(DepositDialogContent|deposit|trades)-/, 'confirm dialog and deposit (once something is selected)'],
];

function lazyCell(page) {
  if (page.lazyOver <= 0 || page.lazyChunks.length === 0) return '—';
  const parts = new Map();
  for (const chunk of page.lazyChunks) {
    const name = basename(chunk.file);
    const part = LAZY_PARTS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
    parts.set(part, (parts.get(part) ?? 0) + chunk.gzip);
  }
  const list = [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `${part} ${kB(bytes).toFixed(1)}`);
  return `${page.lazyOverKb.toFixed(1)} kB: ${list.join(', ')}`;
}

/** The markdown table for the README. */
export function renderTable(result) {
  const row = (key) => `| ${ROWS[key]} | ${result[key].jsOverKb.toFixed(1)} kB | ${result[key].cssOverKb.toFixed(1)} kB | ${lazyCell(result[key])} |`;
  return [...HEADER, row('hooks'), row('panel')].join('\n');
}

/** The text between the README markers, or null when a marker is missing. */
function section(readme) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) return null;
  return { start: start + README_START.length, end };
}

/** `readme` with the section between the markers replaced by the table; throws when the markers are missing. */
export function replaceSection(readme, table) {
  const at = section(readme);
  if (!at) throw new Error(`README.md has no ${README_START} … ${README_END} markers: add them where the all-in cost table goes`);
  return `${readme.slice(0, at.start)}\n${table}\n${readme.slice(at.end)}`;
}

/**
 * The figures (kB) the README's all-in table shows: `{ hooks: { js, css, lazy }, panel: … }`, lazy
 * 0 for "—". Null when the markers are missing; throws when the table between them is malformed.
 */
export function parseTable(readme) {
  const at = section(readme);
  if (!at) return null;
  const rows = readme
    .slice(at.start, at.end)
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
  const number = (cell, what) => {
    if (cell === '—') return 0;
    const match = /^(\d+(?:\.\d+)?) kB\b/.exec(cell);
    if (!match) throw new Error(`README all-in table: cannot read ${what} from "${cell}" (run \`node scripts/weight.mjs --save\`)`);
    return Number(match[1]);
  };
  const figures = {};
  for (const [key, label] of Object.entries(ROWS)) {
    const row = rows.find((cells) => cells[0] === label);
    if (!row || row.length < 4) throw new Error(`README all-in table: no row "${label}" (run \`node scripts/weight.mjs --save\`)`);
    figures[key] = { js: number(row[1], `${key} JS`), css: number(row[2], `${key} CSS`), lazy: number(row[3], `${key} lazy JS`) };
  }
  return figures;
}

/** Where the README table (parsed) differs from the measurement by more than `tolerance` kB. */
export function compareTable(figures, result, tolerance = 0.2) {
  const problems = [];
  for (const key of Object.keys(ROWS)) {
    const measured = { js: result[key].jsOver, css: result[key].cssOver, lazy: result[key].lazyOver };
    for (const column of ['js', 'css', 'lazy']) {
      const shown = figures[key][column];
      const actual = measured[column] / 1000;
      if (Math.abs(shown - actual) > tolerance + 1e-9) problems.push(`${key} ${column}: README shows ${shown} kB, measured ${actual.toFixed(2)} kB`);
    }
  }
  return problems;
}

/** The README as it is on disk. */
export const readReadme = () => readFileSync(join(ROOT, 'README.md'), 'utf8');
