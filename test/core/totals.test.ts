import { describe, expect, it } from 'vitest';
import { CS2, instantCreditCents, RUST, selectionTotals, type SelectionEntry, type SelectionValue } from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const value = (...entries: SelectionEntry[]): SelectionValue => Object.fromEntries(entries.map((entry) => [entry.item.id, entry]));

describe('selectionTotals', () => {
  it.each<[string, SelectionValue, { totalCents: number; marketTotalCents: number; count: number; units: number }]>([
    ['nothing', value(), { totalCents: 0, marketTotalCents: 0, count: 0, units: 0 }],
    ['one CS2 item', value({ item: cs2Item('a', { price: 10.75, marketPrice: 12.5 }), amount: 1 }), { totalCents: 1075, marketTotalCents: 1250, count: 1, units: 1 }],
    [
      '3 × 0.1 USD is 30 cents, not 30.000000000000004',
      value({ item: rustItem('r', { price: 0.1, amount: 3 }), amount: 3 }),
      { totalCents: 30, marketTotalCents: 0, count: 1, units: 3 },
    ],
    [
      '10000 × 0.07 USD',
      value({ item: rustItem('r', { price: 0.07, amount: 10_000, marketPrice: 0.09 }), amount: 10_000 }),
      { totalCents: 70_000, marketTotalCents: 90_000, count: 1, units: 10_000 },
    ],
    [
      'several lines',
      value(
        { item: cs2Item('a', { price: 0.1 }), amount: 1 },
        { item: cs2Item('b', { price: 0.2 }), amount: 1 },
        { item: cs2Item('c', { price: 19.99, marketPrice: 25 }), amount: 1 },
      ),
      { totalCents: 2029, marketTotalCents: 2500, count: 3, units: 3 },
    ],
    [
      'market total skips items without marketPrice',
      value({ item: rustItem('r', { price: 1, amount: 5, marketPrice: 1.2 }), amount: 2 }, { item: rustItem('s', { price: 3, amount: 5 }), amount: 4 }),
      { totalCents: 1400, marketTotalCents: 240, count: 2, units: 6 },
    ],
  ])('%s', (_, entries, expected) => {
    expect(selectionTotals(entries)).toMatchObject(expected);
  });

  it('gives one line per item with lineTotalCents = priceCents × amount, in selection order', () => {
    const r = rustItem('r', { price: 0.33, amount: 9 });
    const a = cs2Item('a', { price: 5 });
    const totals = selectionTotals(value({ item: r, amount: 7 }, { item: a, amount: 1 }));
    expect(totals.selectedItems).toEqual([
      { item: r, amount: 7, lineTotalCents: 231 },
      { item: a, amount: 1, lineTotalCents: 500 },
    ]);
    expect(totals.totalCents).toBe(731);
  });

  it('never adds the market price into the payout', () => {
    const totals = selectionTotals(value({ item: cs2Item('a', { price: 1, marketPrice: 100 }), amount: 1 }));
    expect(totals.totalCents).toBe(100);
    expect(totals.marketTotalCents).toBe(10_000);
  });
});

describe('instantCreditCents', () => {
  it.each<[string, number, number, number | undefined, number]>([
    ['CS2, collateral below total', 10_000, 6_000, CS2, 6_000],
    ['CS2, collateral above total', 10_000, 50_000, CS2, 10_000],
    ['CS2, no collateral', 10_000, 0, CS2, 0],
    ['CS2, negative collateral is never negative credit', 10_000, -500, CS2, 0],
    ['CS2, empty selection', 0, 6_000, CS2, 0],
    ['Rust: always the full total', 10_000, 0, RUST, 10_000],
    ['Rust with collateral below total', 10_000, 100, RUST, 10_000],
    ['no game yet: like CS2', 10_000, 2_500, undefined, 2_500],
  ])('%s', (_, total, collateral, game, expected) => {
    expect(instantCreditCents(total, collateral, game)).toBe(expected);
  });
});
