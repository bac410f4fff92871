// The stylesheet mirrors under dir="rtl": no physical side in any rule, unless the rule says why
// (a centred dialog, a 0-to-1 numeric scale).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
const PHYSICAL = /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/;

describe('logical CSS', () => {
  const sheets = files(src).filter((file) => file.endsWith('.css'));

  it.each(sheets.map((file) => [file.slice(src.length + 1), file]))('%s uses logical sides, or says why not', (_name, file) => {
    const rules = readFileSync(file, 'utf8').split('}');
    const physical = rules.filter((rule) => PHYSICAL.test(rule) && !/physical on purpose/.test(rule)).map((rule) => rule.trim().slice(0, 120));
    expect(physical).toEqual([]);
  });

  it('finds a physical side when one is there (the check itself)', () => {
    expect(PHYSICAL.test('a { margin-left: 1px; }')).toBe(true);
    expect(PHYSICAL.test('a { left: 0 }')).toBe(true);
    expect(PHYSICAL.test('a { margin-inline-start: 1px; inset-inline-start: 0 }')).toBe(false);
  });

  it('the inline styles of the components use logical sides too (the wear bar, a 0-to-1 scale, excepted)', () => {
    const inline = files(join(src, 'components'))
      .filter((file) => file.endsWith('.tsx') && !file.endsWith('WearBar.tsx'))
      .filter((file) => /\b(?:left|right|marginLeft|marginRight|paddingLeft|paddingRight):/.test(readFileSync(file, 'utf8')));
    expect(inline).toEqual([]);
  });
});
