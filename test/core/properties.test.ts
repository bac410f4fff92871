import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssetPayError,
  fromCents,
  MAX_USD,
  MoneyError,
  parseInventoryItems,
  parseInventoryResponse,
  sumCents,
  toCents,
} from '../../src/core/index.js';
import { inventoryEnvelope } from './makeItem.js';

const MAX_CENTS = MAX_USD * 100;
const cents = fc.integer({ min: 0, max: MAX_CENTS });
const junk = fc.anything({
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withDate: true,
  withBigInt: true,
  withTypedArray: true,
});

/** A raw inventory row the API may send: every value valid per the schema. */
const validRow = fc.record(
  {
    appid: fc.constantFrom(730, 252490),
    contextid: fc.constant(2),
    name: fc.string({ maxLength: 60 }),
    marketHashName: fc.string({ maxLength: 60 }),
    iconUrl: fc.string({ maxLength: 30 }),
    tradable: fc.boolean(),
    accepted: fc.boolean(),
    marketPrice: cents.map(fromCents),
    offer: fc.record(
      { price: cents.map(fromCents), reference: fc.string(), maxAmount: fc.integer({ min: 1, max: 20_000 }), accepted: fc.boolean() },
      { requiredKeys: ['price'] },
    ),
    amount: fc.integer({ min: 1, max: 50_000 }),
    wear: fc.string(),
    color: fc.constantFrom('#D32CE6', '#4b69ff', 'red', 'javascript:x'),
    paintSeed: fc.integer({ min: 0, max: 1000 }),
    stickers: fc.array(fc.record({ name: fc.string(), slot: fc.integer({ min: -1, max: 5 }), iconUrl: fc.string() }), { maxLength: 5 }),
  },
  { requiredKeys: ['appid', 'tradable'] },
);

/** Valid rows with unique ids `v-0`, `v-1`, ... */
const validRows = fc.array(validRow, { maxLength: 15 }).map((rows) => rows.map((row, i) => ({ id: `v-${i}`, ...row })));

const MUTABLE_KEYS = ['id', 'appid', 'tradable', 'accepted', 'offer', 'amount', 'name', 'stickers', 'color', 'marketPrice', 'wear'] as const;
/** A valid row with one field (or one `offer` field) replaced by anything. Its id never starts with `v-`. */
const mutatedRow = fc
  .tuple(validRow, fc.constantFrom<string>(...MUTABLE_KEYS, 'offer.price', 'offer.maxAmount', 'offer.reference'), junk, fc.nat(99))
  .map(([row, key, value, n]) => {
    const copy: Record<string, unknown> = { id: `m-${n}`, ...row };
    if (key.startsWith('offer.')) copy.offer = { ...(row.offer ?? { price: 1 }), [key.slice(6)]: value };
    else copy[key] = value;
    return copy;
  });
const notValidId = junk.filter((value) => !(typeof value === 'object' && value !== null && String((value as { id?: unknown }).id).startsWith('v-')));

describe('parseInventoryItems never throws and keeps every valid row', () => {
  it('valid rows are all kept, in order', () => {
    fc.assert(
      fc.property(validRows, (rows) => {
        const { items, rejected } = parseInventoryItems(rows);
        expect(rejected).toEqual([]);
        expect(items.map((item) => item.id)).toEqual(rows.map((row) => row.id));
        for (const [i, item] of items.entries()) {
          const offer = rows[i]!.offer;
          expect(item.offer?.priceCents).toBe(offer ? toCents(offer.price) : undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('valid rows survive among junk and mutated rows', () => {
    fc.assert(
      fc.property(
        validRows,
        fc.array(fc.oneof(notValidId, mutatedRow), { maxLength: 15 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (valid, noise, picks) => {
          // Interleave valid and noise rows, keeping each group's own order.
          const rows: unknown[] = [];
          const queues: unknown[][] = [[...valid], [...noise]];
          for (const pickValid of picks) {
            const queue = queues[pickValid ? 0 : 1]!;
            if (queue.length) rows.push(queue.shift());
          }
          rows.push(...queues[0]!, ...queues[1]!);
          const { items, rejected } = parseInventoryItems(rows);
          expect(items.map((item) => item.id).filter((id) => id.startsWith('v-'))).toEqual(valid.map((row) => row.id));
          expect(items.length + rejected.length).toBe(rows.length);
          expect(new Set(rejected.map((r) => r.index)).size).toBe(rejected.length);
          for (const r of rejected) {
            expect(r.index).toBeGreaterThanOrEqual(0);
            expect(r.index).toBeLessThan(rows.length);
            expect(typeof r.reason).toBe('string');
          }
          for (const item of items) expect(typeof item.id).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a mutated row either parses to a well-formed item or is rejected', () => {
    fc.assert(
      fc.property(fc.array(mutatedRow, { maxLength: 10 }), (rows) => {
        const { items, rejected } = parseInventoryItems(rows);
        expect(items.length + rejected.length).toBe(rows.length);
        for (const item of items) {
          expect(typeof item.tradable).toBe('boolean');
          expect(typeof item.accepted).toBe('boolean');
          expect(Number.isSafeInteger(item.appid)).toBe(true);
          if (item.offer) expect(Number.isSafeInteger(item.offer.priceCents)).toBe(true);
          if (item.amount !== undefined) expect(Number.isSafeInteger(item.amount) && item.amount >= 1).toBe(true);
          expect(Array.isArray(item.stickers)).toBe(true);
          if (item.color !== undefined) expect(item.color).toMatch(/^#[0-9a-fA-F]{6}$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseInventoryResponse of anything returns a page or throws INVALID_RESPONSE', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.jsonValue(), fc.array(fc.oneof(junk, mutatedRow)).map((rows) => inventoryEnvelope(rows))), (body) => {
        try {
          const page = parseInventoryResponse(body);
          expect(Array.isArray(page.items)).toBe(true);
          expect(Number.isSafeInteger(page.count)).toBe(true);
          expect(Number.isNaN(page.updatedAt.getTime())).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(AssetPayError);
          expect((error as AssetPayError).key).toBe('INVALID_RESPONSE');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('money round trips', () => {
  it('toCents(fromCents(c)) === c for every cent amount up to MAX_USD', () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(toCents(fromCents(c))).toBe(c);
        expect(toCents(JSON.parse(JSON.stringify(fromCents(c))) as number)).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it('a decimal string with two places parses to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_USD - 1 }), fc.integer({ min: 0, max: 99 }), (dollars, centPart) => {
        const usd = Number(`${dollars}.${String(centPart).padStart(2, '0')}`);
        expect(toCents(usd)).toBe(dollars * 100 + centPart);
      }),
      { numRuns: 2000 },
    );
  });

  it('toCents of any double is either a safe integer close to usd × 100 or a MoneyError', () => {
    fc.assert(
      fc.property(fc.double(), (usd) => {
        try {
          const c = toCents(usd);
          expect(Number.isSafeInteger(c)).toBe(true);
          expect(Math.abs(usd * 100 - c)).toBeLessThan(1e-6);
        } catch (error) {
          expect(error).toBeInstanceOf(MoneyError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('sumCents equals the exact integer sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 300 }), (list) => {
        expect(sumCents(list)).toBe(list.reduce((total, c) => total + c, 0));
      }),
    );
  });
});
