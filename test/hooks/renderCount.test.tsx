import { describe, expect, it } from 'vitest';
import { memo } from 'react';
import { act, render, screen } from '@testing-library/react';
import { useDepositSelection, useSelectionEntry, type InventoryItem, type SelectionStore } from '../../src/index.js';
import { cs2 } from './items.js';

const renders = new Map<string, number>();

const Card = memo(function Card({ item, store, onToggle }: { item: InventoryItem; store: SelectionStore; onToggle: (item: InventoryItem) => void }) {
  renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
  const entry = useSelectionEntry(store, item.id);
  return (
    <button type="button" aria-pressed={entry !== undefined} onClick={() => onToggle(item)}>
      {item.id}
    </button>
  );
});

const list = Array.from({ length: 200 }, (_, i) => cs2(`item-${i}`));

function Grid() {
  const selection = useDepositSelection({ items: list });
  return (
    <>
      <output aria-label="total">{selection.totalCents}</output>
      {list.map((item) => (
        <Card key={item.id} item={item} store={selection.store} onToggle={selection.toggle} />
      ))}
    </>
  );
}

describe('per-item selection subscriptions', () => {
  it('re-renders only the toggled card', () => {
    renders.clear();
    render(<Grid />);
    expect(renders.get('item-5')).toBe(1);
    act(() => screen.getByRole('button', { name: 'item-5' }).click());
    expect(screen.getByRole('button', { name: 'item-5' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('total')).toHaveTextContent('1075');
    expect(renders.get('item-5')).toBe(2);
    const others = [...renders].filter(([id, count]) => id !== 'item-5' && count !== 1);
    expect(others).toEqual([]);
  });
});
