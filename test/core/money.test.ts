import { describe, expect, it } from 'vitest';
import { formatCents, fromCents, MAX_USD, MoneyError, multiplyCents, sumCents, toCents, tryToCents } from '../../src/core/index.js';

describe('toCents', () => {
  it.each([
    [10.75, 1075],
    [0.1 + 0.2, 30],
    [0.7 + 0.1, 80],
    [1.1 * 3, 330],
    [0.01, 1],
    [0.07, 7],
    [19.99, 1999],
    [0, 0],
    [1e7, 1e9],
    [MAX_USD, MAX_USD * 100],
    [9_999_999.99, 999_999_999],
    [4.35, 435],
    [1.15, 115],
  ])('%s USD → %s cents', (usd, cents) => {
    expect(toCents(usd)).toBe(cents);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['negative', -0.01],
    ['large negative', -100],
    ['above MAX_USD', MAX_USD + 0.01],
    ['far above MAX_USD', 1e300],
    ['a tenth of a cent', 0.001],
    ['half a cent', 10.755],
    ['a third of a cent', 1 / 300],
    ['0.015', 0.015],
    ['19.999', 19.999],
    ['a millionth of a cent', 0.00000001],
    // Money is never rounded silently, however small the fraction.
    ['a tiny fraction (1e-12 USD)', 1e-12],
  ])('rejects %s with MoneyError', (_, usd) => {
    expect(() => toCents(usd)).toThrow(MoneyError);
  });

  it.each([['12'], [null], [undefined], [{}]])('rejects the non-number %j', (value) => {
    expect(() => toCents(value as unknown as number)).toThrow(MoneyError);
  });

  it('keeps the offending value on the error', () => {
    const error = (() => {
      try {
        toCents(10.755);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MoneyError);
    expect((error as MoneyError).value).toBe(10.755);
    expect((error as MoneyError).name).toBe('MoneyError');
  });
});

describe('tryToCents', () => {
  it.each([
    [10.75, 1075],
    [0.001, null],
    [Number.NaN, null],
    [-1, null],
    ['10.75', null],
  ])('%s → %s', (value, expected) => {
    expect(tryToCents(value)).toBe(expected);
  });
});

describe('fromCents', () => {
  it.each([
    [1075, 10.75],
    [1, 0.01],
    [30, 0.3],
    [1999, 19.99],
    [0, 0],
    [1e9, 1e7],
  ])('%s cents → %s USD', (cents, usd) => {
    expect(fromCents(cents)).toBe(usd);
  });

  it('prints back as the shortest decimal string', () => {
    expect(JSON.stringify({ price: fromCents(30) })).toBe('{"price":0.3}');
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.MAX_SAFE_INTEGER + 1]])('rejects %s', (cents) => {
    expect(() => fromCents(cents)).toThrow(MoneyError);
  });
});

describe('multiplyCents', () => {
  it.each([
    [10, 3, 30],
    [7, 10_000, 70_000],
    [1075, 1, 1075],
    [0, 500, 0],
    [99_999_999_999, 10, 999_999_999_990],
  ])('%s × %s = %s', (unit, quantity, total) => {
    expect(multiplyCents(unit, quantity)).toBe(total);
  });

  it.each([
    [Number.MAX_SAFE_INTEGER, 2],
    [2 ** 50, 16],
    [1, 0.5],
    [3, Number.NaN],
  ])('refuses %s × %s (not a safe integer)', (unit, quantity) => {
    expect(() => multiplyCents(unit, quantity)).toThrow(MoneyError);
  });
});

describe('sumCents', () => {
  it.each([
    [[], 0],
    [[1075], 1075],
    [[10, 10, 10], 30],
    [[1, 2, 3, 4], 10],
    [[Number.MAX_SAFE_INTEGER - 1, 1], Number.MAX_SAFE_INTEGER],
  ])('Σ %j = %s', (values, total) => {
    expect(sumCents(values)).toBe(total);
  });

  it('accepts any iterable', () => {
    expect(sumCents(new Set([5, 7]))).toBe(12);
  });

  it.each([[[Number.MAX_SAFE_INTEGER, 1]], [[2 ** 52, 2 ** 52]], [[Number.NaN]]])('refuses %j', (values) => {
    expect(() => sumCents(values)).toThrow(MoneyError);
  });
});

describe('formatCents', () => {
  const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    [1075, undefined, '$10.75'],
    [1075, { locale: 'en-US' }, '$10.75'],
    [1075, { locale: 'de-DE' }, '10,75 $'],
    [1075, { currency: 'EUR' }, '€10.75'],
    [1075, { locale: 'de-DE', currency: 'EUR' }, '10,75 €'],
    [0, undefined, '$0.00'],
    [1, undefined, '$0.01'],
    [100, undefined, '$1.00'],
    [123_456_789, undefined, '$1,234,567.89'],
    [123_456_789, { locale: 'de-DE' }, '1.234.567,89 $'],
  ])('%s cents with %j → %s', (cents, options, text) => {
    expect(nbsp(formatCents(cents, options))).toBe(text);
  });

  it('uses the options of each call, not those of a cached formatter', () => {
    expect(nbsp(formatCents(500, { locale: 'de-DE' }))).toBe('5,00 $');
    expect(nbsp(formatCents(500, { locale: 'en-US' }))).toBe('$5.00');
    expect(nbsp(formatCents(500, { locale: 'de-DE' }))).toBe('5,00 $');
  });
});
