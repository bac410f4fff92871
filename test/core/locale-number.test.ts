import { describe, expect, it } from 'vitest';
import { numberSeparators, parseLocaleCents, parseLocaleNumber, typedNumberToCents } from '../../src/core/index.js';

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
    ['fr', '1 234,56', '1234|56'],
    ['fr', '1\u00a0234\u202f567,5', '1234567|5'],
    ['pl', '1234,56', '1234|56'],
    ['ru', '12.50', '12|50'],
    ['pt-BR', '12,5', '12|5'],
    ['en', '  7.05 ', '7|05'],
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
    ['ru', '12 34,5'],
    ['fr', '1 2345,6'],
    ['ru', '1.234'],
    ['en', '1 234.56'],
    ['de', '1 234,56'],
    ['pt-BR', '1,234.56'],
    ['en', '12..5'],
    ['en', 'Infinity'],
  ])('%s refuses %j', (locale, text) => {
    expect(read(text, locale)).toBeNull();
  });

  it('says undefined for empty text and caches the separators per locale', () => {
    expect(read('  ', 'en')).toBeUndefined();
    expect(numberSeparators('de')).toBe(numberSeparators('de'));
    expect(numberSeparators('de')).toEqual({ group: '.', decimal: ',' });
    expect(parseLocaleNumber('1,234', 'en')).toEqual(parseLocaleNumber('1,234', numberSeparators('en')));
  });

});

describe('parseLocaleCents', () => {
  it.each([
    ['en', '1,234.56', 123456],
    ['en', '12.500', 1250],
    ['en', '.5', 50],
    ['en', '007.05', 705],
    ['de', '1.234,5', 123450],
    ['pt-BR', '0,01', 1],
    ['ru', '10\u00a0000\u00a0000,00', 1_000_000_000],
    ['pl', '12\u00a0345,60', 1_234_560],
    ['fr', '1\u202f234,56', 123456],
  ])('%s reads %j as %i cents, exactly', (locale, text, cents) => {
    expect(parseLocaleCents(text, locale)).toBe(cents);
  });

  it('never rounds: fractions of a cent and amounts above MAX_USD are refused', () => {
    expect(parseLocaleCents('12.505', 'en')).toBeNull();
    // A float would read this as 12 and give 1200.
    expect(parseLocaleCents('12.00000000000000001', 'en')).toBeNull();
    expect(parseLocaleCents('10,000,000.01', 'en')).toBeNull();
    expect(parseLocaleCents('99999999999', 'en')).toBeNull();
    expect(parseLocaleCents('1,5', 'en')).toBeNull();
    expect(parseLocaleCents('', 'de')).toBeUndefined();
    expect(typedNumberToCents({ whole: '', fraction: '' })).toBe(0);
  });
});
