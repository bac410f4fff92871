// useInventoryGrid through a grid built from the hooks alone (stories/recipe/HeadlessGrid.tsx):
// keyboard only, through sort, filter and Shift ranges. Roles and names, no markup of ours.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssetPayProvider, useInventoryGrid } from '../../src/index.js';
import { HeadlessGrid } from '../../stories/recipe/HeadlessGrid.js';
import { apiItem, freshQueryClient, inventoryBody, serveInventory } from './utils.js';
import { items } from './items.js';

// Six items, priced 1 to 6 dollars.
const NAMES = ['Alpha 1', 'Bravo 2', 'Alpha 3', 'Bravo 4', 'Alpha 5', 'Bravo 6'];
const rows = NAMES.map((name, index) => apiItem(`i${index + 1}`, { name, offer: { price: index + 1, reference: `r${index}`, maxAmount: 1 } }));

async function renderGrid(dir?: 'rtl') {
  serveInventory(() => inventoryBody(rows));
  render(
    <AssetPayProvider getToken={() => 'token-123'} queryClient={freshQueryClient()} refreshOnSessionStart={false} retry={0}>
      <div dir={dir}>
        <HeadlessGrid columns={3} />
      </div>
    </AssetPayProvider>,
  );
  const grid = await screen.findByRole('grid', { name: 'Your items' });
  await within(grid).findAllByRole('gridcell');
  return grid;
}

