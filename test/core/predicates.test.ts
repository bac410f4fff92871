import { describe, expect, it } from 'vitest';
import {
  clampAmount,
  isDepositable,
  isStackable,
  itemDisabledReason,
  MAX_DEPOSIT_AMOUNT,
  maxDepositAmount,
  type InventoryItem,
} from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

describe('itemDisabledReason / isDepositable', () => {
  it.each<[string, InventoryItem, ReturnType<typeof itemDisabledReason>]>([
    ['a tradable, accepted CS2 item with an offer', cs2Item('a'), null],
    ['a tradable, accepted Rust stack', rustItem('r', { amount: 5, maxAmount: 5 }), null],
    ['a trade-locked item', cs2Item('a', { tradable: false }), 'not-tradable'],
    ['an item without offer', cs2Item('a', { price: null }), 'no-offer'],
    ['an offer priced 0', cs2Item('a', { price: 0 }), 'no-offer'],
    ['an item AssetPay does not accept', cs2Item('a', { accepted: false }), 'not-accepted'],
    ['not tradable and not accepted (trade lock wins)', cs2Item('a', { tradable: false, accepted: false }), 'not-tradable'],
    ['not accepted and without offer', cs2Item('a', { accepted: false, price: null }), 'no-offer'],
  ])('%s → %s', (_, item, reason) => {
    expect(itemDisabledReason(item)).toBe(reason);
    expect(isDepositable(item)).toBe(reason === null);
  });
});

describe('isStackable', () => {
  it.each<[string, InventoryItem, boolean]>([
    ['a CS2 item', cs2Item('a'), false],
    ['a CS2 item with amount 1', cs2Item('a', { amount: 1 }), false],
    ['any Rust item', rustItem('r'), true],
    ['a row holding 3 units', cs2Item('a', { amount: 3 }), true],
    ['an offer allowing 2 units', cs2Item('a', { maxAmount: 2 }), true],
  ])('%s → %s', (_, item, stackable) => {
    expect(isStackable(item)).toBe(stackable);
  });
});

describe('maxDepositAmount', () => {
  it.each<[string, InventoryItem, number]>([
    ['CS2, one unit', cs2Item('a'), 1],
    ['CS2 even when amount and maxAmount say more', cs2Item('a', { amount: 5, maxAmount: 5 }), 1],
    ['Rust without amount or maxAmount', rustItem('r'), 1],
    ['Rust stack without maxAmount', rustItem('r', { amount: 40 }), 40],
    ['Rust, maxAmount below the stack', rustItem('r', { amount: 40, maxAmount: 10 }), 10],
    ['Rust, maxAmount above the stack', rustItem('r', { amount: 4, maxAmount: 10 }), 4],
    ['Rust, maxAmount but no amount (one unit owned)', rustItem('r', { maxAmount: 10 }), 1],
    ['Rust, no offer', rustItem('r', { amount: 7, price: null }), 7],
    ['Rust stack over the API cap', rustItem('r', { amount: 50_000 }), MAX_DEPOSIT_AMOUNT],
    ['Rust stack and maxAmount over the API cap', rustItem('r', { amount: 50_000, maxAmount: 20_000 }), 10_000],
  ])('%s → %s', (_, item, max) => {
    expect(maxDepositAmount(item)).toBe(max);
  });

  it('caps at 10 000, the deposit API limit', () => {
    expect(MAX_DEPOSIT_AMOUNT).toBe(10_000);
  });
});

describe('clampAmount', () => {
  const stack = rustItem('r', { amount: 20, maxAmount: 15 });
  it.each<[string, number, number]>([
    ['a value in range', 7, 7],
    ['the max', 15, 15],
    ['1', 1, 1],
    ['above the max', 16, 15],
    ['far above the max', 1e9, 15],
    ['0', 0, 1],
    ['negative', -3, 1],
    ['NaN', Number.NaN, 1],
    ['Infinity', Number.POSITIVE_INFINITY, 15],
    ['-Infinity', Number.NEGATIVE_INFINITY, 1],
    ['a fraction', 3.7, 3],
    ['a fraction below 1', 0.5, 1],
    ['a fraction above the max', 15.5, 15],
  ])('%s (%s) → %s', (_, amount, expected) => {
    expect(clampAmount(stack, amount)).toBe(expected);
  });

  it.each([[0], [1], [7], [Number.NaN], [Number.POSITIVE_INFINITY]])('a CS2 item is always 1 (%s)', (amount) => {
    expect(clampAmount(cs2Item('a'), amount)).toBe(1);
  });
});
