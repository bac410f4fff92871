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

// jsdom reports 800 × 600 for every element (test/setup.ts): 4 columns of 168 px cards.
const list = Array.from({ length: 40 }, (_, i) => cs2(`item-${i}`, 1 + i));
const card = (id: string) => screen.getByRole('button', { name: new RegExp(`Redline ${id},`) });
const tabStops = () => screen.getAllByRole('button').filter((b) => b.dataset.slot === 'item-card-toggle' && b.tabIndex === 0);

describe('InventoryGrid tab stop', () => {
  it('moves to a clicked card, re-rendering only the old and the new stop', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    expect(tabStops()).toEqual([card('item-0')]);
    // Select item-1 first, then move the tab stop by clicking a card that is already selected.
    await user.click(card('item-1'));
    expect(tabStops()).toEqual([card('item-1')]);
    await user.keyboard(' ');
    expect(card('item-1')).toHaveAttribute('aria-pressed', 'false');
    const before = new Map(renders);
    await user.keyboard('{ArrowRight}');
    expect(card('item-2')).toHaveFocus();
    expect(tabStops()).toEqual([card('item-2')]);
    const changed = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
    expect(changed.sort()).toEqual(['item-1', 'item-2']);
  });

  it('keeps exactly one tab stop when the list gets shorter than its position', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<GridHarness items={list} />);
    await user.click(card('item-9'));
    expect(tabStops()).toEqual([card('item-9')]);
    rerender(<GridHarness items={list.slice(0, 3)} />);
    expect(tabStops()).toEqual([card('item-2')]);
    rerender(<GridHarness items={list} />);
    expect(tabStops()).toHaveLength(1);
  });

  it('makes a card focused by keyboard the tab stop', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    await user.tab();
    expect(card('item-0')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(card('item-8')).toHaveFocus();
    expect(tabStops()).toEqual([card('item-8')]);
    await user.tab({ shift: true });
    await user.tab();
    expect(card('item-8')).toHaveFocus();
  });
});
