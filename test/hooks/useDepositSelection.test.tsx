import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useDepositSelection, type SelectionValue, type UseDepositSelectionOptions } from '../../src/index.js';
import { cs2, rust } from './items.js';

const render = (options: UseDepositSelectionOptions = {}) =>
  renderHook((props: UseDepositSelectionOptions) => useDepositSelection(props), { initialProps: options });

describe('useDepositSelection', () => {
  it('toggles items and sums payout and market reference apart, in cents', () => {
    const a = cs2('a', 10.75);
    const b = cs2('b', 0.1);
    const { result } = render({ items: [a, b], collateral: 5 });
    act(() => result.current.toggle(a));
    act(() => result.current.toggle(b));
    expect(result.current.isSelected('a')).toBe(true);
    expect(result.current.count).toBe(2);
    expect(result.current.units).toBe(2);
    expect(result.current.totalCents).toBe(1085);
    expect(result.current.marketTotalCents).toBe(2500);
    expect(result.current.instantCreditCents).toBe(500);
    expect(result.current.selectedItems.map((line) => [line.item.id, line.amount, line.lineTotalCents])).toEqual([
      ['a', 1, 1075],
      ['b', 1, 10],
    ]);
    act(() => result.current.toggle(a));
    expect(result.current.isSelected('a')).toBe(false);
    expect(result.current.totalCents).toBe(10);
  });

  it('clamps Rust amounts to the stack and offer limits and credits Rust in full', () => {
    const wood = rust('wood', 500, 200, 0.15);
    const { result } = render({ items: [wood], collateral: 0 });
    act(() => result.current.select(wood, 3));
    expect(result.current.amountOf('wood')).toBe(3);
    act(() => result.current.setAmount('wood', 1_000));
    expect(result.current.amountOf('wood')).toBe(200);
    act(() => result.current.setAmount('wood', 0));
    expect(result.current.amountOf('wood')).toBe(1);
    act(() => result.current.setAmount('wood', Number.NaN));
    expect(result.current.amountOf('wood')).toBe(1);
    act(() => result.current.setAmount('wood', 7));
    expect(result.current.units).toBe(7);
    expect(result.current.totalCents).toBe(105);
    expect(result.current.instantCreditCents).toBe(105);
  });

  it('keeps CS2 amounts at 1', () => {
    const a = cs2('a');
    const { result } = render({ items: [a] });
    act(() => result.current.select(a, 5));
    expect(result.current.amountOf('a')).toBe(1);
  });

  it.each([
    ['not-tradable', { tradable: false }],
    ['not-accepted', { accepted: false }],
    ['no-offer', { offer: undefined }],
    ['no-offer', { offer: { price: 0, reference: 'r' } }],
  ] as const)('gives %s as the reason an item cannot be selected, and refuses it', (reason, extra) => {
    const item = cs2('x', 1, extra);
    const { result } = render({ items: [item] });
    expect(result.current.getDisabledReason(item)).toBe(reason);
    act(() => result.current.toggle(item));
    expect(result.current.count).toBe(0);
  });

  it('stops at maxItems and reports the limit on the rest', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => cs2(id));
    const { result } = render({ items: list, maxItems: 2 });
    act(() => result.current.selectAll(list));
    expect(result.current.count).toBe(2);
    expect(result.current.getDisabledReason(list[3]!)).toBe('limit');
    expect(result.current.getDisabledReason(list[0]!)).toBeNull();
    act(() => result.current.toggle(list[3]!));
    expect(result.current.isSelected('d')).toBe(false);
  });

  it('selectAll skips items that cannot be deposited', () => {
    const list = [cs2('a'), cs2('b', 1, { tradable: false }), cs2('c')];
    const { result } = render({ items: list });
    act(() => result.current.selectAll(list));
    expect(result.current.selectedItems.map((line) => line.item.id)).toEqual(['a', 'c']);
  });

  it('keeps items from other pages in the selection', () => {
    const a = cs2('a');
    const b = cs2('b');
    const { result, rerender } = render({ items: [a] });
    act(() => result.current.toggle(a));
    rerender({ items: [b] });
    act(() => result.current.toggle(b));
    expect(result.current.count).toBe(2);
  });

  it('takes a changed offer from fresh data and reports it until acknowledged', () => {
    const before = cs2('a', 10);
    const { result, rerender } = render({ items: [before] });
    act(() => result.current.toggle(before));
    const after = cs2('a', 9.5);
    rerender({ items: [after] });
    expect(result.current.totalCents).toBe(950);
    expect(result.current.priceChanges).toEqual([{ id: 'a', name: before.name, oldPriceCents: 1000, newPriceCents: 950 }]);
    expect(result.current.toDepositRequest().items[0]!.offer).toEqual({ price: 9.5, reference: 'ref-a-9.5' });
    act(() => result.current.acknowledgeChanges());
    expect(result.current.priceChanges).toEqual([]);
  });

  it('drops a selected item a complete fresh inventory no longer lists, and says so', () => {
    const a = cs2('a');
    const b = cs2('b');
    const { result, rerender } = render({ items: [a, b] });
    act(() => result.current.selectAll([a, b]));
    rerender({ items: [b], inventoryComplete: false });
    expect(result.current.count).toBe(2);
    rerender({ items: [b], inventoryComplete: true });
    expect(result.current.count).toBe(1);
    expect(result.current.dropped).toEqual([{ id: 'a', name: a.name, reason: 'gone' }]);
  });

  it('works controlled: reports changes and shows what the parent passes', () => {
    const a = cs2('a');
    const onSelectionChange = vi.fn();
    const initial: SelectionValue = {};
    const { result, rerender } = render({ items: [a], selection: initial, onSelectionChange });
    act(() => result.current.toggle(a));
    expect(onSelectionChange).toHaveBeenCalledTimes(1);
    const [next, meta] = onSelectionChange.mock.calls[0]!;
    expect(Object.keys(next)).toEqual(['a']);
    expect(meta.action.type).toBe('toggle');
    // The parent refuses the change: the selection stays what the parent passes.
    rerender({ items: [a], selection: initial, onSelectionChange });
    expect(result.current.count).toBe(0);
    rerender({ items: [a], selection: next, onSelectionChange });
    expect(result.current.count).toBe(1);
    expect(onSelectionChange).toHaveBeenCalledTimes(1);
  });

  it('starts from defaultSelection when uncontrolled', () => {
    const a = cs2('a');
    const { result } = render({ defaultSelection: { a: { item: a, amount: 1 } } });
    expect(result.current.isSelected('a')).toBe(true);
  });

  it('lets a stateReducer add business rules', () => {
    const wood = rust('wood', 500, 500);
    const { result } = render({
      items: [wood],
      stateReducer: (_state, { action, changes }) => {
        const entry = changes.entries.wood;
        return action.type === 'setAmount' && entry && entry.amount > 5
          ? { ...changes, entries: { ...changes.entries, wood: { ...entry, amount: 5 } } }
          : changes;
      },
    });
    act(() => result.current.select(wood));
    act(() => result.current.setAmount('wood', 50));
    expect(result.current.amountOf('wood')).toBe(5);
  });

  it('builds the .co deposit body from the selection', () => {
    const a = cs2('a', 10.75);
    const wood = rust('wood', 10, 10, 0.15);
    const { result } = render({ items: [a] });
    act(() => result.current.toggle(a));
    const body = result.current.toDepositRequest({ externalId: 'order-1', isInstant: false });
    expect(body).toEqual({
      items: [{ itemId: 'a', offer: { price: 10.75, reference: 'ref-a-10.75' } }],
      game: '730',
      externalId: 'order-1',
      isInstant: false,
    });
    act(() => result.current.select(wood, 4));
    const rustBody = result.current.toDepositRequest();
    expect(rustBody.game).toBe('252490');
    expect(rustBody.items).toEqual([{ itemId: 'wood', offer: { price: 0.15, reference: 'ref-wood-0.15' }, amount: 4 }]);
    expect(rustBody.isInstant).toBe(true);
    expect(rustBody.externalId).toMatch(/^[^,]{1,128}$/);
    // Picking a Rust item replaced the CS2 selection, and said so.
    expect(result.current.dropped).toEqual([{ id: 'a', name: a.name, reason: 'other-game' }]);
  });
});
