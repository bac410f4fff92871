/** The characters a locale writes between digit groups and before the fraction. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

const cache = new Map<string, NumberSeparators>();

/** The locale's group and decimal separators, read once per locale from `Intl.NumberFormat`. */
export function numberSeparators(locale: string): NumberSeparators {
  let found = cache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    cache.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f]/g;

/** `12,345` with `group` between groups of 3 (2 also allowed inside, as in en-IN). */
function isGrouped(text: string, group: string): boolean {
  const chunks = text.split(group);
  return (
    chunks.length > 1 &&
    /^\d{1,3}$/.test(chunks[0]!) &&
    /^\d{3}$/.test(chunks[chunks.length - 1]!) &&
    chunks.slice(1, -1).every((chunk) => /^\d{2,3}$/.test(chunk))
  );
}

/** A typed non-negative number as its digits, so that money can be converted exactly (no float). */
export interface TypedNumber {
  /** Digits before the decimal separator, without groups (may be empty: `,5`). */
  whole: string;
  /** Digits after it (empty without one). */
  fraction: string;
}

/**
 * Reads a non-negative number typed in the locale: spaces (also no-break and narrow no-break, as
 * ru, pl and fr group) are dropped, groups must be well formed (`1.234,56` in de, `1,234.56` in
 * en), and a `.` is also read as the decimal point unless it groups thousands in this locale
 * (`12.50` and `1.234,50` both work in de). `undefined` for empty text, `null` for anything else
 * that is not such a number (a sign, an exponent, letters, two decimal points).
 */
export function parseLocaleNumber(text: string, separators: NumberSeparators): TypedNumber | undefined | null {
  const { group, decimal } = separators;
  const cleaned = text.replace(SPACES, '');
  if (cleaned === '') return undefined;
  let split = cleaned.lastIndexOf(decimal);
  if (split < 0 && decimal !== '.' && !isGrouped(cleaned, '.')) split = cleaned.lastIndexOf('.');
  const whole = split < 0 ? cleaned : cleaned.slice(0, split);
  const fraction = split < 0 ? '' : cleaned.slice(split + 1);
  const digits = /^\d*$/.test(whole) ? whole : group.trim() !== '' && isGrouped(whole, group) ? whole.split(group).join('') : null;
  if (digits === null || !/^\d*$/.test(fraction) || digits + fraction === '') return null;
  return { whole: digits, fraction };
}
