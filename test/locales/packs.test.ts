// The locale packs as data: complete, free of English, right plural forms, deep overrides.
import { describe, expect, it } from 'vitest';
import { mergeLabels } from '../../src/index.js';
import { en, englishIn, packTexts, PACKS, SHARED_WORDS, TAGS } from './support.js';
import { ru } from '../../src/locales/ru.js';
import { pl } from '../../src/locales/pl.js';
import { ptBR } from '../../src/locales/pt-BR.js';

const tablesOf = (pack: object) => Object.entries(pack).filter(([, value]) => value && typeof value === 'object');

describe.each(TAGS)('the %s pack', (tag) => {
  const pack = PACKS[tag]!;

  it('has every key of English, every key of each table (errors, stages, …), and its own locale', () => {
    expect(Object.keys(pack).sort()).toEqual(Object.keys(en).sort());
    for (const [name, table] of tablesOf(en)) {
      // Steam's words are there only where Steam's own translation is known.
      if (name === 'exteriorNames' || name === 'rarityNames') continue;
      expect([name, Object.keys(pack[name as keyof typeof pack] as object).sort()]).toEqual([name, Object.keys(table).sort()]);
    }
    expect(pack.locale).toBe(tag);
    expect(typeof pack.depositCount(3)).toBe('string');
  });

  it('has no English left in any string, at any count', () => {
    const texts = packTexts(pack);
    expect(texts.length).toBeGreaterThan(250);
    const english = texts.map((text) => [text, englishIn(text, SHARED_WORDS[tag])] as const).filter(([, words]) => words.length > 0);
    expect(english).toEqual([]);
  });

  it('differs from English in every sentence (nothing copied over untranslated)', () => {
    const english = packTexts(en);
    const shared = new Set(SHARED_WORDS[tag]);
    const same = packTexts(pack).filter((text, index) => text === english[index] && /\p{L}{4,}/u.test(text) && !/^(CS2|Rust|StatTrak™)$/.test(text) && !shared.has(text.toLowerCase()));
    expect(same).toEqual([]);
  });
});

describe('plural forms', () => {
  const counts = [0, 1, 2, 5, 21, 22];

  it('Russian: one (1, 21), few (2, 22), many (0, 5)', () => {
    expect(counts.map((n) => ru.depositCount(n))).toEqual([
      'Внести 0 предметов',
      'Внести 1 предмет',
      'Внести 2 предмета',
      'Внести 5 предметов',
      'Внести 21 предмет',
      'Внести 22 предмета',
    ]);
    expect(counts.map((n) => ru.units(n))).toEqual(['0 единиц', '1 единица', '2 единицы', '5 единиц', '21 единица', '22 единицы']);
    expect(counts.slice(1).map((n) => ru.updatedAgo(n))).toEqual([
      'Обновлено 1 минуту назад',
      'Обновлено 2 минуты назад',
      'Обновлено 5 минут назад',
      'Обновлено 21 минуту назад',
      'Обновлено 22 минуты назад',
    ]);
    expect(ru.updatedAgo(0)).toBe('Обновлено только что');
  });

  it('Polish: one (1 only), few (2, 22), many (0, 5, 21)', () => {
    expect(counts.map((n) => pl.depositCount(n))).toEqual([
      'Wpłać 0 przedmiotów',
      'Wpłać 1 przedmiot',
      'Wpłać 2 przedmioty',
      'Wpłać 5 przedmiotów',
      'Wpłać 21 przedmiotów',
      'Wpłać 22 przedmioty',
    ]);
    expect(counts.map((n) => pl.units(n))).toEqual(['0 sztuk', '1 sztuka', '2 sztuki', '5 sztuk', '21 sztuk', '22 sztuki']);
    expect(counts.slice(1).map((n) => pl.updatedAgo(n))).toEqual([
      'Zaktualizowano 1 minutę temu',
      'Zaktualizowano 2 minuty temu',
      'Zaktualizowano 5 minut temu',
      'Zaktualizowano 21 minut temu',
      'Zaktualizowano 22 minuty temu',
    ]);
  });

  it('Brazilian Portuguese: 1 is singular, 0 takes the plural (CLDR would say one)', () => {
    expect(new Intl.PluralRules('pt-BR').select(0)).toBe('one');
    expect([0, 1, 2, 5].map((n) => ptBR.selectedCount(n, 50))).toEqual(['0 de 50 selecionados', '1 de 50 selecionado', '2 de 50 selecionados', '5 de 50 selecionados']);
    expect([0, 1, 2].map((n) => ptBR.units(n))).toEqual(['0 unidades', '1 unidade', '2 unidades']);
    expect([1, 2].map((n) => ptBR.depositCount(n))).toEqual(['Depositar 1 item', 'Depositar 2 itens']);
  });

  it('durations in the pack’s language, through Intl', () => {
    expect(ru.retryIn(30)).toMatch(/30\s*с/);
    expect(ru.holdCountdown({ days: 6, hours: 23, minutes: 0, ms: 1 })).toMatch(/^6\s*дн\.?,?\s*23\s*ч/);
    expect(pl.holdCountdown({ days: 6, hours: 23, minutes: 0, ms: 1 })).toMatch(/^6\s*dni(,| i)?\s*23\s*godz/);
  });
});

describe('overrides over a pack', () => {
  it('merge deeply: one error text and one stage change, the rest of the pack stays', () => {
    const labels = mergeLabels(ru, { selectAll: 'Выбрать всё', errors: { RATE_LIMITED: 'Подождите.' }, tradeStage: { completed: 'Готово' } });
    expect(labels.selectAll).toBe('Выбрать всё');
    expect(labels.errors.RATE_LIMITED).toBe('Подождите.');
    expect(labels.errors.PRICE_CHANGED).toBe(ru.errors.PRICE_CHANGED);
    expect(labels.tradeStage.completed).toBe('Готово');
    expect(labels.tradeStage.failed).toBe(ru.tradeStage.failed);
    expect(labels.locale).toBe('ru');
    expect(ru.selectAll).not.toBe('Выбрать всё');
  });
});
