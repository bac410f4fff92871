import '../src/styles/tokens.css';
import '../src/components/PriceFilter/PriceFilter.css';
import { useState } from 'react';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PriceFilter, themeAttributes, type AssetPayTheme, type PriceRange } from '../src/index.js';

/** Puts the story on a themed surface; `parameters.apTheme` picks the theme. */
const withTheme: Decorator = (Story, { parameters }) => (
  <div {...themeAttributes(parameters.apTheme as AssetPayTheme | undefined, { background: 'var(--ap-bg)', padding: 24 })}>
    <Story />
  </div>
);

const fields = (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  return {
    group: canvas.getByRole('group', { name: 'Price range' }),
    min: canvas.getByRole('textbox', { name: 'Minimum price' }),
    max: canvas.getByRole('textbox', { name: 'Maximum price' }),
  };
};

const meta = {
  title: 'Components/PriceFilter',
  component: PriceFilter,
  args: { onValueChange: fn() },
  decorators: [withTheme],
  parameters: { layout: 'centered' },
} satisfies Meta<typeof PriceFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Typing emits once, in cents, after a pause; blur formats the text. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const { min } = fields(canvasElement);
    await userEvent.type(min, '12.5');
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledWith({ min: 1250 }));
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    await expect(min).toHaveValue('12.50');
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
  },
};

/** Light preset; a minimum above the maximum is swapped. */
export const Light: Story = {
  args: { defaultValue: { max: 2000 } },
  parameters: { apTheme: { preset: 'light' } },
  play: async ({ args, canvasElement }) => {
    const { min, max } = fields(canvasElement);
    await userEvent.type(min, '50{Enter}');
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(args.onValueChange).toHaveBeenCalledWith({ min: 2000, max: 5000 });
    await expect(min).toHaveValue('20.00');
    await expect(max).toHaveValue('50.00');
  },
};

/** Dark preset; invalid text is marked and emits nothing. */
export const Dark: Story = {
  args: { debounceMs: 50 },
  parameters: { apTheme: { preset: 'dark' } },
  play: async ({ args, canvasElement }) => {
    const { max } = fields(canvasElement);
    await userEvent.type(max, 'abc');
    await userEvent.tab();
    await expect(max).toHaveAttribute('aria-invalid', 'true');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await userEvent.clear(max);
    await userEvent.type(max, '7.05{Enter}');
    await expect(max).not.toHaveAttribute('aria-invalid');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ max: 705 });
  },
};

/** Theme variables from the host site. */
export const CustomTheme: Story = {
  parameters: { apTheme: { preset: 'light', variables: { surface: '#fff8e6', border: '#8a5a00', radius: '0px' } } },
  play: async ({ canvasElement }) => {
    const { min } = fields(canvasElement);
    const control = min.closest('[data-slot="price-filter-control"]')!;
    await expect(getComputedStyle(control).backgroundColor).toBe('rgb(255, 248, 230)');
    await expect(getComputedStyle(control).borderTopLeftRadius).toBe('0px');
  },
};

/** No class names; the data attributes stay. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ args, canvasElement }) => {
    const { group, min } = fields(canvasElement);
    await expect(canvasElement.querySelector('[class*="ap-PriceFilter"]')).toBeNull();
    await expect(group).toHaveAttribute('data-slot', 'price-filter');
    await userEvent.type(min, '3{Enter}');
    await expect(args.onValueChange).toHaveBeenCalledWith({ min: 300 });
  },
};

/** The parent owns the range; a reset from outside clears the fields. */
export const Controlled: Story = {
  render: function ControlledPriceFilter(args) {
    const [value, setValue] = useState<PriceRange>({ min: 500, max: 2500 });
    return (
      <div style={{ display: 'grid', gap: 12 }}>
        <PriceFilter
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <p data-testid="range">
          min {value.min ?? '–'} · max {value.max ?? '–'} (cents)
        </p>
        <button type="button" onClick={() => setValue({})}>
          Reset
        </button>
      </div>
    );
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const { min, max } = fields(canvasElement);
    await expect(min).toHaveValue('5.00');
    await userEvent.clear(max);
    await userEvent.type(max, '40{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ min: 500, max: 4000 });
    await expect(canvas.getByTestId('range')).toHaveTextContent('min 500 · max 4000 (cents)');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await expect(min).toHaveValue('');
    await expect(max).toHaveValue('');
  },
};

/** German number format: `1.234,5` is 1 234.50 USD; the symbol follows the number. */
export const German: Story = {
  args: { locale: 'de-DE' },
  play: async ({ args, canvasElement }) => {
    const { min, max } = fields(canvasElement);
    await userEvent.type(min, '1.234,5');
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledWith({ min: 123450 }));
    await userEvent.tab();
    await expect(min).toHaveValue('1.234,50');
    await expect(min.nextElementSibling).toHaveTextContent('$');
    await userEvent.type(max, '12.50{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ min: 1250, max: 123450 });
  },
};
