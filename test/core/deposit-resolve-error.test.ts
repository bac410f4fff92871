import { describe, expect, it } from 'vitest';
import { AssetPayError, depositErrorActions, toDepositRequest, type DepositErrorActions, type SelectionValue } from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const a = cs2Item('a');
const b = cs2Item('b');
const stack = rustItem('stack', { amount: 20, maxAmount: 10 });

const selection: SelectionValue = { a: { item: a, amount: 1 }, b: { item: b, amount: 1 } };
const rustSelection: SelectionValue = { stack: { item: stack, amount: 8 } };
const request = toDepositRequest(selection, { externalId: 'x-1' });
const rustRequest = toDepositRequest(rustSelection, { externalId: 'x-2' });

const error = (key: string, details?: Record<string, unknown>) => new AssetPayError({ key, message: 'm', status: 400, details });
const none: DepositErrorActions = { remove: [], clamp: [], refetch: false };

describe('depositErrorActions: remove keys', () => {
  it.each<[string, string, Record<string, unknown> | undefined, DepositErrorActions]>([
    ['NO_OFFER_FOUND with details', 'NO_OFFER_FOUND', { items: [{ itemId: 'b' }] }, { remove: [{ id: 'b', reason: 'no-offer' }], clamp: [], refetch: true }],
    ['ITEMS_UNAVAILABLE with details', 'ITEMS_UNAVAILABLE', { items: [{ itemId: 'a' }, { itemId: 'b' }] }, {
      remove: [{ id: 'a', reason: 'unavailable' }, { id: 'b', reason: 'unavailable' }],
      clamp: [],
      refetch: true,
    }],
    ['ITEMS_NOT_ACCEPTED with details', 'ITEMS_NOT_ACCEPTED', { items: [{ itemId: 'a' }] }, { remove: [{ id: 'a', reason: 'not-accepted' }], clamp: [], refetch: true }],
    ['without details: refetch only', 'ITEMS_UNAVAILABLE', undefined, { remove: [], clamp: [], refetch: true }],
    ['details.items not an array: refetch only', 'NO_OFFER_FOUND', { items: 'a' }, { remove: [], clamp: [], refetch: true }],
    ['ids not in the request are ignored', 'ITEMS_UNAVAILABLE', { items: [{ itemId: 'zzz' }, { itemId: 42 }, null, 'a'] }, { remove: [], clamp: [], refetch: true }],
    ['a repeated id is removed once', 'NO_OFFER_FOUND', { items: [{ itemId: 'a' }, { itemId: 'a' }] }, { remove: [{ id: 'a', reason: 'no-offer' }], clamp: [], refetch: true }],
  ])('%s', (_, key, details, expected) => {
    expect(depositErrorActions(error(key, details), request, selection)).toEqual(expected);
  });
});

describe('depositErrorActions: clamp keys', () => {
  it.each<[string, string, Record<string, unknown> | undefined, DepositErrorActions]>([
    ['ITEM_OVERSTOCKED clamps to remaining', 'ITEM_OVERSTOCKED', { items: [{ itemId: 'stack', remaining: 3 }] }, { remove: [], clamp: [{ id: 'stack', amount: 3, reason: 'overstocked' }], refetch: false }],
    ['ITEM_OVERSTOCKED removes at remaining 0', 'ITEM_OVERSTOCKED', { items: [{ itemId: 'stack', remaining: 0 }] }, { remove: [{ id: 'stack', reason: 'overstocked' }], clamp: [], refetch: false }],
    ['ITEM_OVERSTOCKED with room left changes nothing', 'ITEM_OVERSTOCKED', { items: [{ itemId: 'stack', remaining: 8 }] }, none],
    ['EXCEEDS_MAX_AMOUNT clamps to maxAmount', 'EXCEEDS_MAX_AMOUNT', { items: [{ itemId: 'stack', amount: 8, maxAmount: 5 }] }, { remove: [], clamp: [{ id: 'stack', amount: 5, reason: 'max-amount' }], refetch: false }],
    ['INSUFFICIENT_ITEM_AMOUNT clamps to available', 'INSUFFICIENT_ITEM_AMOUNT', { items: [{ itemId: 'stack', amount: 8, available: 2 }] }, { remove: [], clamp: [{ id: 'stack', amount: 2, reason: 'not-owned' }], refetch: false }],
    ['INSUFFICIENT_ITEM_AMOUNT removes at available 0', 'INSUFFICIENT_ITEM_AMOUNT', { items: [{ itemId: 'stack', available: 0 }] }, { remove: [{ id: 'stack', reason: 'not-owned' }], clamp: [], refetch: false }],
    ['EXCEEDS_MAX_AMOUNT without details: refetch', 'EXCEEDS_MAX_AMOUNT', undefined, { remove: [], clamp: [], refetch: true }],
    ['INSUFFICIENT_ITEM_AMOUNT with the wrong field: refetch', 'INSUFFICIENT_ITEM_AMOUNT', { items: [{ itemId: 'stack', maxAmount: 2 }] }, { remove: [], clamp: [], refetch: true }],
    ['hostile numbers are ignored', 'EXCEEDS_MAX_AMOUNT', { items: [{ itemId: 'stack', maxAmount: -1 }, { itemId: 'stack', maxAmount: 2.5 }, { itemId: 'stack', maxAmount: '2' }, { itemId: 'stack', maxAmount: Number.NaN }] }, { remove: [], clamp: [], refetch: true }],
  ])('%s', (_, key, details, expected) => {
    expect(depositErrorActions(error(key, details), rustRequest, rustSelection)).toEqual(expected);
  });
});

describe('depositErrorActions: other keys and stale selections', () => {
  it.each(['PRICE_CHANGED', 'RATE_LIMITED', 'SERVER_ERROR', 'TOKEN_EXPIRED', 'SOMETHING_NEW'])('%s gives no action', (key) => {
    expect(depositErrorActions(error(key, { items: [{ itemId: 'a', remaining: 0 }] }), request, selection)).toEqual(none);
  });

  it('leaves items the user deselected while the deposit was out', () => {
    const actions = depositErrorActions(error('NO_OFFER_FOUND', { items: [{ itemId: 'a' }, { itemId: 'b' }] }), request, { b: selection.b! });
    expect(actions.remove).toEqual([{ id: 'b', reason: 'no-offer' }]);
  });
});
