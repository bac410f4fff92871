import { describe, expect, it } from 'vitest';
import {
  createExternalId,
  DepositRequestError,
  isValidExternalId,
  toDepositRequest,
  type SelectionEntry,
  type SelectionValue,
} from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const value = (...entries: SelectionEntry[]): SelectionValue => Object.fromEntries(entries.map((entry) => [entry.item.id, entry]));

describe('toDepositRequest: the exact .co body', () => {
  it('CS2: offer.price and offer.reference echoed, no amount', () => {
    const request = toDepositRequest(
      value({ item: cs2Item('enc-a', { price: 10.75, reference: 'REF-A' }), amount: 1 }, { item: cs2Item('enc-b', { price: 0.3, reference: 'REF-B' }), amount: 1 }),
      { externalId: 'order-1' },
    );
    expect(request).toStrictEqual({
      items: [
        { itemId: 'enc-a', offer: { price: 10.75, reference: 'REF-A' } },
        { itemId: 'enc-b', offer: { price: 0.3, reference: 'REF-B' } },
      ],
      game: '730',
      externalId: 'order-1',
      isInstant: true,
    });
    expect(JSON.stringify(request)).toBe(
      '{"items":[{"itemId":"enc-a","offer":{"price":10.75,"reference":"REF-A"}},{"itemId":"enc-b","offer":{"price":0.3,"reference":"REF-B"}}],"game":"730","externalId":"order-1","isInstant":true}',
    );
  });

  it('Rust: amount on every stackable line and game "252490"', () => {
    const request = toDepositRequest(
      value({ item: rustItem('door', { price: 0.07, amount: 12, maxAmount: 10 }), amount: 7 }, { item: rustItem('rock', { price: 1.99 }), amount: 1 }),
      { externalId: 'order-2', isInstant: false },
    );
    expect(request).toStrictEqual({
      items: [
        { itemId: 'door', offer: { price: 0.07, reference: 'ref-door' }, amount: 7 },
        { itemId: 'rock', offer: { price: 1.99, reference: 'ref-rock' }, amount: 1 },
      ],
      game: '252490',
      externalId: 'order-2',
      isInstant: false,
    });
  });

  it.each([[0.1 + 0.2], [19.99], [0.01], [1234.5], [9_999_999.99]])('sends price %s exactly as the API sent it', (price) => {
    const item = { ...cs2Item('a', { price: Math.round(price * 100) / 100 }), offer: { price, priceCents: Math.round(price * 100), reference: 'r' } };
    const [line] = toDepositRequest(value({ item, amount: 1 })).items;
    expect(Object.is(line!.offer.price, price)).toBe(true);
  });

  it('leaves reference out when the inventory had none (.gg rows)', () => {
    const item = { ...cs2Item('a'), offer: { price: 2, priceCents: 200 } };
    const [line] = toDepositRequest(value({ item, amount: 1 })).items;
    expect(line).toStrictEqual({ itemId: 'a', offer: { price: 2 } });
    expect('reference' in line!.offer).toBe(false);
  });

  it.each<[boolean | undefined, boolean]>([
    [undefined, true],
    [true, true],
    [false, false],
  ])('isInstant %s → %s (always sent)', (isInstant, expected) => {
    const request = toDepositRequest(value({ item: cs2Item('a'), amount: 1 }), { isInstant });
    expect(request.isInstant).toBe(expected);
    expect(JSON.stringify(request)).toContain(`"isInstant":${expected}`);
  });
});

describe('externalId', () => {
  it('a generated externalId is ≤ 128 chars, has no comma and is unique across calls', () => {
    const entries = value({ item: cs2Item('a'), amount: 1 });
    const idList = Array.from({ length: 500 }, () => toDepositRequest(entries).externalId);
    for (const id of idList) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(128);
      expect(id).not.toContain(',');
      expect(id.trim()).toBe(id);
      expect(isValidExternalId(id)).toBe(true);
    }
    expect(new Set(idList).size).toBe(idList.length);
  });

  it('createExternalId is unique too', () => {
    const idList = Array.from({ length: 500 }, createExternalId);
    expect(new Set(idList).size).toBe(500);
  });

  it.each<[string, string, boolean]>([
    ['a short id', 'order-1', true],
    ['128 characters', 'x'.repeat(128), true],
    ['129 characters', 'x'.repeat(129), false],
    ['a comma', 'order,1', false],
    ['empty', '', false],
    ['blank', '   ', false],
    ['a tab only', '\t', false],
  ])('%s → valid %s', (_, id, valid) => {
    expect(isValidExternalId(id)).toBe(valid);
    const build = () => toDepositRequest(value({ item: cs2Item('a'), amount: 1 }), { externalId: id });
    if (valid) expect(build().externalId).toBe(id);
    else expect(build).toThrow(expect.objectContaining({ name: 'DepositRequestError', reason: 'invalid-external-id' }));
  });
});

describe('toDepositRequest errors', () => {
  it.each<[string, SelectionValue, DepositRequestError['reason']]>([
    ['an empty selection', value(), 'empty'],
    ['CS2 and Rust mixed', value({ item: cs2Item('a'), amount: 1 }, { item: rustItem('r'), amount: 1 }), 'mixed-games'],
    ['Rust and CS2 mixed', value({ item: rustItem('r'), amount: 1 }, { item: cs2Item('a'), amount: 1 }), 'mixed-games'],
  ])('%s → %s', (_, entries, reason) => {
    let caught: unknown;
    try {
      toDepositRequest(entries, { externalId: 'x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DepositRequestError);
    expect((caught as DepositRequestError).reason).toBe(reason);
  });
});