const button = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} ·`) });
const selectedNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('button', { pressed: true })
    .map((element) => element.textContent!.split(' ·')[0]);

describe('useInventoryGrid (a headless grid of plain markup)', () => {
  it('has one tab stop, moves it with arrows, Home/End, Ctrl+Home and PageUp/PageDown, and says how the grid is laid out', async () => {
    const user = userEvent.setup();
    const grid = await renderGrid();
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    expect(grid).toHaveAttribute('aria-colcount', '3');
    expect(grid).toHaveAttribute('aria-rowcount', '2');
    expect(within(grid).getAllByRole('row')).toHaveLength(2);
    // Sorted by price, high to low: Bravo 6, Alpha 5, Bravo 4 / Alpha 3, Bravo 2, Alpha 1.
    expect(within(grid).getAllByRole('button').filter((element) => element.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(button('Bravo 6')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(button('Alpha 5')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(button('Bravo 2')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(button('Alpha 3')).toHaveFocus();
    await user.keyboard('{End}');
    expect(button('Alpha 1')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(button('Bravo 6')).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(button('Alpha 1')).toHaveFocus();
    await user.keyboard('{PageUp}{ArrowDown}');
    expect(button('Alpha 3')).toHaveFocus();
    expect(button('Alpha 3')).toHaveAttribute('tabindex', '0');
    expect(button('Bravo 6')).toHaveAttribute('tabindex', '-1');
    const cell = button('Alpha 3').closest('[role="gridcell"]');
    expect(cell).toHaveAttribute('aria-colindex', '1');
  });

  it('right to left, ArrowLeft moves to the next item and ArrowRight back, as the user sees them', async () => {
    const user = userEvent.setup();
    await renderGrid('rtl');
    await user.click(button('Bravo 6'));
    await user.keyboard(' '); // toggles it off again
    expect(button('Bravo 6')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(button('Alpha 5')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowRight}');
    expect(button('Alpha 5')).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(button('Bravo 6')).toHaveFocus();
  });

  it('keeps the tab stop on the same item through a sort and a filter', async () => {
    const user = userEvent.setup();
    await renderGrid();
    await user.click(button('Bravo 4'));
    await user.keyboard(' '); // toggles it off again
    expect(button('Bravo 4')).toHaveAttribute('aria-pressed', 'false');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name-asc');
    expect(button('Bravo 4')).toHaveAttribute('tabindex', '0');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Bravo');
    expect(button('Bravo 4')).toHaveAttribute('tabindex', '0');
    await user.tab(); // the sort
    await user.tab(); // the grid's tab stop
    expect(button('Bravo 4')).toHaveFocus();
    // The item filtered away: the stop stays at its place, on the item now there.
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Alpha');
    const grid = screen.getByRole('grid', { name: 'Your items' });
    expect(within(grid).getAllByRole('button').filter((element) => element.tabIndex === 0)).toHaveLength(1);
  });

  it('selects by keyboard: Space toggles, Shift+Space extends and shrinks a range from the anchor, Ctrl+A selects all', async () => {
    const user = userEvent.setup();
    const grid = await renderGrid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name-asc');
    // Name order: Alpha 1, Alpha 3, Alpha 5 / Bravo 2, Bravo 4, Bravo 6.
    await user.click(button('Alpha 1'));
    expect(selectedNames(grid)).toEqual(['Alpha 1']);
    await user.keyboard('{ArrowDown}{ArrowRight}{Shift>} {/Shift}');
    expect(selectedNames(grid)).toEqual(['Alpha 1', 'Alpha 3', 'Alpha 5', 'Bravo 2', 'Bravo 4']);
    await user.keyboard('{ArrowUp}{Shift>} {/Shift}');
    expect(selectedNames(grid)).toEqual(['Alpha 1', 'Alpha 3']);
    expect(screen.getByText(/2 selected/)).toHaveTextContent('$4.00');
    await user.keyboard('{Control>}a{/Control}');
    expect(selectedNames(grid)).toHaveLength(6);
    await user.keyboard(' ');
    expect(button('Alpha 3')).toHaveAttribute('aria-pressed', 'false');
  });

  it("runs the caller's handlers first and lets them prevent ours", () => {
    const list = items(apiItem('a', { name: 'A' }), apiItem('b', { name: 'B' }));
    const selection = { isSelected: () => false, amountOf: () => 0, toggle: vi.fn(), selectRange: vi.fn(), selectAll: vi.fn(), setAmount: vi.fn(), getDisabledReason: () => null };
    const calls: string[] = [];
    function Grid() {
      const grid = useInventoryGrid({ items: list, selection, columns: 2 });
      return (
        <div {...grid.getGridProps()} aria-label="g">
          <div {...grid.getRowProps(0)}>
            {list.map((item) => (
              <div key={item.id} {...grid.getItemProps(item)}>
                <button
                  {...grid.getToggleProps(item, {
                    onClick: (event: React.MouseEvent) => {
                      calls.push(`user ${item.id}`);
                      if (item.id === 'b') event.preventDefault();
                    },
                  })}
                >
                  {item.name}
                </button>
              </div>
            ))}
          </div>
        </div>
      );
    }
    render(<Grid />);
    screen.getByRole('button', { name: 'A' }).click();
    screen.getByRole('button', { name: 'B' }).click();
    expect(calls).toEqual(['user a', 'user b']);
    expect(selection.toggle).toHaveBeenCalledTimes(1);
    expect(selection.toggle).toHaveBeenCalledWith(list[0]);
  });
  it('takes an index as downshift does, never passes it to the element, and ignores a wrong one', () => {
    const list = items(apiItem('a', { name: 'A' }), apiItem('b', { name: 'B' }), apiItem('c', { name: 'C' }));
    const selection = { isSelected: () => false, amountOf: () => 0, toggle: vi.fn(), selectRange: vi.fn(), selectAll: vi.fn(), setAmount: vi.fn(), getDisabledReason: () => null };
    function Grid() {
      const grid = useInventoryGrid({ items: list, selection, columns: 3 });
      return (
        <div {...grid.getGridProps()} aria-label="g">
          {list.map((item, index) => (
            <div key={item.id} {...grid.getItemProps(item, { index: item.id === 'c' ? 0 : index, 'data-testid': item.id })}>
              <button {...grid.getToggleProps(item, { index })}>{item.name}</button>
            </div>
          ))}
        </div>
      );
    }
    render(<Grid />);
    expect(screen.getByTestId('b')).toHaveAttribute('aria-colindex', '2');
    // 'c' given index 0 (where 'a' is): looked up by id instead.
    expect(screen.getByTestId('c')).toHaveAttribute('aria-colindex', '3');
    for (const id of ['a', 'b', 'c']) expect(screen.getByTestId(id)).not.toHaveAttribute('index');
    expect(screen.getByRole('button', { name: 'A' })).not.toHaveAttribute('index');
    expect(screen.getByRole('button', { name: 'A' })).toHaveAttribute('tabindex', '0');
  });
});
