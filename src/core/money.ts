/**
 * Money helpers. The API speaks USD as JSON numbers; every sum and comparison in this library
 * happens in integer cents. Convert once at the boundary ({@link toCents}), format once at the
 * edge ({@link formatCents}).
 */

/** An integer amount of cents. */
export type Cents = number;

/** Thrown when a USD number cannot be turned into whole cents without rounding. */
export class MoneyError extends Error {
  override readonly name = 'MoneyError';
  constructor(readonly value: unknown, reason: string) {
    super(`Not an exact amount of cents (${reason})`);
  }
}

/** The largest USD amount accepted, so that every cent sum stays a safe integer. */
export const MAX_USD = 10_000_000;

/**
 * Converts a USD amount (as the API sends it, e.g. `10.75`) to integer cents (`1075`).
 * Throws {@link MoneyError} for NaN, infinities, negatives, amounts above {@link MAX_USD} and
 * values with fractions of a cent: money is never rounded silently.
 */
export function toCents(usd: number): Cents {
  if (typeof usd !== 'number' || !Number.isFinite(usd)) throw new MoneyError(usd, 'not a finite number');
  if (usd < 0) throw new MoneyError(usd, 'negative');
  if (usd > MAX_USD) throw new MoneyError(usd, `above ${MAX_USD}`);
  const scaled = usd * 100;
  const cents = Math.round(scaled);
  // Binary floats make 10.75 * 100 = 1075.0000000000002; allow that relative noise, refuse
  // real fractions, however small (1e-12 USD is not zero cents).
  if (Math.abs(scaled - cents) > Math.abs(scaled) * Number.EPSILON * 8) {
    throw new MoneyError(usd, 'fraction of a cent');
  }
  // `-0` (valid JSON) would otherwise be formatted as "-$0.00".
  return cents === 0 ? 0 : cents;
}

/** Like {@link toCents} but returns `null` instead of throwing. */
export function tryToCents(usd: unknown): Cents | null {
  try {
    return toCents(usd as number);
  } catch {
    return null;
  }
}

/** Converts integer cents back to the USD number the API expects (`1075` → `10.75`). */
export function fromCents(cents: Cents): number {
  if (!Number.isSafeInteger(cents)) throw new MoneyError(cents, 'cents must be a safe integer');
  // Division by 100 of an integer gives the closest double to the decimal value, which is what
  // JSON.stringify prints back as the shortest decimal string.
  return cents / 100;
}

/** Multiplies a unit price in cents by a whole quantity, exactly. */
export function multiplyCents(unitCents: Cents, quantity: number): Cents {
  const total = unitCents * quantity;
  if (!Number.isSafeInteger(total)) throw new MoneyError(total, 'total exceeds safe integer range');
  return total;
}

/** Adds cent amounts exactly; throws if the sum leaves the safe-integer range. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new MoneyError(total, 'sum exceeds safe integer range');
  return total;
}

/** Options for {@link formatCents}. */
export interface FormatMoneyOptions {
  /** BCP 47 locale. @default 'en-US' */
  locale?: string;
  /** ISO 4217 currency code. The API's amounts are USD. @default 'USD' */
  currency?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer cents for display through a cached `Intl.NumberFormat`. */
export function formatCents(cents: Cents, { locale = 'en-US', currency = 'USD' }: FormatMoneyOptions = {}): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(key, formatter);
  }
  // `+ 0` turns -0 into 0: no "-$0.00".
  return formatter.format(cents / 100 + 0);
}
