import { createRef, useState, type KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuantityStepper, type QuantityStepperProps } from '../../src/index.js';

const LABEL = 'Quantity of Metal Fragments';
const spin = () => screen.getByRole('spinbutton', { name: LABEL });
const button = (name: string) => screen.getByRole('button', { name });

function setup(props: Partial<QuantityStepperProps> = {}) {
  const onValueChange = vi.fn();
  const user = userEvent.setup();
  render(<QuantityStepper label={LABEL} max={50} defaultValue={5} onValueChange={onValueChange} {...props} />);
  return { user, onValueChange };
}

describe('QuantityStepper', () => {
  it('forwards a ref to its group and takes className, DOM props and handlers there, keeping its data-slot', async () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    const { user, onValueChange } = setup({ ...({ ref } as object), className: 'mine', 'aria-describedby': 'help', onClick, ...({ 'data-testid': 'qs', 'data-slot': 'theirs' } as object) });
    const root = screen.getByTestId('qs');
    expect(ref.current).toBe(root);
    expect(root).toBe(screen.getByRole('group', { name: LABEL }));
    expect(root).toHaveClass('mine', 'ap-QuantityStepper-root');
    expect(root).toHaveAttribute('data-slot', 'quantity-stepper');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    await user.click(button('Increase'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(6);
  });

  it('is a labelled group with a spinbutton exposing its range', () => {
    setup();
    expect(screen.getByRole('group', { name: LABEL })).toHaveAttribute('data-slot', 'quantity-stepper');
    expect(spin()).toHaveAttribute('aria-valuemin', '1');
    expect(spin()).toHaveAttribute('aria-valuemax', '50');
    expect(spin()).toHaveAttribute('aria-valuenow', '5');
    expect(spin()).toHaveValue('5');
    expect(button('Decrease')).toHaveAttribute('data-slot', 'quantity-stepper-decrement');
    expect(button('Increase')).toHaveAttribute('data-slot', 'quantity-stepper-increment');
    expect(button('Max')).toHaveAttribute('data-slot', 'quantity-stepper-max');
  });

  it.each([
    ['99999', 50],
    ['abc', 5],
    ['', 5],
    ['3.7', 3],
    ['0', 1],
    ['-4', 1],
    ['  12 ', 12],
    ['1e3', 5],
  ])('commits typed %j as %i on blur', async (typed, expected) => {
    const { user, onValueChange } = setup();
    await user.clear(spin());
    if (typed) await user.type(spin(), typed);
    expect(onValueChange).not.toHaveBeenCalled();
    await user.tab();
    expect(spin()).toHaveAttribute('aria-valuenow', String(expected));
    expect(spin()).toHaveValue(String(expected));
    if (expected === 5) expect(onValueChange).not.toHaveBeenCalled();
    else expect(onValueChange).toHaveBeenCalledExactlyOnceWith(expected);
  });

  it('commits typed text on Enter', async () => {
    const { user, onValueChange } = setup();
    await user.clear(spin());
    await user.type(spin(), '20{Enter}');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(20);
    expect(spin()).toHaveAttribute('aria-valuenow', '20');
  });

  it('reads thousands separators of the locale', async () => {
    const { user, onValueChange } = setup({ max: 5000, locale: 'de-DE' });
    await user.clear(spin());
    await user.type(spin(), '1.500{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(1500);
  });

  it.each([
    ['{ArrowUp}', 6],
    ['{ArrowDown}', 4],
    ['{PageUp}', 15],
    ['{PageDown}', 1],
    ['{Home}', 1],
    ['{End}', 50],
    ['{End}{ArrowUp}', 50],
    ['{PageUp}{PageUp}{PageUp}{PageUp}{PageUp}', 50],
  ])('steps with %s to %i', async (keys, expected) => {
    const { user } = setup();
    await user.click(spin());
    await user.keyboard(keys);
    expect(spin()).toHaveAttribute('aria-valuenow', String(expected));
  });

  it('steps from the typed text, not the stale value', async () => {
    const { user, onValueChange } = setup();
    await user.clear(spin());
    await user.type(spin(), '30{ArrowUp}');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(31);
  });

  it('keeps the keys it handles from reaching a surrounding grid', async () => {
    const user = userEvent.setup();
    const onGridKey = vi.fn((event: KeyboardEvent) => event.key);
    render(
      <div onKeyDown={onGridKey}>
        <QuantityStepper label={LABEL} max={50} defaultValue={5} />
      </div>,
    );
    await user.click(spin());
    await user.keyboard('{ArrowUp}{ArrowDown}{PageUp}{PageDown}{Home}{End}{Enter}');
    expect(onGridKey).not.toHaveBeenCalled();
    await user.keyboard('{Tab}');
    expect(onGridKey).toHaveBeenCalled();
  });

  it('disables − at min and + / Max at max, without losing focus', async () => {
    const { user, onValueChange } = setup({ defaultValue: 2, max: 3 });
    await user.click(button('Decrease'));
    expect(button('Decrease')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Decrease')).toHaveAttribute('data-disabled');
    expect(button('Decrease')).toHaveFocus();
    await user.click(button('Decrease'));
    expect(onValueChange.mock.calls).toEqual([[1]]);
    expect(button('Max')).not.toHaveAttribute('aria-disabled');
    await user.click(button('Max'));
    expect(onValueChange).toHaveBeenLastCalledWith(3);
    for (const name of ['Increase', 'Max']) expect(button(name)).toHaveAttribute('aria-disabled', 'true');
    expect(button('Decrease')).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('group')).toHaveAttribute('data-at-max');
    await user.click(button('Increase'));
    expect(onValueChange).toHaveBeenCalledTimes(2);
  });

  it('follows a controlled value and only reports changes', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<QuantityStepper label={LABEL} max={10} value={4} onValueChange={onValueChange} />);
    await user.click(button('Increase'));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(5);
    // The parent did not accept the change: the stepper keeps showing the controlled value.
    expect(spin()).toHaveAttribute('aria-valuenow', '4');
    rerender(<QuantityStepper label={LABEL} max={10} value={7} onValueChange={onValueChange} />);
    expect(spin()).toHaveValue('7');
    rerender(<QuantityStepper label={LABEL} max={10} value={70} onValueChange={onValueChange} />);
    expect(spin()).toHaveAttribute('aria-valuenow', '10');
    rerender(<QuantityStepper label={LABEL} max={10} value={Number.NaN} onValueChange={onValueChange} />);
    expect(spin()).toHaveAttribute('aria-valuenow', '1');
  });

  it('works with a parent that owns the state', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [value, setValue] = useState(2);
      return (
        <>
          <QuantityStepper label={LABEL} max={10} value={value} onValueChange={setValue} />
          <output aria-label="parent">{value}</output>
        </>
      );
    }
    render(<Parent />);
    await user.click(button('Increase'));
    await user.click(button('Max'));
    expect(screen.getByLabelText('parent')).toHaveTextContent('10');
    expect(spin()).toHaveAttribute('aria-valuenow', '10');
  });

  it('disables every control and puts tabIndex on each', () => {
    render(<QuantityStepper label={LABEL} max={10} disabled tabIndex={-1} />);
    expect(screen.getByRole('group')).toHaveAttribute('data-disabled');
    expect(spin()).toBeDisabled();
    for (const control of [spin(), ...screen.getAllByRole('button')]) {
      expect(control).toHaveAttribute('tabindex', '-1');
      expect(control).toBeDisabled();
    }
  });

  it('drops its class names when unstyled but keeps data attributes', () => {
    const { container } = render(<QuantityStepper label={LABEL} max={10} unstyled className="mine" classNames={{ input: 'field' }} />);
    const root = container.firstElementChild!;
    expect(root.className).toBe('mine');
    expect(container.querySelector('[class*="ap-"]')).toBeNull();
    expect(spin()).toHaveClass('field');
    expect(root).toHaveAttribute('data-at-min');
  });

  it('takes its labels from props', () => {
    render(<QuantityStepper label={LABEL} max={10} labels={{ increase: 'Mehr', decrease: 'Weniger', max: 'Alle' }} />);
    expect(button('Mehr')).toBeInTheDocument();
    expect(button('Weniger')).toBeInTheDocument();
    expect(button('Alle')).toBeInTheDocument();
  });
});
