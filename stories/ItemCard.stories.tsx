import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ItemCard, parseInventoryItems } from '../src/index.js';
import { customTheme, mockItems, withTheme } from './support/fixtures.js';

const cs2 = mockItems(730, 200);
const rust = mockItems(252490, 80);
const withStickers = cs2.find((item) => item.stickers.length >= 3 && item.offer)!;
const plain = cs2.find((item) => item.offer && item.tradable && item.accepted && item.wear)!;
const stack = rust.find((item) => (item.amount ?? 1) >= 10 && item.offer && item.tradable && item.accepted)!;
const locked = cs2.find((item) => !item.tradable)!;

const meta = {
  title: 'Components/ItemCard',
  component: ItemCard,
  args: { item: plain, onToggle: fn(), onAmountChange: fn(), style: { width: 200, height: 300 } },
  decorators: [withTheme],
  parameters: { layout: 'centered' },
} satisfies Meta<typeof ItemCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Payout as the headline, market price as a labelled reference, float and pattern. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const toggle = within(canvasElement).getByRole('button', { pressed: false });
    await expect(toggle).toHaveAccessibleName(new RegExp(`You get`));
    await userEvent.click(toggle);
    await expect(args.onToggle).toHaveBeenCalledOnce();
  },
};

export const WithStickers: Story = {
  args: { item: withStickers },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /^Stickers/ })).toBeInTheDocument();
  },
};

/** A selected Rust stack shows its quantity stepper. */
export const Stackables: Story = {
  args: { item: stack, selected: true, amount: 3 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Increase' }));
    await expect(args.onAmountChange).toHaveBeenCalledWith(stack, 4);
  },
};

/** Items that cannot be deposited say why. */
export const NotDepositable: Story = {
  args: { item: locked },
  play: async ({ canvasElement, args }) => {
    const toggle = within(canvasElement).getByRole('button');
    await expect(toggle).toHaveAccessibleDescription(/Not tradable/);
    await userEvent.click(toggle);
    await expect(args.onToggle).not.toHaveBeenCalled();
  },
};

/** Hostile data: markup in names renders as text, unsafe icons are never requested. */
export const HostileData: Story = {
  args: {
    item: parseInventoryItems([
      { id: 'evil-1', appid: 730, name: '<img src=x onerror=alert(1)>', iconUrl: 'javascript:alert(1)', tradable: true, accepted: true, color: 'red;}', offer: { price: 1.23, reference: 'r' } },
    ]).items[0]!,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const Loading: Story = { args: { item: { ...plain, iconUrl: undefined } } };
export const Light: Story = { parameters: { apTheme: { preset: 'light' } } };
export const Dark: Story = { parameters: { apTheme: { preset: 'dark' } } };
export const CustomTheme: Story = { parameters: { apTheme: customTheme } };
export const Unstyled: Story = { args: { unstyled: true }, parameters: { unstyled: true } };
