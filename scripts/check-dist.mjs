// After `vite build`: proves what the published files promise.
// 1. `react-assetpay/core` reaches no React module anywhere in its import graph.
// 2. Every entry imports in plain Node (no window), as a server render would.
// 3. The React entries (index.js, client.js) are marked 'use client' for the Next.js App Router;
//    core, mock and the react-server entry server.js are not.
// 4. server.js exports exactly what index.js does, its React half from client.js itself.
// 5. Every `./locales/<tag>` export is built, imports in Node without React, and has every key of `en`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const failures = [];

function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    if (spec?.startsWith('.')) graph(join(dirname(file), spec), seen);
    else if (spec) seen.add(`bare:${spec}`);
  }
  return seen;
}

const coreGraph = [...graph(join(dist, 'core.js'))];
const reactImports = coreGraph.filter((node) => /^bare:(react|react-dom|@tanstack\/react-query)(\/|$)/.test(node));
if (reactImports.length) failures.push(`core imports React: ${reactImports.join(', ')}`);

for (const entry of ['index.js', 'client.js', 'server.js', 'core.js', 'mock.js']) {
  try {
    await import(pathToFileURL(join(dist, entry)).href);
  } catch (error) {
    failures.push(`${entry} does not import in Node: ${error.message}`);
  }
}
if (typeof globalThis.window !== 'undefined') failures.push('a module defined window');

const firstLine = (entry) => readFileSync(join(dist, entry), 'utf8').split('\n', 1)[0];
for (const entry of ['index.js', 'client.js']) if (!/^["']use client["'];?$/.test(firstLine(entry))) failures.push(`${entry} does not start with 'use client'`);
for (const entry of ['core.js', 'mock.js', 'server.js']) if (/use client/.test(firstLine(entry))) failures.push(`${entry} is marked 'use client'`);

const names = async (entry) => Object.keys(await import(pathToFileURL(join(dist, entry)).href)).sort().join(',');
if ((await names('server.js')) !== (await names('index.js'))) failures.push('server.js and index.js export different names');
if (!/from '\.\/client\.js'/.test(readFileSync(join(dist, 'server.js'), 'utf8'))) failures.push('server.js does not import ./client.js');

const pkg = JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8'));
const localeExports = Object.entries(pkg.exports).filter(([key]) => key.startsWith('./locales/'));
const { en } = await import(pathToFileURL(join(dist, 'locales/en.js')).href);
for (const [key, target] of localeExports) {
  const file = join(dist, '..', target.import);
  const tag = key.slice('./locales/'.length);
  try {
    const pack = (await import(pathToFileURL(file).href)).default;
    const missing = Object.keys(en).filter((name) => !(name in pack));
    if (missing.length) failures.push(`${key} lacks ${missing.join(', ')}`);
    if (!pack.locale?.startsWith(tag.split('-')[0])) failures.push(`${key} has locale ${pack.locale}`);
  } catch (error) {
    failures.push(`${key} does not import in Node: ${error.message}`);
    continue;
  }
  const reaches = [...graph(file)].filter((node) => node.startsWith('bare:'));
  if (reaches.length) failures.push(`${key} imports ${reaches.join(', ')}`);
}

if (failures.length) {
  console.error(`check-dist: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-dist: core graph has ${coreGraph.length} nodes and no React; all entries import in Node; 'use client' on index.js and client.js only; server.js mirrors index.js; ${localeExports.length} locale packs complete and free of dependencies`);
