import '../src/styles/tokens.css';
import '../src/components/QuantityStepper/QuantityStepper.css';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { QuantityStepper, themeAttributes, type AssetPayTheme } from '../src/index.js';

/** Puts the story on a themed surface; `parameters.apTheme` picks the theme. */
const withTheme: Decorator = (Story, { parameters }) => (
  <div {...themeAttributes(parameters.apTheme as AssetPayTheme | undefined, { background: 'var(--ap-bg)', padding: 24 })}>
    <Story />
  </div>
);

const LABEL = 'Quantity of Metal Fragments';
const parts = (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  return {
    group: canvas.getByRole('group', { name: LABEL }),
    input: canvas.getByRole('spinbutton', { name: LABEL }),
    decrease: canvas.getByRole('button', { name: 'Decrease' }),
    increase: canvas.getByRole('button', { name: 'Increase' }),
    max: canvas.getByRole('button', { name: 'Max' }),
  };
};

const meta = {
  title: 'Components/QuantityStepper',
  component: QuantityStepper,
  args: { label: LABEL, max: 120, defaultValue: 1, onValueChange: fn() },
  decorators: [withTheme],
  parameters: { layout: 'centered' },
} satisfies Meta<typeof QuantityStepper>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keys: ArrowUp +1, PageUp +10, End jumps to the maximum. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const { input, max } = parts(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}');
    await expect(input).toHaveAttribute('aria-valuenow', '2');
    await userEvent.keyboard('{PageUp}');
    await expect(input).toHaveAttribute('aria-valuenow', '12');
    await userEvent.keyboard('{End}');
    await expect(input).toHaveAttribute('aria-valuenow', '120');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(120);
    await expect(max).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Light preset; Home and PageDown stay within the bounds. */
export const Light: Story = {
  args: { defaultValue: 8 },
  parameters: { apTheme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    const { input, decrease } = parts(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard('{PageDown}');
    await expect(input).toHaveAttribute('aria-valuenow', '1');
    await expect(decrease).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Home}{ArrowDown}');
    await expect(input).toHaveAttribute('aria-valuenow', '1');
  },
};

/** Dark preset; typed text is clamped when committed. */
export const Dark: Story = {
  parameters: { apTheme: { preset: 'dark' } },
  play: async ({ args, canvasElement }) => {
    const { input } = parts(canvasElement);
    await userEvent.clear(input);
    await userEvent.type(input, '99999{Enter}');
    await expect(input).toHaveAttribute('aria-valuenow', '120');
    await expect(input).toHaveValue('120');
    await userEvent.clear(input);
    await userEvent.type(input, 'abc');
    await userEvent.tab();
    await expect(input).toHaveValue('120');
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
  },
};

/** Theme variables from the host site: accent and radius. */
export const CustomTheme: Story = {
  parameters: { apTheme: { preset: 'dark', variables: { accent: '#ff8a00', radius: '2px', surfaceRaised: '#2a2118' } } },
  play: async ({ canvasElement }) => {
    const { input, increase, decrease } = parts(canvasElement);
    await userEvent.click(increase);
    await userEvent.click(increase);
    await userEvent.click(decrease);
    await expect(input).toHaveAttribute('aria-valuenow', '2');
    await expect(getComputedStyle(increase).borderTopLeftRadius).toBe('1.2px');
  },
};

/** No class names: the host styles the parts through `data-slot`. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    const { group, input, max } = parts(canvasElement);
    await expect(canvasElement.querySelector('[class*="ap-QuantityStepper"]')).toBeNull();
    await expect(group).toHaveAttribute('data-slot', 'quantity-stepper');
    await userEvent.click(max);
    await expect(input).toHaveAttribute('aria-valuenow', '120');
    await expect(group).toHaveAttribute('data-at-max');
  },
};

/** At the maximum: + and Max are unavailable but stay focusable; − still works. */
export const AtMax: Story = {
  args: { defaultValue: 120 },
  play: async ({ args, canvasElement }) => {
    const { input, increase, max, decrease } = parts(canvasElement);
    await expect(increase).toHaveAttribute('aria-disabled', 'true');
    await expect(max).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(increase);
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(increase).toHaveFocus();
    await userEvent.click(decrease);
    await expect(input).toHaveAttribute('aria-valuenow', '119');
  },
};

/** Disabled: every control is disabled and out of the tab order. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: 10 },
  play: async ({ canvasElement }) => {
    const { group, input, increase, decrease, max } = parts(canvasElement);
    await expect(group).toHaveAttribute('data-disabled');
    for (const control of [input, increase, decrease, max]) await expect(control).toBeDisabled();
    await userEvent.tab();
    await expect(canvasElement.contains(document.activeElement)).toBe(false);
  },
};
