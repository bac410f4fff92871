/// <reference types="vite/client" />
import '../src/styles/tokens.css';
import '../src/components/DepositSummary/DepositSummary.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DepositSummary, type DepositSummarySelection } from '../src/components/DepositSummary/DepositSummary.js';
import { themeAttributes } from '../src/components/shared/index.js';

/** Plain selection figures: the summary only reads these, so no API is needed. */
const cs2: DepositSummarySelection = {
  count: 3,
  units: 3,
  totalCents: 4123,
  marketTotalCents: 5210,
  instantCreditCents: 2500,
  game: 730,
  maxItems: 250,
};
const rust: DepositSummarySelection = { count: 2, units: 17, totalCents: 255, marketTotalCents: 340, instantCreditCents: 255, game: 252490, maxItems: 250 };
const empty: DepositSummarySelection = { count: 0, units: 0, totalCents: 0, marketTotalCents: 0, instantCreditCents: 0, game: undefined, maxItems: 250 };

/** Text of the `<dd>` after the `<dt>` called `term`. */
const figure = (canvas: HTMLElement, term: string) => within(canvas).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

const meta = {
  title: 'Components/DepositSummary',
  component: DepositSummary,
  args: { selection: cs2, children: <button type="button">Deposit</button> },
  parameters: { layout: 'padded' },
  decorators: [
    // A page background in the story's theme, as a host page would have around the summary.
    (Story, { args }) => (
      <div {...themeAttributes(args.theme, { padding: 16, background: 'var(--ap-bg)' })}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DepositSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CS2: payout as headline, market reference labelled and muted, part credited now and the rest after the 7-day protection. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3 of 250 selected')).toBeVisible();
    await expect(figure(canvasElement, 'You get')).toBe('$41.23');
    await expect(figure(canvasElement, 'Market reference')).toBe('$52.10');
    await expect(figure(canvasElement, 'Credited now (estimate)')).toBe('≈ $25.00 now, $16.23 after Steam’s 7-day trade protection');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('3 selected, you get $41.23');
  },
};

/** Rust stacks: units next to the count, everything credited at once. */
export const Stackables: Story = {
  args: { selection: rust },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('17 units')).toBeVisible();
    await expect(figure(canvasElement, 'Credited now (estimate)')).toBe('$2.55 Rust deposits are credited in full at once.');
  },
};

/** Nothing selected yet. */
export const Empty: Story = {
  args: { selection: empty },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('0 of 250 selected')).toBeVisible();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Nothing selected');
    await expect(within(canvasElement).queryByText('Credited now (estimate)')).toBeNull();
  },
};

/** The light preset. */
export const Light: Story = {
  args: { theme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot=deposit-summary]')).toHaveAttribute('data-ap-theme', 'light');
  },
};

/** The dark preset (the default). */
export const Dark: Story = {
  args: { theme: { preset: 'dark' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot=deposit-summary]')).toHaveAttribute('data-ap-theme', 'dark');
  },
};

/** Theme variables, Stripe-appearance style: they become `--ap-*` properties on the root. */
export const CustomTheme: Story = {
  args: {
    theme: {
      preset: 'light',
      variables: { accent: '#0b6b4f', surface: '#fffaf0', background: '#f3ead8', text: '#2b1d0e', mutedText: '#5c4630', border: '#c9b79c', radius: '2px', fontFamily: 'Georgia, serif' },
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-slot=deposit-summary]')!;
    await expect(root.style.getPropertyValue('--ap-surface')).toBe('#fffaf0');
  },
};

/** No `ap-DepositSummary-*` classes: the host styles the parts through `data-slot` or `classNames`. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot=deposit-summary]')).not.toHaveAttribute('class');
    await expect(figure(canvasElement, 'You get')).toBe('$41.23');
  },
};
