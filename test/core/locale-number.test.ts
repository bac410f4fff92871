import { describe, expect, it } from 'vitest';
import { numberSeparators, parseLocaleNumber } from '../../src/core/index.js';

const read = (text: string, locale: string) => {
  const typed = parseLocaleNumber(text, numberSeparators(locale));
  return typed ? `${typed.whole}|${typed.fraction}` : typed;
};

describe('parseLocaleNumber', () => {
  it.each([
    ['en', '1,234.56', '1234|56'],
    ['en', '1234.5', '1234|5'],
    ['de', '1.234,56', '1234|56'],
    ['de', '12.50', '12|50'],
    ['de', '1.234', '1234|'],
    ['pt-BR', '1.234,56', '1234|56'],
    ['ru', '1\u00a0234,56', '1234|56'],
    ['ru', '1 234,56', '1234|56'],
    ['pl', '12\u00a0345,6', '12345|6'],
    ['fr', '1\u202f234,56', '1234|56'],
    ['fr', ',5', '|5'],
  ])('%s reads %j as %s', (locale, text, expected) => {
    expect(read(text, locale)).toBe(expected);
  });

  it.each([
    ['en', '1,23.4'],
    ['en', '1e3'],
    ['en', '-5'],
    ['de', '1.23,4'],
    ['ru', '12,3,4'],
    ['en', 'abc'],
    ['en', '.'],
    ['de', '1,2,3'],
  ])('%s refuses %j', (locale, text) => {
    expect(read(text, locale)).toBeNull();
  });

  it('says undefined for empty text and caches the separators per locale', () => {
    expect(read('  ', 'en')).toBeUndefined();
    expect(numberSeparators('de')).toBe(numberSeparators('de'));
    expect(numberSeparators('de')).toEqual({ group: '.', decimal: ',' });
  });
});
