import '../src/styles/tokens.css';
import '../src/components/StickerTooltip/StickerTooltip.css';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StickerTooltip, themeAttributes, type AssetPayTheme, type Sticker } from '../src/index.js';

/** Puts the story on a surface themed like `args.theme`, which the portalled tooltip also gets. */
const withTheme: Decorator = (Story, { args }) => (
  <div {...themeAttributes(args.theme as AssetPayTheme | undefined, { background: 'var(--ap-bg)', padding: 24 })}>
    <Story />
  </div>
);

// Icons are Steam hashes; the mock API in the preview serves them without the network.
const two: Sticker[] = [
  { name: 'Titan | Katowice 2014', slot: 0, wear: 0, iconUrl: 'sticker-titan-kato14' },
  { name: 'Crown (Foil)', slot: 1, wear: 0.12, iconUrl: 'sticker-crown-foil' },
];
const five: Sticker[] = [
  { name: 'Howl', slot: 3, wear: 0.5, iconUrl: 'sticker-howl' },
  { name: 'Titan | Katowice 2014', slot: 0, wear: 0, iconUrl: 'sticker-titan-kato14' },
  { name: 'iBUYPOWER (Holo) | Katowice 2014', slot: 1, wear: null, iconUrl: 'sticker-ibp-holo' },
  { name: 'Crown (Foil)', slot: 2, wear: 0.123, iconUrl: 'sticker-crown-foil' },
  { name: 'Natus Vincere (Holo) | Cologne 2015', slot: 4, wear: 0.9, iconUrl: 'javascript:alert(1)' },
];

/** Opens the tooltip from the keyboard and returns it (it is portalled to `document.body`). */
async function openWithKeyboard(canvasElement: HTMLElement) {
  await userEvent.tab();
  await expect(within(canvasElement).getByRole('button')).toHaveFocus();
  return within(document.body).findByRole('tooltip');
}

const meta = {
  title: 'Components/StickerTooltip',
  component: StickerTooltip,
  args: { stickers: two },
  decorators: [withTheme],
  parameters: { layout: 'centered' },
} satisfies Meta<typeof StickerTooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Focus with the keyboard opens the tooltip; Escape closes it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Stickers: Titan | Katowice 2014, Crown (Foil)' });
    const tooltip = await openWithKeyboard(canvasElement);
    await expect(tooltip).toHaveTextContent('Slot 1 · 0% scraped');
    await expect(tooltip).toHaveTextContent('Slot 2 · 12% scraped');
    await expect(trigger).toHaveAccessibleDescription(/Crown \(Foil\)/);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('tooltip')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/** Hover opens it; the pointer can move onto the tooltip and back; leaving both closes it. */
export const Hover: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button');
    await userEvent.hover(trigger);
    const tooltip = await within(document.body).findByRole('tooltip');
    await expect(trigger).toHaveAttribute('data-state', 'delayed-open');
    await userEvent.hover(tooltip);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(within(document.body).getByRole('tooltip')).toBe(tooltip);
    await userEvent.unhover(tooltip);
    await waitFor(() => expect(within(document.body).queryByRole('tooltip')).toBeNull());
    await expect(trigger).toHaveAttribute('data-state', 'closed');
  },
};

/** With room above the trigger the tooltip sits there, 6px off, and stays inside the viewport. */
export const PlacedAbove: Story = {
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div style={{ paddingTop: 240, paddingLeft: 4 }}><Story /></div>],
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button');
    const tooltip = await openWithKeyboard(canvasElement);
    await waitFor(() => expect(tooltip).toHaveAttribute('data-side', 'top'));
    const [box, anchor] = [tooltip.getBoundingClientRect(), trigger.getBoundingClientRect()];
    await expect(Math.round(anchor.top - box.bottom)).toBe(6);
    // Shifted off the left edge it would overflow, to the 8px padding.
    await expect(Math.round(box.left)).toBeGreaterThanOrEqual(8);
  },
};

