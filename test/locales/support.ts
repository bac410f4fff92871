// Finds English left in a rendered page or a pack: the English pack's own words, minus names that
// stay as Steam and the API send them.
import type { Labels } from '../../src/index.js';
import { en } from '../../src/locales/en.js';
import { ru } from '../../src/locales/ru.js';
import { uk } from '../../src/locales/uk.js';
import { pl } from '../../src/locales/pl.js';
import { de } from '../../src/locales/de.js';
import { fr } from '../../src/locales/fr.js';
import { es } from '../../src/locales/es.js';
import { ptBR } from '../../src/locales/pt-BR.js';
import { tr } from '../../src/locales/tr.js';
import { zhCN } from '../../src/locales/zh-CN.js';

/** Every pack but English, by tag. */
export const PACKS: Readonly<Record<string, Labels>> = { ru, uk, pl, de, fr, es, 'pt-BR': ptBR, tr, 'zh-CN': zhCN };
export const TAGS = Object.keys(PACKS);
export { en };

/** Brand and game names, shown the same in every language. */
const BRANDS = ['steam', 'assetpay', 'cs2', 'rust', 'stattrak', 'guard'];

/**
 * Words that are English and also the usual word in that language, so they are not a leftover.
 * Kept short on purpose: each one is a decision, not a way round the test.
 */
export const SHARED_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: ['status', 'filter', 'souvenir', 'min', 'max', 'minute', 'url'],
  fr: ['souvenir', 'date', 'max', 'min', 'minute', 'minutes', 'protection', 'public', 'page', 'mobile', 'url'],
  es: ['max', 'min', 'url'],
  // `item` and `exterior` are the Portuguese words (Steam's own pt-BR names); `URL` as in Steam's "URL de troca".
  'pt-BR': ['max', 'min', 'item', 'exterior', 'url'],
  pl: ['max', 'min'],
  ru: [],
  uk: [],
  tr: ['max', 'min'],
  'zh-CN': [],
};

// Words, not ids: a token with a digit or an underscore (a trade id, an error key, a request id) is skipped.
const TOKEN = /[^\s,;:!?()«»"“”„·|/]+/g;
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const words = (text: string) =>
  (text.match(TOKEN) ?? []).filter((token) => !/[\d_]/.test(token)).flatMap((token) => token.match(WORD) ?? []).map((word) => word.toLowerCase());

const SAMPLE_LEFT = { days: 6, hours: 23, minutes: 5, ms: 1 };

/** Every string a pack can show: plain strings, tables, and functions called with 0, 1, 2, 5, 21 and 22. */
export function packTexts(pack: Labels): string[] {
  const out: string[] = [];
  const visit = (key: string, value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      if (key === 'holdCountdown') out.push(value(SAMPLE_LEFT), value({ days: 0, hours: 0, minutes: 0, ms: 0 }));
      else for (const n of [0, 1, 2, 5, 21, 22]) out.push(value(n, n, n, n));
    } else if (value && typeof value === 'object') for (const [inner, item] of Object.entries(value)) visit(inner, item);
  };
  for (const [key, value] of Object.entries(pack)) if (key !== 'locale') visit(key, value);
  return out;
}

/** The English vocabulary: each word (3 letters or more) the English pack can show, less brand names. */
export const ENGLISH = new Set(packTexts(en).flatMap(words).filter((word) => word.length >= 3 && !BRANDS.includes(word)));

/** Everything a user can read or hear in `root`: its text and the names, descriptions and values on its elements. */
export function visibleText(root: ParentNode): string {
  const parts = [(root as Element).textContent ?? ''];
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

/** English words in `text`, less `allowed` (item names, shared words). */
export function englishIn(text: string, allowed: Iterable<string> = []): string[] {
  const skip = new Set([...allowed].flatMap(words));
  return [...new Set(words(text).filter((word) => ENGLISH.has(word) && !skip.has(word)))];
}

/** The names in raw inventory rows (items, stickers, charms) that stay as Steam sends them. */
export function namesIn(rows: readonly object[]): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key = '') => {
    if (typeof value === 'string' && /name$/i.test(key)) out.push(value);
    else if (value && typeof value === 'object') for (const [inner, item] of Object.entries(value)) visit(item, Array.isArray(value) ? key : inner);
  };
  visit(rows);
  return out;
}
