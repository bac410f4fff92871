import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectionReducer, type SelectionAction, type SelectionState } from '../../src/core/index.js';
import { rustItem } from './makeItem.js';

const a = rustItem('a', { amount: 1 });
const stack = rustItem('stack', { amount: 20, maxAmount: 10 });
const ctx = { maxItems: 250 };
const run = (actions: SelectionAction[], from: SelectionState = EMPTY_SELECTION) => actions.reduce((state, action) => selectionReducer(state, action, ctx), from);
const base = run([{ type: 'select', item: a }, { type: 'select', item: stack, amount: 8 }]);

describe("selectionReducer 'repair'", () => {
  it.each<[string, SelectionAction, string[], Record<string, number>, unknown[], unknown[]]>([
    ['removes with a reason', { type: 'repair', remove: [{ id: 'a', reason: 'no-offer' }], clamp: [] }, ['stack'], { stack: 8 }, [{ id: 'a', name: a.name, reason: 'no-offer' }], []],
    ['clamps and records from → to', { type: 'repair', remove: [], clamp: [{ id: 'stack', amount: 3, reason: 'overstocked' }] }, ['a', 'stack'], { a: 1, stack: 3 }, [], [{ id: 'stack', name: stack.name, from: 8, to: 3, reason: 'overstocked' }]],
    ['a clamp below 1 removes', { type: 'repair', remove: [], clamp: [{ id: 'stack', amount: 0, reason: 'not-owned' }] }, ['a'], { a: 1 }, [{ id: 'stack', name: stack.name, reason: 'not-owned' }], []],
    ['a clamp never raises an amount', { type: 'repair', remove: [], clamp: [{ id: 'stack', amount: 9, reason: 'max-amount' }] }, ['a', 'stack'], { a: 1, stack: 8 }, [], []],
  ])('%s', (_, action, ids, amounts, dropped, adjusted) => {
    const state = run([action], base);
    expect(Object.keys(state.entries)).toEqual(ids);
    expect(Object.fromEntries(Object.entries(state.entries).map(([id, e]) => [id, e.amount]))).toEqual(amounts);
    expect(state.dropped).toEqual(dropped);
    expect(state.adjusted ?? []).toEqual(adjusted);
  });

  it.each<[string, SelectionAction]>([
    ['unknown ids', { type: 'repair', remove: [{ id: 'nope', reason: 'unavailable' }], clamp: [{ id: 'nope', amount: 1, reason: 'max-amount' }] }],
    ['nothing to do', { type: 'repair', remove: [], clamp: [] }],
    ['a clamp to NaN', { type: 'repair', remove: [], clamp: [{ id: 'stack', amount: Number.NaN, reason: 'max-amount' }] }],
  ])('returns the same state for %s', (_, action) => {
    expect(selectionReducer(base, action, ctx)).toBe(base);
  });

  it('acknowledge clears adjusted with dropped', () => {
    const repaired = run([{ type: 'repair', remove: [{ id: 'a', reason: 'no-offer' }], clamp: [{ id: 'stack', amount: 2, reason: 'overstocked' }] }], base);
    const state = run([{ type: 'acknowledge' }], repaired);
    expect(state.dropped).toEqual([]);
    expect(state.adjusted).toEqual([]);
    expect(state.entries.stack?.amount).toBe(2);
  });
});