/** At the top edge of the viewport there is no room above: the tooltip flips below the trigger. */
export const FlipsBelow: Story = {
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button');
    const tooltip = await openWithKeyboard(canvasElement);
    await waitFor(() => expect(tooltip).toHaveAttribute('data-side', 'bottom'));
    await expect(tooltip.getBoundingClientRect().top).toBeGreaterThanOrEqual(trigger.getBoundingClientRect().bottom);
  },
};

/** Five stickers in slot order, one unscraped, one with an unsafe icon (a placeholder). */
export const WithStickers: Story = {
  args: { stickers: five },
  play: async ({ canvasElement }) => {
    await userEvent.hover(within(canvasElement).getByRole('button'));
    const tooltip = await within(document.body).findByRole('tooltip');
    const rows = within(tooltip).getAllByRole('listitem');
    await expect(rows.map((row) => row.querySelector('[data-slot="sticker-tooltip-name"]')?.textContent)).toEqual([
      'Titan | Katowice 2014',
      'iBUYPOWER (Holo) | Katowice 2014',
      'Crown (Foil)',
      'Howl',
      'Natus Vincere (Holo) | Cologne 2015',
    ]);
    await expect(rows[1]).toHaveTextContent('Slot 2 · Not scraped');
    await expect(rows[2]).toHaveTextContent('Slot 3 · 12% scraped');
    await expect(rows[4]).toHaveTextContent('Slot 5 · 90% scraped');
    await expect(rows[4]!.querySelector('img')).toBeNull();
    await expect(rows[4]!.querySelector('[data-placeholder]')).not.toBeNull();
  },
};

/** A charm is listed after the stickers and named on the trigger. */
export const WithCharm: Story = {
  args: { stickers: two, charm: { name: 'Lil’ Squirt', iconUrl: 'charm-lil-squirt' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(
      'Stickers: Titan | Katowice 2014, Crown (Foil); Charm: Lil’ Squirt',
    );
    const tooltip = await openWithKeyboard(canvasElement);
    const charm = within(tooltip).getByText('Lil’ Squirt').closest('li');
    await expect(charm).toHaveAttribute('data-slot', 'sticker-tooltip-charm');
    await expect(charm).toHaveTextContent('Charm');
  },
};

/** The light preset reaches the portalled tooltip through `theme`. */
export const Light: Story = {
  args: { theme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    const tooltip = await openWithKeyboard(canvasElement);
    await expect(tooltip).toHaveAttribute('data-ap-theme', 'light');
    await expect(getComputedStyle(tooltip).backgroundColor).toBe('rgb(238, 241, 245)');
  },
};

/** The dark preset (the default). */
export const Dark: Story = {
  args: { theme: { preset: 'dark' } },
  play: async ({ canvasElement }) => {
    const tooltip = await openWithKeyboard(canvasElement);
    await expect(tooltip).toHaveAttribute('data-ap-theme', 'dark');
    await expect(getComputedStyle(tooltip).backgroundColor).toBe('rgb(31, 35, 44)');
  },
};

/** Theme variables apply inside the portal too. */
export const CustomTheme: Story = {
  args: { theme: { preset: 'dark', variables: { surfaceRaised: '#2a1a40', border: '#b68ae0', radius: '2px' } } },
  play: async ({ canvasElement }) => {
    const tooltip = await openWithKeyboard(canvasElement);
    await expect(getComputedStyle(tooltip).backgroundColor).toBe('rgb(42, 26, 64)');
    await expect(getComputedStyle(tooltip).borderTopLeftRadius).toBe('2px');
  },
};

/** No class names; the data attributes stay for the host's own CSS. */
export const Unstyled: Story = {
  args: { unstyled: true, theme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    const tooltip = await openWithKeyboard(canvasElement);
    await expect(document.querySelector('[class*="ap-StickerTooltip"]')).toBeNull();
    await expect(tooltip).toHaveAttribute('data-slot', 'sticker-tooltip-content');
    await expect(within(tooltip).getAllByRole('listitem')).toHaveLength(2);
  },
};
