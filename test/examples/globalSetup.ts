// Packs the built package once (`npm pack`, from dist/ as `files` says) for every examples test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, TARBALL } from './harness.js';

export default function setup() {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before the examples tests');
  const folder = dirname(TARBALL);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
  renameSync(join(folder, packed!.filename), TARBALL);
}
