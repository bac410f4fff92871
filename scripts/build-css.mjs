// Bundles src/styles/index.css and its @imports, in order, into dist/styles.css.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function inline(file) {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, spec) => inline(join(dirname(file), spec)));
}
mkdirSync(join(root, 'dist'), { recursive: true });
const css = inline(join(root, 'src/styles/index.css'));
writeFileSync(join(root, 'dist/styles.css'), css);
console.log(`build-css: dist/styles.css ${(css.length / 1024).toFixed(1)} kB`);
