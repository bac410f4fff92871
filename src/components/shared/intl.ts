// A small cached layer over `Intl`: plural forms, relative times, durations and dates.
// Formatters are costly to build, so each one is made once per locale and options and reused.
// Locale packs call these with their own locale, e.g. `plural('ru', n, { one, few, many, other })`.
import type { TimeLeft } from '../../core/index.js';

/** The words (or anything else) for each CLDR plural category; `other` is always required. */
export type PluralForms<T = string> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

/** Width of a duration, as `Intl.DurationFormat` names it. */
export type DurationStyle = 'long' | 'short' | 'narrow';

/** The parts of a duration; units left out (or 0, unless all are 0) are not shown. */
export interface DurationParts {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** Something with a `format` method that turns a duration into text. */
export interface DurationFormatter {
  format(duration: DurationParts): string;
}

const cache = new Map<string, unknown>();
// The same options object asks again on every render of a card: it skips the JSON key.
const byOptions = new WeakMap<object, Map<string, unknown>>();

/** One instance per kind, locale and options: the same locale gets the same formatter back. */
function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const short = `${kind}|${locale}`;
  const seen = options ? byOptions.get(options) : undefined;
  const known = seen?.get(short) as T | undefined;
  if (known !== undefined) return known;
  const key = options ? `${short}|${JSON.stringify(options)}` : short;
  let hit = cache.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  if (options) {
    if (seen) seen.set(short, hit);
    else byOptions.set(options, new Map([[short, hit]]));
  }
  return hit;
}

/** The cached `Intl.PluralRules` of a locale (cardinal unless `options` says otherwise). */
export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

/** The form for `n` in `locale`: `forms[category]`, or `forms.other` when that category is missing. */
export function plural<T>(locale: string, n: number, forms: PluralForms<T>): T {
  return forms[pluralRules(locale).select(n)] ?? forms.other;
}

/** The cached `Intl.RelativeTimeFormat` of a locale. */
export function relativeTime(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** The cached `Intl.DateTimeFormat` of a locale and options. */
export function dateTime(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** The cached `Intl.NumberFormat` of a locale and options (e.g. a unit such as `second`). */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

const UNITS = [
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

type DurationFormatCtor = new (locale: string, options: { style: DurationStyle }) => DurationFormatter;


/** The same text as `Intl.DurationFormat` for days to seconds: each unit by `Intl.NumberFormat`, joined as a unit list. */
function fallbackDurationFormat(locale: string, style: DurationStyle): DurationFormatter {
  const list = new Intl.ListFormat(locale, { type: 'unit', style });
  return {
    format(duration) {
      const parts = UNITS.filter(([key]) => (duration[key] ?? 0) !== 0).map(([key, unit]) =>
        numberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(duration[key] ?? 0),
      );
      // Like DurationFormat, an all-zero duration still shows its smallest given unit.
      if (parts.length === 0) {
        const last = UNITS.filter(([key]) => duration[key] !== undefined).pop() ?? UNITS[3];
        parts.push(numberFormat(locale, { style: 'unit', unit: last[1], unitDisplay: style }).format(0));
      }
      return list.format(parts);
    },
  };
}

/** A cached duration formatter: `Intl.DurationFormat` where present, otherwise a fallback with the same output. */
export function durationFormat(locale: string, style: DurationStyle = 'short'): DurationFormatter {
  // `Intl.DurationFormat` where the runtime has it (not in Node 20 or older browsers).
  const Native = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  return cached(Native ? 'duration' : 'duration-fallback', locale, { style }, () =>
    Native ? new Native(locale, { style }) : fallbackDurationFormat(locale, style),
  );
}

/** A duration as text, e.g. `6 days, 23 hr` in English (`short`). */
export function formatDuration(locale: string, duration: DurationParts, style: DurationStyle = 'short'): string {
  return durationFormat(locale, style).format(duration);
}

/**
 * Time left as its two largest units: days and hours, else hours and minutes, else minutes
 * (at least 1). Pass `onPassed` for the words once the time is up.
 */
export function formatTimeLeft(locale: string, left: TimeLeft, onPassed: string, style: DurationStyle = 'short'): string {
  const { days, hours, minutes, ms } = left;
  if (ms <= 0) return onPassed;
  const parts: DurationParts = days > 0 ? { days, hours } : hours > 0 ? { hours, minutes } : { minutes: Math.max(1, minutes) };
  return formatDuration(locale, parts, style);
}

/** How long ago, from whole minutes, in the largest fitting unit: `5 minutes ago`, `2 hours ago`, `3 days ago`. */
export function formatAgo(locale: string, minutes: number, options?: Intl.RelativeTimeFormatOptions): string {
  const rtf = relativeTime(locale, options ?? { numeric: 'always' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 1440) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / 1440), 'day');
}
