#!/usr/bin/env node
// The all-in cost of react-assetpay in a Vite app: packs the package (dist/ must exist: `npm run
// build`), installs it into examples/weight, builds the baseline / hooks / panel pages and prints
// the gzip JS and CSS each adds over React + React Query.
//   node scripts/weight.mjs          print the table, lazy chunks, the panel's biggest packages and
//                                    each page's own modules up front (a treemap in text)
//   node scripts/weight.mjs --save   also rewrite the README section between the all-in-cost markers
//   node scripts/weight.mjs --json   print the whole measurement as JSON
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, installPackage, kB, measureWeight, packPackage, readReadme, renderTable, replaceSection } from '../examples/weight/measure.mjs';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--save', '--json'].includes(arg));
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: node scripts/weight.mjs [--save] [--json]`);
  process.exit(2);
}

try {
  // Check the markers first, so --save fails before the builds rather than after.
  if (args.has('--save')) replaceSection(readReadme(), '');
  packPackage();
  installPackage();
  const result = await measureWeight();
  const table = renderTable(result);

  if (args.has('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(table);
    console.log(`\nbaseline (React + React Query): ${result.baseline.jsKb.toFixed(1)} kB JS, ${result.baseline.cssKb.toFixed(1)} kB CSS (gzip)`);
    for (const page of ['hooks', 'panel']) {
      for (const chunk of result[page].lazyChunks) console.log(`${page}: loaded on demand ${chunk.file} (${chunk.package ?? '?'}) ${chunk.kB.toFixed(1)} kB`);
    }
    const contributors = result.panel.contributors;
    const radix = contributors.filter((entry) => entry.name.startsWith('@radix-ui/')).reduce((sum, entry) => sum + entry.gzip, 0);
    console.log('\nDepositPanel page, JS up front over the baseline by package (gzip, shared out by minified bytes: approximate):');
    for (const entry of contributors.filter((entry) => Math.abs(entry.gzip) >= 100)) console.log(`  ${entry.kB.toFixed(1).padStart(6)} kB  ${entry.name}`);
    console.log(`  ${kB(radix).toFixed(1).padStart(6)} kB  (all @radix-ui/* together)`);
    for (const page of ['hooks', 'panel']) {
      console.log(`\n${page} page, react-assetpay up front by module (gzip, shared out by minified bytes: approximate):`);
      for (const entry of result[page].modules.filter((entry) => entry.gzip >= 100)) console.log(`  ${entry.kB.toFixed(1).padStart(6)} kB  ${entry.name}`);
    }
    console.log(`\nbuilt in ${(result.buildMs / 1000).toFixed(1)} s (${['baseline', 'hooks', 'panel'].map((page) => `${page} ${(result[page].buildMs / 1000).toFixed(1)} s`).join(', ')})`);
  }

  if (args.has('--save')) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, replaceSection(readReadme(), table));
    console.error('README.md: all-in cost table updated');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
