import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { HeadlessGrid } from './recipe/HeadlessGrid.js';

/**
 * A whole grid from the hooks (`useInventory`, `useDepositSelection`, `useInventoryGrid`) and the
 * site's own markup: no component of ours. It gets InventoryGrid's keyboard model through the prop
 * getters: one tab stop kept by item id, arrows, Home/End, PageUp/PageDown, Space/Enter, Shift
 * ranges from the anchor, Ctrl/Cmd+A.
 */
const meta = {
  title: 'Hooks/Headless grid',
  component: HeadlessGrid,
  args: { columns: 3, perPage: 24 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof HeadlessGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: into the grid, along a row, toggle, then a Shift range. */
export const Default: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'Your items' });
    await within(grid).findAllByRole('gridcell', {}, { timeout: 10_000 });
    const stops = within(grid)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0);
    await expect(stops).toHaveLength(1);

    await step('Tab lands on the single tab stop; arrows move it', async () => {
      stops[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      const buttons = within(grid).getAllByRole('button');
      await expect(buttons[1]).toHaveFocus();
      await expect(buttons[1]).toHaveAttribute('tabindex', '0');
      await expect(buttons[0]).toHaveAttribute('tabindex', '-1');
    });

    await step('Space toggles the focused item (one that cannot be deposited stays off)', async () => {
      const focused = canvasElement.ownerDocument.activeElement as HTMLElement;
      const enabled = focused.getAttribute('aria-disabled') !== 'true';
      await userEvent.keyboard(' ');
      await expect(focused).toHaveAttribute('aria-pressed', String(enabled));
    });
  },
};
