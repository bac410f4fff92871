import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AssetPayError, InventoryGrid, useDepositSelection, type InventoryGridProps, type InventoryItem } from '../src/index.js';
import { customTheme, mockItems } from './support/fixtures.js';

type HarnessProps = Omit<InventoryGridProps, 'selection'> & { maxItems?: number };

/** The grid with its own selection, as a site would wire it. */
function GridWithSelection({ maxItems, ...props }: HarnessProps) {
  const selection = useDepositSelection({ items: props.items, maxItems });
  return (
    <>
      <p>
        Selected: <span data-testid="count">{selection.count}</span>
      </p>
      <InventoryGrid {...props} selection={selection} />
    </>
  );
}

const cs2 = mockItems(730, 200);
const many = (count: number): InventoryItem[] => mockItems(730, count, 21);

/** The item id of a card's toggle, and the toggle of an item: cards carry `data-item-id`. */
const idOf = (toggle: HTMLElement) => toggle.closest<HTMLElement>('[data-item-id]')!.dataset.itemId!;
const toggleOf = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] [data-slot=item-card-toggle]`);

const meta = {
  title: 'Components/InventoryGrid',
  component: GridWithSelection,
  args: { items: cs2, height: 480 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof GridWithSelection>;

export default meta;
type Story = StoryObj<typeof meta>;

const cards = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('button')
    .filter((button) => button.dataset.slot === 'item-card-toggle');

/** Mouse and keyboard selection, including a Shift range. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('gridcell');
    const usable = cards(canvasElement).filter((button) => button.getAttribute('aria-disabled') !== 'true');
    await userEvent.click(usable[0]!);
    await expect(usable[0]).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{ArrowRight}');
    const next = cs2[cs2.findIndex((item) => item.id === idOf(usable[0]!)) + 1]!;
    await expect(toggleOf(canvasElement, next.id)).toHaveFocus();
    // Ctrl+End scrolls the virtualised grid to the last card and focuses it once it is rendered.
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(toggleOf(canvasElement, cs2[cs2.length - 1]!.id)).toHaveFocus());
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() => expect(toggleOf(canvasElement, cs2[0]!.id)).toHaveFocus());
  },
};

export const Loading: Story = { args: { items: [], isLoading: true } };
export const Empty: Story = {
  args: { items: [] },
  play: async ({ canvasElement }) => expect(within(canvasElement).getByText('No items in this inventory.')).toBeVisible(),
};
export const Error: Story = {
  args: { items: [], error: new AssetPayError({ key: 'STEAM_UNAVAILABLE', message: 'Steam is down', status: 424, requestId: 'req-42' }), onRetry: () => {} },
  play: async ({ canvasElement }) => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Support reference: req-42'),
};
export const Stackables: Story = { args: { items: mockItems(252490, 120) } };
export const WithStickers: Story = { args: { items: cs2.filter((item) => item.stickers.length > 0) } };

/** 5,000 items: Ctrl+A stops at the 250 cap. */
export const ManyItems5k: Story = {
  args: { items: many(5000) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('gridcell');
    cards(canvasElement).find((b) => b.tabIndex === 0)!.focus();
    await userEvent.keyboard('{Control>}a{/Control}');
    await waitFor(() => expect(canvas.getByTestId('count')).toHaveTextContent('250'));
  },
};
export const ManyItems20k: Story = {
  args: { items: many(20000) },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('gridcell');
    await expect(within(canvasElement).getAllByRole('gridcell').length).toBeLessThan(100);
  },
};
export const Light: Story = { args: { theme: { preset: 'light' } } };
export const Dark: Story = { args: { theme: { preset: 'dark' } } };
export const CustomTheme: Story = { args: { theme: customTheme } };
export const Unstyled: Story = { args: { unstyled: true } };
