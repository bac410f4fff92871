import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSelectionStore, fromCents, isDepositable, maxDepositAmount, type InventoryItem, type SelectionAction } from '../../src/core/index.js';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

interface Spec {
  rust: boolean;
  priceCents: number;
  tradable: boolean;
  accepted: boolean;
  hasOffer: boolean;
  amount?: number;
  maxAmount?: number;
}
/** Mostly true: most generated items are depositable, so selections grow. */
const likely = fc.integer({ min: 0, max: 5 }).map((n) => n > 0);
const spec: fc.Arbitrary<Spec> = fc.record({
  rust: fc.boolean(),
  priceCents: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 50_000_000 })),
  tradable: likely,
  accepted: likely,
  hasOffer: likely,
  amount: opt(fc.integer({ min: 1, max: 20_000 })),
  maxAmount: opt(fc.integer({ min: 1, max: 20_000 })),
});
const toItem = (id: string, s: Spec): InventoryItem => ({
  id,
  appid: s.rust ? 252490 : 730,
  name: id,
  tradable: s.tradable,
  accepted: s.accepted,
  marketPrice: undefined,
  marketPriceCents: s.priceCents % 3 === 0 ? null : s.priceCents,
  stickers: [],
  amount: s.amount,
  offer: s.hasOffer ? { price: fromCents(s.priceCents), priceCents: s.priceCents, reference: `r${s.priceCents}`, maxAmount: s.maxAmount } : undefined,
});

type Step =
  | { t: 'toggle' | 'select' | 'deselect' | 'selectRange'; i: number; amount?: number }
  | { t: 'setAmount'; i: number; amount: number }
  | { t: 'selectAll' | 'remove'; is: number[] }
  | { t: 'clear' | 'acknowledge' }
  | { t: 'sync'; changes: [number, Spec][]; complete: boolean; keep: number[] };

const weirdAmount = fc.oneof(fc.integer({ min: -5, max: 25_000 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5));
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constantFrom('toggle' as const, 'deselect' as const, 'selectRange' as const), i: fc.nat(11) }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('select' as const), i: fc.nat(11), amount: opt(weirdAmount) }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('setAmount' as const), i: fc.nat(11), amount: weirdAmount }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constantFrom('selectAll' as const, 'remove' as const), is: fc.array(fc.nat(11), { maxLength: 12 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constantFrom('clear' as const, 'acknowledge' as const) }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('sync' as const),
      changes: fc.array(fc.tuple(fc.nat(11), spec), { maxLength: 4 }),
      complete: fc.boolean(),
      keep: fc.array(fc.nat(11), { maxLength: 12 }),
    }),
    weight: 2,
  },
);

describe('selection invariants under random action sequences', () => {
  it('count ≤ maxItems, amounts in range, all depositable, one game, exact totals', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 12, maxLength: 12 }), fc.integer({ min: 1, max: 6 }), fc.array(step, { minLength: 10, maxLength: 60 }), (specs, maxItems, steps) => {
        let pool = specs.map((s, i) => toItem(`i${i}`, s));
        const store = createSelectionStore({ maxItems });
        for (const s of steps) {
          let action: SelectionAction;
          switch (s.t) {
            case 'toggle':
              action = { type: 'toggle', item: pool[s.i]! };
              break;
            case 'select':
              action = { type: 'select', item: pool[s.i]!, amount: s.amount };
              break;
            case 'deselect':
              action = { type: 'deselect', id: `i${s.i}` };
              break;
            case 'selectRange':
              action = { type: 'selectRange', items: pool, toId: `i${s.i}` };
              break;
            case 'setAmount':
              action = { type: 'setAmount', id: `i${s.i}`, amount: s.amount };
              break;
            case 'selectAll':
              action = { type: 'selectAll', items: s.is.map((i) => pool[i]!) };
              break;
            case 'remove':
              action = { type: 'remove', ids: s.is.map((i) => `i${i}`) };
              break;
            case 'clear':
            case 'acknowledge':
              action = { type: s.t };
              break;
            case 'sync': {
              pool = pool.map((item, i) => {
                const change = s.changes.find(([j]) => j === i);
                // An id belongs to one game for good: fresh data may change anything but the game.
                return change ? toItem(item.id, { ...change[1], rust: item.appid === 252490 }) : item;
              });
              const listed = s.complete ? pool : s.keep.map((i) => pool[i]!);
              action = { type: 'sync', items: listed, complete: s.complete };
              break;
            }
          }
          store.dispatch(action);

          const entries = Object.values(store.getState().entries);
          expect(entries.length).toBeLessThanOrEqual(maxItems);
          expect(new Set(entries.map((entry) => entry.item.appid)).size).toBeLessThanOrEqual(1);
          for (const { item, amount } of entries) {
            expect(isDepositable(item)).toBe(true);
            expect(Number.isInteger(amount)).toBe(true);
            expect(amount).toBeGreaterThanOrEqual(1);
            expect(amount).toBeLessThanOrEqual(maxDepositAmount(item));
          }
          const totals = store.getTotals();
          const exact = entries.reduce((sum, { item, amount }) => sum + item.offer!.priceCents * amount, 0);
          expect(totals.totalCents).toBe(exact);
          expect(totals.totalCents).toBe(totals.selectedItems.reduce((sum, line) => sum + line.lineTotalCents, 0));
          expect(totals.count).toBe(entries.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
