// One place for facts: the game ids live in src/core/games.ts only, and its helpers read them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CS2, GAME_IDS, GAMES, isGameId, parseGame, RUST, wireGame } from '../../src/core/index.js';

const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []));
/** The code of a file without its comments (doc comments may name the ids a default stands for). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('GAMES', () => {
  it('is the only place in src/ that names a game id', () => {
    const offenders = files(SRC)
      .filter((file) => !file.endsWith(join('core', 'games.ts')))
      .flatMap((file) =>
        code(readFileSync(file, 'utf8'))
          .split('\n')
          .filter((line) => /\b(730|252490)\b/.test(line))
          .map((line) => `${relative(SRC, file)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('reads ids in both forms and writes the wire form', () => {
    expect(GAME_IDS).toEqual([CS2, RUST]);
    expect(GAME_IDS.map(wireGame)).toEqual(['730', '252490']);
    expect([730, '730', 252490, '252490'].map(parseGame)).toEqual([730, 730, 252490, 252490]);
    expect([440, '440', '', ' 730', '730.0', 730.5, null, undefined, {}].map(parseGame)).toEqual(Array(9).fill(undefined));
    expect(isGameId(730)).toBe(true);
    expect(isGameId('730')).toBe(false);
    expect(GAMES[RUST].stackable).toBe(true);
    expect(GAMES[CS2].holdDays).toBe(7);
  });
});
