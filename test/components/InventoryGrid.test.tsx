import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssetPayError } from '../../src/index.js';
import { cs2 } from '../hooks/items.js';
import { GridHarness } from './gridHarness.js';

// jsdom reports 800 × 600 for every element (test/setup.ts): 4 columns of 168 px cards.
const list = Array.from({ length: 24 }, (_, i) => cs2(`item-${i}`, 1 + i));
const card = (id: string) => screen.getByRole('button', { name: new RegExp(`Redline ${id},`) });
const selectedIds = () => screen.getByLabelText('selected ids').textContent;

describe('InventoryGrid', () => {
  it('renders a labelled grid of cards named by item and payout', () => {
    render(<GridHarness items={list} />);
    const grid = screen.getByRole('grid', { name: 'Inventory' });
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    expect(grid).toHaveAttribute('aria-colcount', '4');
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(0);
    expect(card('item-0')).toHaveAccessibleName('AK-47 | Redline item-0, You get $1.00');
  });

  it('forwards a ref to its root and puts className, DOM attributes and handlers there, keeping its own data-slot', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLDivElement>();
    const onKeyDown = vi.fn();
    render(
      <GridHarness items={list} ref={ref} className="site-grid" data-testid="grid-root" data-slot="theirs" aria-describedby="help" onKeyDown={onKeyDown} />,
    );
    const root = screen.getByTestId('grid-root');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('data-slot', 'inventory-grid');
    expect(root).toHaveClass('site-grid', 'ap-InventoryGrid-root');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root).toContainElement(screen.getByRole('grid', { name: 'Inventory' }));
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    // Our keyboard model ran too: the tab stop moved.
    expect(card('item-1')).toHaveFocus();
  });

  it('toggles by click and exposes the state on the card and its cell', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    await user.click(card('item-2'));
    expect(card('item-2')).toHaveAttribute('aria-pressed', 'true');
    expect(card('item-2').closest('[role="gridcell"]')).toHaveAttribute('aria-selected', 'true');
    expect(card('item-2').closest('[data-slot="item-card"]')).toHaveAttribute('data-selected');
    expect(screen.getByLabelText('total')).toHaveTextContent('$3.00');
    await user.click(card('item-2'));
    expect(card('item-2')).toHaveAttribute('aria-pressed', 'false');
  });

  it('renders each card as its own gridcell, with no wrapper element between the row and the card', () => {
    render(<GridHarness items={list} />);
    const grid = screen.getByRole('grid', { name: 'Inventory' });
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell).toHaveAttribute('data-slot', 'item-card');
      expect(cell.parentElement).toHaveAttribute('role', 'row');
    }
    expect(cells.slice(0, 4).map((cell) => cell.getAttribute('aria-colindex'))).toEqual(['1', '2', '3', '4']);
  });

  it('has one tab stop and moves it with arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    await user.tab();
    expect(card('item-0')).toHaveFocus();
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0 && b.dataset.slot === 'item-card-toggle')).toHaveLength(1);
    await user.keyboard('{ArrowRight}');
    expect(card('item-1')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(card('item-5')).toHaveFocus();
    await user.keyboard('{End}');
    expect(card('item-7')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(card('item-4')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(card('item-0')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(card('item-0')).toHaveFocus();
    // 600 px of viewport hold two 300 px rows: a page is 2 rows of 4 cards.
    await user.keyboard('{PageDown}');
    expect(card('item-8')).toHaveFocus();
    await user.keyboard('{ArrowRight}{PageUp}');
    expect(card('item-1')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(card('item-0')).toHaveFocus();
  });

  it('toggles with Space and Enter and selects a range with Shift+Space', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    await user.tab();
    await user.keyboard(' ');
    expect(selectedIds()).toBe('item-0');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Shift>} {/Shift}');
    expect(selectedIds()).toBe('item-0,item-1,item-2,item-3');
    await user.keyboard('{Enter}');
    expect(selectedIds()).toBe('item-0,item-1,item-2');
  });

  it('selects a range with Shift+click', async () => {
    const user = userEvent.setup();
    render(<GridHarness items={list} />);
    await user.click(card('item-1'));
    await user.keyboard('{Shift>}');
    await user.click(card('item-6'));
    await user.keyboard('{/Shift}');
    expect(selectedIds()).toBe('item-1,item-2,item-3,item-4,item-5,item-6');
  });

  it('selects all depositable items with Ctrl+A, up to the cap', async () => {
    const user = userEvent.setup();
    const mixed = [cs2('a'), cs2('b', 1, { tradable: false }), cs2('c'), cs2('d'), cs2('e')];
    render(<GridHarness items={mixed} maxItems={3} />);
    await user.tab();
    await user.keyboard('{Control>}a{/Control}');
    expect(selectedIds()).toBe('a,c,d');
    expect(screen.getByRole('button', { name: /Redline e,/ })).toHaveAccessibleDescription(/Selection limit reached/);
  });

  it('shows why an item cannot be deposited and refuses it', async () => {
    const user = userEvent.setup();
    const items = [cs2('locked', 5, { tradable: false }), cs2('nooffer', 5, { offer: undefined })];
    render(<GridHarness items={items} />);
    const locked = screen.getByRole('button', { name: /Redline locked/ });
    expect(locked).toHaveAttribute('aria-disabled', 'true');
    expect(locked).toHaveAccessibleDescription(/Not tradable/);
    expect(screen.getByRole('button', { name: /Redline nooffer/ })).toHaveAccessibleDescription(/No offer right now/);
    await user.click(locked);
    expect(selectedIds()).toBe('');
  });

  it.each([
    ['loading', { isLoading: true, items: [] }, 'status', 'Loading inventory…'],
    ['empty', { items: [] }, 'status', 'No items in this inventory.'],
  ] as const)('shows the %s state', (state, props, role, text) => {
    render(<GridHarness {...props} />);
    const message = screen.getAllByRole(role).find((element) => element.dataset.slot === 'inventory-grid-status');
    expect(message).toHaveTextContent(text);
    expect(message).toHaveAttribute('data-state', state);
  });

  it('shows a typed error in words with a working retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new AssetPayError({ key: 'USER_NOT_TRADEABLE', message: 'private', status: 400, requestId: 'req-5' });
    render(<GridHarness items={[]} error={error} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/inventory is private/);
    expect(alert).toHaveTextContent('Support reference: req-5');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('asks for more pages near the end', () => {
    const onLoadMore = vi.fn();
    render(<GridHarness items={list.slice(0, 8)} hasMore onLoadMore={onLoadMore} />);
    expect(onLoadMore).toHaveBeenCalled();
  });

  it('renders only the visible rows of a large inventory', () => {
    const many = Array.from({ length: 5000 }, (_, i) => cs2(`m-${i}`));
    render(<GridHarness items={many} />);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '1250');
    expect(screen.getAllByRole('gridcell').length).toBeLessThan(60);
  });
});
