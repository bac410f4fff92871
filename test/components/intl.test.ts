import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dateTime,
  defaultLabels,
  durationFormat,
  formatAgo,
  formatDuration,
  formatTimeLeft,
  numberFormat,
  plural,
  pluralRules,
  relativeTime,
} from '../../src/components/shared/index.js';

const slavic = { one: 'one', few: 'few', many: 'many', other: 'other' };

describe('plural', () => {
  it.each([
    [0, 'many'],
    [1, 'one'],
    [2, 'few'],
    [5, 'many'],
    [21, 'one'],
    [22, 'few'],
  ])('Russian %i is %s', (n, form) => {
    expect(plural('ru', n, slavic)).toBe(form);
  });

  it.each([
    [0, 'many'],
    [1, 'one'],
    [2, 'few'],
    [5, 'many'],
    [21, 'many'],
    [22, 'few'],
  ])('Polish %i is %s', (n, form) => {
    expect(plural('pl', n, slavic)).toBe(form);
  });

  it.each([
    [0, 'items'],
    [1, 'item'],
    [2, 'items'],
    [5, 'items'],
    [21, 'items'],
  ])('English %i is %s', (n, form) => {
    expect(plural('en', n, { one: 'item', other: 'items' })).toBe(form);
  });

  it('falls back to `other` when the category has no form', () => {
    expect(plural('ru', 2, { one: 'предмет', other: 'предметов' })).toBe('предметов');
    expect(plural('ru', 1, { other: 'x' })).toBe('x');
  });

  it('takes forms of any type, e.g. whole sentences as functions', () => {
    const forms = { one: (n: number) => `${n} предмет`, few: (n: number) => `${n} предмета`, other: (n: number) => `${n} предметов` };
    expect([1, 3, 25].map((n) => plural('ru', n, forms)(n))).toEqual(['1 предмет', '3 предмета', '25 предметов']);
  });
});

describe('cache', () => {
  it('returns the same formatter for the same locale and options', () => {
    expect(pluralRules('ru')).toBe(pluralRules('ru'));
    expect(pluralRules('ru')).not.toBe(pluralRules('pl'));
    expect(relativeTime('de')).toBe(relativeTime('de'));
    expect(relativeTime('de', { style: 'short' })).not.toBe(relativeTime('de'));
    expect(dateTime('fr', { dateStyle: 'medium' })).toBe(dateTime('fr', { dateStyle: 'medium' }));
    expect(dateTime('fr', { dateStyle: 'medium' })).not.toBe(dateTime('fr', { dateStyle: 'long' }));
    expect(numberFormat('tr', { style: 'unit', unit: 'day' })).toBe(numberFormat('tr', { style: 'unit', unit: 'day' }));
    expect(durationFormat('pl')).toBe(durationFormat('pl'));
    expect(durationFormat('pl', 'long')).not.toBe(durationFormat('pl'));
  });

  it('keeps one options object apart per kind and locale, and equal objects share a formatter', () => {
    const digits = { minimumFractionDigits: 4, maximumFractionDigits: 4 };
    const ru = numberFormat('ru', digits);
    expect(numberFormat('ru', digits)).toBe(ru);
    expect(numberFormat('ru', { ...digits })).toBe(ru);
    expect(numberFormat('en', digits)).not.toBe(ru);
    expect(numberFormat('en', digits).format(0.05)).toBe('0.0500');
    expect(ru.format(0.05)).toBe('0,0500');
    // The same object for another kind of formatter is another formatter.
    const options = { numeric: 'auto' } as const;
    expect(relativeTime('ru', options)).toBeInstanceOf(Intl.RelativeTimeFormat);
    expect(pluralRules('ru', options as Intl.PluralRulesOptions)).toBeInstanceOf(Intl.PluralRules);
  });

  it('builds a PluralRules once per locale however often plural() is called', () => {
    let made = 0;
    const Original = Intl.PluralRules;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    }
    vi.stubGlobal('Intl', { PluralRules: Counting });
    for (let n = 0; n < 50; n++) plural('uk', n, slavic);
    vi.unstubAllGlobals();
    expect(made).toBe(1);
    expect(plural('uk', 3, slavic)).toBe('few');
  });
});

