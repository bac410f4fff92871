import { describe, expect, it, vi } from 'vitest';
import { createSelectionStore, type SelectionAction } from '../../src/core/index.js';
import { cs2Item, rustItem } from './makeItem.js';

const a = cs2Item('a');
const b = cs2Item('b');
const c = cs2Item('c');
const stack = rustItem('stack', { amount: 20, maxAmount: 10 });

function watched(ids: string[], setup: SelectionAction[] = []) {
  const store = createSelectionStore();
  setup.forEach((action) => store.dispatch(action));
  const listeners = Object.fromEntries(ids.map((id) => [id, vi.fn()]));
  for (const id of ids) store.subscribeItem(id, listeners[id]!);
  const global = vi.fn();
  store.subscribe(global);
  return { store, listeners, global };
}

const calls = (listeners: Record<string, ReturnType<typeof vi.fn>>) =>
  Object.fromEntries(Object.entries(listeners).map(([id, fn]) => [id, fn.mock.calls.length]));

describe('per-item listeners fire only for the ids an action touched', () => {
  it.each<[string, SelectionAction[], SelectionAction, Record<string, number>]>([
    ['toggle a on', [], { type: 'toggle', item: a }, { a: 1, b: 0, c: 0 }],
    ['toggle a off', [{ type: 'select', item: a }, { type: 'select', item: b }], { type: 'toggle', item: a }, { a: 1, b: 0, c: 0 }],
    ['deselect b', [{ type: 'select', item: a }, { type: 'select', item: b }], { type: 'deselect', id: 'b' }, { a: 0, b: 1, c: 0 }],
    ['selectAll adds b and c', [{ type: 'select', item: a }], { type: 'selectAll', items: [a, b, c] }, { a: 0, b: 1, c: 1 }],
    ['clear', [{ type: 'select', item: a }, { type: 'select', item: c }], { type: 'clear' }, { a: 1, b: 0, c: 1 }],
    ['remove a and b', [{ type: 'select', item: a }, { type: 'select', item: b }, { type: 'select', item: c }], { type: 'remove', ids: ['a', 'b'] }, { a: 1, b: 1, c: 0 }],
    ['a no-op deselect', [{ type: 'select', item: a }], { type: 'deselect', id: 'c' }, { a: 0, b: 0, c: 0 }],
    ['sync with a new price for b', [{ type: 'select', item: a }, { type: 'select', item: b }], { type: 'sync', items: [a, cs2Item('b', { price: 9 })], complete: false }, { a: 0, b: 1, c: 0 }],
  ])('%s', (_, setup, action, expected) => {
    const { store, listeners } = watched(['a', 'b', 'c'], setup);
    store.dispatch(action);
    expect(calls(listeners)).toEqual(expected);
  });

  it('setAmount on a stack notifies only that stack', () => {
    const { store, listeners } = watched(['a', 'stack'], [{ type: 'select', item: stack, amount: 2 }]);
    store.dispatch({ type: 'setAmount', id: 'stack', amount: 5 });
    expect(calls(listeners)).toEqual({ a: 0, stack: 1 });
    expect(store.amountOf('stack')).toBe(5);
  });

  it('selecting another game notifies the dropped ids and the new one', () => {
    const { store, listeners } = watched(['a', 'b', 'stack'], [{ type: 'select', item: a }]);
    store.dispatch({ type: 'select', item: stack });
    expect(calls(listeners)).toEqual({ a: 1, b: 0, stack: 1 });
  });

  it('an unsubscribed item listener is not called again', () => {
    const store = createSelectionStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribeItem('a', listener);
    store.dispatch({ type: 'toggle', item: a });
    unsubscribe();
    store.dispatch({ type: 'toggle', item: a });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('two listeners on one id both fire', () => {
    const store = createSelectionStore();
    const first = vi.fn();
    const second = vi.fn();
    store.subscribeItem('a', first);
    store.subscribeItem('a', second);
    store.dispatch({ type: 'toggle', item: a });
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });
});

describe('global listeners and onChange', () => {
  it('a global listener fires once per state change and never for a no-op', () => {
    const { store, global } = watched([]);
    store.dispatch({ type: 'toggle', item: a });
    store.dispatch({ type: 'deselect', id: 'zzz' });
    store.dispatch({ type: 'toggle', item: cs2Item('x', { tradable: false }) });
    store.dispatch({ type: 'toggle', item: b });
    expect(global).toHaveBeenCalledTimes(2);
  });

  it('unsubscribe stops a global listener', () => {
    const store = createSelectionStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.dispatch({ type: 'toggle', item: a });
    expect(listener).not.toHaveBeenCalled();
  });

  it('onChange gets the new entries and the action, only when entries changed', () => {
    const onChange = vi.fn();
    const store = createSelectionStore({ onChange });
    const toggle: SelectionAction = { type: 'toggle', item: a };
    store.dispatch(toggle);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(store.getState().entries, { action: toggle });
    store.dispatch({ type: 'select', item: stack }); // other game: drops a, reports it
    expect(onChange).toHaveBeenCalledTimes(2);
    store.dispatch({ type: 'acknowledge' }); // state changes, entries do not
    expect(store.getState().dropped).toEqual([]);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('stateReducer', () => {
  it('sees the action and the proposed changes and can veto', () => {
    const stateReducer = vi.fn((state, { action, changes }) => (action.type === 'toggle' && action.item.id === 'b' ? state : changes));
    const store = createSelectionStore({ stateReducer });
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'toggle', item: a });
    store.dispatch({ type: 'toggle', item: b });
    expect(Object.keys(store.getState().entries)).toEqual(['a']);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(stateReducer.mock.calls[1]![1].action).toEqual({ type: 'toggle', item: b });
    expect(Object.keys(stateReducer.mock.calls[1]![1].changes.entries)).toEqual(['a', 'b']);
  });

  it('can alter the changes (cap stacks at 2 units)', () => {
    const store = createSelectionStore({
      stateReducer: (_state, { changes }) => ({
        ...changes,
        entries: Object.fromEntries(Object.entries(changes.entries).map(([id, entry]) => [id, { ...entry, amount: Math.min(entry.amount, 2) }])),
      }),
    });
    store.dispatch({ type: 'select', item: stack, amount: 8 });
    expect(store.amountOf('stack')).toBe(2);
  });
});

describe('reading the store', () => {
  it('isSelected / amountOf', () => {
    const store = createSelectionStore();
    store.dispatch({ type: 'select', item: stack, amount: 4 });
    expect([store.isSelected('stack'), store.isSelected('a')]).toEqual([true, false]);
    expect([store.amountOf('stack'), store.amountOf('a')]).toEqual([4, 0]);
  });

  it('starts from initial entries', () => {
    const store = createSelectionStore({ initial: { a: { item: a, amount: 1 } } });
    expect(store.isSelected('a')).toBe(true);
    expect(store.getState().anchorId).toBeNull();
  });

  it('enforces maxItems, 250 by default, and setOptions changes it', () => {
    const store = createSelectionStore();
    store.dispatch({ type: 'selectAll', items: Array.from({ length: 300 }, (_, i) => cs2Item(`i${i}`)) });
    expect(store.getTotals().count).toBe(250);

    const small = createSelectionStore({ maxItems: 1 });
    small.dispatch({ type: 'toggle', item: a });
    small.dispatch({ type: 'toggle', item: b });
    expect(small.isSelected('b')).toBe(false);
    small.setOptions({ maxItems: 2 });
    small.dispatch({ type: 'toggle', item: b });
    expect(small.isSelected('b')).toBe(true);
  });

  it('getTotals is memoised until the entries change', () => {
    const store = createSelectionStore();
    const empty = store.getTotals();
    expect(store.getTotals()).toBe(empty);
    store.dispatch({ type: 'toggle', item: a });
    const one = store.getTotals();
    expect(one).not.toBe(empty);
    expect(one.count).toBe(1);
    expect(store.getTotals()).toBe(one);
    store.dispatch({ type: 'select', item: b });
    store.dispatch({ type: 'toggle', item: b });
    store.dispatch({ type: 'select', item: a }); // no-op
    expect(store.getTotals().count).toBe(1);
    expect(store.getTotals()).not.toBe(one);
    const settled = store.getTotals();
    store.dispatch({ type: 'acknowledge' });
    expect(store.getTotals()).toBe(settled);
  });
});
