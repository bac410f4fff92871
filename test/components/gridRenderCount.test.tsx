import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cs2 } from '../hooks/items.js';
import { GridHarness } from './gridHarness.js';

const renders = vi.hoisted(() => new Map<string, number>());

// Wrap the real card to count how often the grid renders each one.
vi.mock('../../src/components/ItemCard/ItemCard.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/components/ItemCard/ItemCard.js')>();
  const { createElement } = await import('react');
  function CountedItemCard(props: Parameters<typeof original.ItemCard>[0]) {
    renders.set(props.item.id, (renders.get(props.item.id) ?? 0) + 1);
    return createElement(original.ItemCard, props);
  }
  return { ...original, ItemCard: CountedItemCard };
});

describe('InventoryGrid render cost', () => {
  it('re-renders only the toggled card when one item is selected', async () => {
    const user = userEvent.setup();
    const list = Array.from({ length: 400 }, (_, i) => cs2(`item-${i}`, 1 + (i % 50)));
    render(<GridHarness items={list} />);
    const rendered = [...renders.keys()];
    expect(rendered.length).toBeGreaterThan(4);
    expect(rendered.length).toBeLessThan(60);
    // Put the tab stop on item-2 first: moving it re-renders the old and the new stop, by design.
    const card = screen.getByRole('button', { name: /Redline item-2,/ });
    await user.click(card);
    await user.click(card);
    const before = new Map(renders);

    await user.keyboard(' ');
    expect(card).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('total')).toHaveTextContent('$3.00');

    const changed = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
    expect(changed).toEqual(['item-2']);
  });
});
