// Reading numbers as people type them in their locale. Framework-free: only `Intl`.
import { MAX_USD, type Cents } from '../money.js';

/** The characters a locale writes between digit groups and before the fraction. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

const cache = new Map<string, NumberSeparators>();

const partOf = (parts: Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes) => parts.find((part) => part.type === type)?.value;

/**
 * The separators of a locale as `Intl.NumberFormat(locale)` writes plain numbers, read once per
 * locale from `formatToParts` and cached (the same object for the same locale).
 */
export function numberSeparators(locale: string): NumberSeparators {
  let found = cache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = { group: partOf(parts, 'group') ?? ',', decimal: partOf(parts, 'decimal') ?? '.' };
    cache.set(locale, found);
  }
  return found;
}

/** Any kind of space: a typed space matches a no-break (ru, pl) or narrow no-break (fr) group. */
const SPACE = /[\s\u00a0\u202f]/g;

/** `12,345` with `group` between well-formed groups: 1 to 3 digits first, then groups of 3. */
function isGrouped(text: string, group: string): boolean {
  const chunks = text.split(group);
  return chunks.length > 1 && /^\d{1,3}$/.test(chunks[0]!) && chunks.slice(1).every((chunk) => /^\d{3}$/.test(chunk));
}

/** A typed non-negative number as its digits, so that money can be converted exactly (no float). */
export interface TypedNumber {
  /** Digits before the decimal separator, without groups (may be empty: `,5`). */
  whole: string;
  /** Digits after it (empty without one). */
  fraction: string;
}

/**
 * Reads a non-negative number typed in a locale (a locale tag, or separators from
 * {@link numberSeparators}): `1,234.56` in en, `1.234,56` in de and pt-BR, `1 234,56` in ru, pl
 * and fr (any space, also no-break and narrow no-break). Groups must be well formed and use the
 * locale's own separator (a space groups only where the locale groups with one). A `.` is also
 * read as the decimal point unless it groups thousands in this locale (`12.50` and `1.234,50`
 * both work in de; `1.234` in fr, where `.` is neither, is refused). `undefined` for empty text; `null` for anything else that is not such a number:
 * a sign, an exponent, letters, two decimal points, badly placed groups (`1,23.4` in en,
 * `12 34` in ru, `1 234` in en), or the other convention's number (`1,234.5` in de).
 */
export function parseLocaleNumber(text: string, locale: string | NumberSeparators): TypedNumber | undefined | null {
  const { decimal, ...rest } = typeof locale === 'string' ? numberSeparators(locale) : locale;
  const group = rest.group.replace(SPACE, ' ');
  const cleaned = text.replace(SPACE, ' ').trim();
  if (cleaned === '') return undefined;
  let split = cleaned.lastIndexOf(decimal);
  if (split < 0 && decimal !== '.' && !isGrouped(cleaned, '.')) split = cleaned.lastIndexOf('.');
  const whole = split < 0 ? cleaned : cleaned.slice(0, split);
  const fraction = split < 0 ? '' : cleaned.slice(split + 1);
  // The point read as the decimal cannot also group the digits before it (`1.234.56` in de).
  if (split >= 0 && whole.includes(cleaned[split]!)) return null;
  const digits = /^\d*$/.test(whole) ? whole : group !== '' && isGrouped(whole, group) ? whole.split(group).join('') : null;
  if (digits === null || !/^\d*$/.test(fraction) || digits + fraction === '') return null;
  return { whole: digits, fraction };
}

/**
 * A typed number as exact integer cents, without going through a float: `null` for a fraction
 * of a cent (`12.505`, also `12.00000000000000001`, which a float would round to 12) or more
 * than `MAX_USD`. Trailing zeros are fine (`12.500` is 1250).
 */
export function typedNumberToCents(typed: TypedNumber): Cents | null {
  const fraction = typed.fraction.replace(/0+$/, '');
  if (fraction.length > 2) return null;
  // A whole part too long to be exact is far above MAX_USD anyway.
  const cents = Number(typed.whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  return cents > MAX_USD * 100 ? null : cents;
}

/**
 * Reads an amount of money typed in a locale as exact integer cents ({@link parseLocaleNumber},
 * then {@link typedNumberToCents}): `undefined` for empty text, `null` when it is not a number
 * or not whole cents. Strip the currency symbol first.
 */
export function parseLocaleCents(text: string, locale: string | NumberSeparators): Cents | undefined | null {
  const typed = parseLocaleNumber(text, locale);
  return typed ? typedNumberToCents(typed) : typed;
}
