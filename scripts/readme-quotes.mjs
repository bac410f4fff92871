// Copies the example files that README.md quotes into their code blocks, verbatim. A quoted block
// is a fence labelled with the file's path (```tsx examples/next/app/providers.tsx); a line
// `@@QUOTE <path>@@` becomes one. test/package/readme.test.tsx fails when a block and its file differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');

const fence = (path) => {
  const body = readFileSync(join(root, path), 'utf8').replace(/\n+$/, '');
  return `\`\`\`${extname(path).slice(1)} ${path}\n${body}\n\`\`\``;
};

const before = readFileSync(readmePath, 'utf8');
const after = before
  .replace(/^@@QUOTE (\S+)@@$/gm, (_, path) => fence(path))
  .replace(/^```\w+ (examples\/\S+)\n[\s\S]*?^```$/gm, (_, path) => fence(path));
writeFileSync(readmePath, after);
console.log(after === before ? 'readme-quotes: README.md already matches the examples' : 'readme-quotes: README.md updated from the examples');