describe('durations', () => {
  afterEach(() => vi.unstubAllGlobals());

  const withoutDurationFormat = () => {
    const { DurationFormat: _, ...rest } = Intl as unknown as Record<string, unknown>;
    vi.stubGlobal('Intl', { ...rest, PluralRules: Intl.PluralRules, NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat });
    expect('DurationFormat' in Intl).toBe(false);
  };

  it('formats without Intl.DurationFormat, like DurationFormat would', () => {
    withoutDurationFormat();
    expect(formatDuration('en', { days: 6, hours: 23 })).toBe('6 days, 23 hr');
    expect(formatDuration('en', { hours: 2, minutes: 0 })).toBe('2 hr');
    expect(formatDuration('en', { minutes: 30 })).toBe('30 min');
    expect(formatDuration('en', { seconds: 0 })).toBe('0 sec');
    expect(formatDuration('en', { days: 1, hours: 1 }, 'long')).toBe('1 day, 1 hour');
    expect(formatDuration('en', { days: 6, hours: 23 }, 'narrow')).toBe('6d 23h');
    expect(formatDuration('ru', { days: 2, hours: 5 }, 'long')).toBe('2 дня 5 часов');
  });

  it('uses Intl.DurationFormat where the runtime has it', () => {
    const format = vi.fn(() => 'native');
    class DurationFormat {
      constructor(
        readonly locale: string,
        readonly options: object,
      ) {}
      format = format;
    }
    vi.stubGlobal('Intl', { ...Intl, PluralRules: Intl.PluralRules, NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat, DurationFormat });
    expect(formatDuration('en-GB', { minutes: 3 })).toBe('native');
    expect(format).toHaveBeenCalledWith({ minutes: 3 });
  });

  it('shows time left as its two largest units', () => {
    const left = (days: number, hours: number, minutes: number, ms = 1) => ({ days, hours, minutes, ms });
    expect(formatTimeLeft('en', left(6, 23, 59), 'a moment')).toBe('6 days, 23 hr');
    expect(formatTimeLeft('en', left(0, 2, 5), 'a moment')).toBe('2 hr, 5 min');
    expect(formatTimeLeft('en', left(0, 0, 0), 'a moment')).toBe('1 min');
    expect(formatTimeLeft('en', left(0, 0, 0, 0), 'a moment')).toBe('a moment');
  });

  it('says how long ago in the largest fitting unit', () => {
    expect(formatAgo('en', 1)).toBe('1 minute ago');
    expect(formatAgo('en', 5)).toBe('5 minutes ago');
    expect(formatAgo('en', 125)).toBe('2 hours ago');
    expect(formatAgo('en', 3 * 1440)).toBe('3 days ago');
  });
});

describe('English labels', () => {
  it('pick singular and plural words through plural rules', () => {
    expect(defaultLabels.depositCount(0)).toBe('Deposit 0 items');
    expect(defaultLabels.depositCount(1)).toBe('Deposit 1 item');
    expect(defaultLabels.depositCount(3)).toBe('Deposit 3 items');
    expect(defaultLabels.units(1)).toBe('1 unit');
    expect(defaultLabels.units(17)).toBe('17 units');
  });

  it('format times through Intl', () => {
    expect(defaultLabels.updatedAgo(0)).toBe('Updated just now');
    expect(defaultLabels.updatedAgo(1)).toBe('Updated 1 minute ago');
    expect(defaultLabels.updatedAgo(12)).toBe('Updated 12 minutes ago');
    expect(defaultLabels.refreshIn(12)).toBe('Refresh in 12 sec');
    expect(defaultLabels.retryIn(30)).toBe('You can try again in 30 sec.');
    expect(defaultLabels.holdCountdown({ days: 6, hours: 23, minutes: 0, ms: 1 })).toBe('6 days, 23 hr');
    expect(defaultLabels.holdCountdown({ days: 0, hours: 0, minutes: 0, ms: 0 })).toBe('a moment');
  });
});
