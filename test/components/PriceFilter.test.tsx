import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PriceFilter, type PriceFilterProps, type PriceRange } from '../../src/index.js';

const min = () => screen.getByRole('textbox', { name: 'Minimum price' });
const max = () => screen.getByRole('textbox', { name: 'Maximum price' });

function setup(props: Partial<PriceFilterProps> = {}) {
  const onValueChange = vi.fn();
  // Fake timers still advance with real time (RTL waits on a real tick); user-event needs no pauses.
  const user = userEvent.setup({ delay: vi.isFakeTimers() ? null : 0 });
  const view = render(<PriceFilter onValueChange={onValueChange} {...props} />);
  return { user, onValueChange, view };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PriceFilter', () => {
  it('forwards a ref to its group and takes className, DOM props and handlers there, keeping its data-slot', async () => {
    const ref = createRef<HTMLDivElement>();
    const onKeyDown = vi.fn();
    const { user } = setup({ ...({ ref } as object), className: 'mine', 'aria-describedby': 'help', onKeyDown, ...({ 'data-testid': 'pf', 'data-slot': 'theirs' } as object) });
    const root = screen.getByTestId('pf');
    expect(ref.current).toBe(root);
    expect(root).toBe(screen.getByRole('group', { name: 'Price range' }));
    expect(root).toHaveClass('mine', 'ap-PriceFilter-root');
    expect(root).toHaveAttribute('data-slot', 'price-filter');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    await user.type(min(), '5{Enter}');
    expect(onKeyDown).toHaveBeenCalled();
  });

  it('groups two labelled inputs and shows the currency symbol where the locale puts it', () => {
    const { view } = setup();
    const group = screen.getByRole('group', { name: 'Price range' });
    expect(group).toHaveAttribute('data-slot', 'price-filter');
    expect(min()).toHaveAttribute('data-slot', 'price-filter-min');
    expect(max()).toHaveAttribute('data-slot', 'price-filter-max');
    const control = min().parentElement!;
    expect(control.firstElementChild).toHaveTextContent('$');
    view.unmount();
    render(<PriceFilter locale="de-DE" currency="EUR" />);
    expect(min().parentElement!.lastElementChild).toHaveTextContent('€');
  });

  it.each([
    ['en-US', '12.50', 1250, '12.50'],
    ['en-US', '12', 1200, '12.00'],
    ['en-US', '1,234.5', 123450, '1,234.50'],
    ['en-US', '$ 7.05', 705, '7.05'],
    ['en-US', '.5', 50, '0.50'],
    ['en-US', '12.500', 1250, '12.50'],
    ['de-DE', '12,50', 1250, '12,50'],
    ['de-DE', '12.50', 1250, '12,50'],
    ['de-DE', '1.234,5', 123450, '1.234,50'],
    ['de-DE', '1.234', 123400, '1.234,00'],
    ['de-DE', '1234,56 $', 123456, '1.234,56'],
    ['fr-FR', '1 234,5', 123450, '1\u202f234,50'],
    // The fields read what they show: plain numbers, whose separators differ from money's here.
    ['fr-CH', '12,50', 1250, '12,50'],
    ['de-AT', '1 234,5', 123450, '1\u00a0234,50'],
  ])('%s reads %j as %i cents and shows %j on blur', async (locale, typed, cents, shown) => {
    const { user, onValueChange } = setup({ locale });
    await user.type(min(), typed);
    await user.tab();
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith({ min: cents });
    expect(min()).toHaveValue(shown);
    expect(min()).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['en-US', 'abc'],
    ['en-US', '12,50'],
    ['en-US', '-5'],
    ['en-US', '12.505'],
    ['en-US', '1e3'],
    ['en-US', '.'],
    ['en-US', '99999999999'],
    ['de-DE', '1,234.5'],
    // Read before as 12 (through a float) and 1234.56 (`.` as group and decimal alike): money is never rounded or guessed.
    ['en-US', '12.00000000000000001'],
    ['de-DE', '1.234.56'],
    ['ru-RU', '12 34,5'],
  ])('%s marks %j invalid and emits nothing', async (locale, typed) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, onValueChange } = setup({ locale });
    await user.type(max(), typed);
    await user.tab();
    act(() => vi.advanceTimersByTime(1000));
    expect(max()).toHaveAttribute('aria-invalid', 'true');
    expect(max().closest('[data-slot="price-filter-field"]')).toHaveAttribute('data-invalid');
    expect(max()).toHaveValue(typed);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('emits once, after typing pauses for debounceMs', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, onValueChange } = setup({ debounceMs: 1000 });
    await user.type(min(), '25.75');
    expect(onValueChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1000));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith({ min: 2575 });
    // The debounced emit leaves the text alone while the user is still in the field.
    expect(min()).toHaveValue('25.75');
    await user.tab();
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('emits at once on Enter and on blur, cancelling the pending emit', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, onValueChange } = setup({ debounceMs: 10_000 });
    await user.type(min(), '5{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith({ min: 500 });
    await user.type(max(), '9');
    await user.tab();
    expect(onValueChange).toHaveBeenLastCalledWith({ min: 500, max: 900 });
    act(() => vi.advanceTimersByTime(20_000));
    expect(onValueChange).toHaveBeenCalledTimes(2);
  });

  it('emits an emptied field as an open bound', async () => {
    const { user, onValueChange } = setup({ defaultValue: { min: 1000, max: 5000 } });
    expect(min()).toHaveValue('10.00');
    await user.clear(min());
    await user.tab();
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith({ max: 5000 });
    expect(onValueChange.mock.calls[0]![0]).not.toHaveProperty('min');
  });

  it('swaps a minimum above the maximum, in the value and (on blur) in the fields', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, onValueChange } = setup({ defaultValue: { max: 2000 }, debounceMs: 1000 });
    await user.type(min(), '50');
    act(() => vi.advanceTimersByTime(1000));
    expect(onValueChange).toHaveBeenLastCalledWith({ min: 2000, max: 5000 });
    expect(min()).toHaveValue('50');
    await user.tab();
    expect(min()).toHaveValue('20.00');
    expect(max()).toHaveValue('50.00');
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('keeps the last good bound while the other field is invalid', async () => {
    const { user, onValueChange } = setup({ defaultValue: { min: 100 } });
    await user.clear(min());
    await user.type(min(), 'x');
    await user.type(max(), '3');
    await user.tab();
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith({ min: 100, max: 300 });
    expect(min()).toHaveAttribute('aria-invalid', 'true');
  });

  it('follows a controlled value from outside but not the echo of its own emit', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ delay: null });
    let reset: () => void = () => {};
    function Parent() {
      const [value, setValue] = useState<PriceRange>({ min: 100 });
      reset = () => setValue({});
      return <PriceFilter value={value} onValueChange={setValue} />;
    }
    render(<Parent />);
    expect(min()).toHaveValue('1.00');
    await user.clear(min());
    await user.type(min(), '12.5');
    act(() => vi.advanceTimersByTime(300));
    // The echo must not reformat the text under the user's cursor.
    expect(min()).toHaveValue('12.5');
    act(() => reset());
    expect(min()).toHaveValue('');
  });

  it('disables both inputs', () => {
    setup({ disabled: true });
    expect(screen.getByRole('group')).toHaveAttribute('data-disabled');
    expect(min()).toBeDisabled();
    expect(max()).toBeDisabled();
  });

  it('drops its class names when unstyled but keeps data attributes', () => {
    const { view } = setup({ unstyled: true, classNames: { min: 'lo' } });
    expect(view.container.querySelector('[class*="ap-"]')).toBeNull();
    expect(min()).toHaveClass('lo');
    expect(screen.getByRole('group')).toHaveAttribute('data-slot', 'price-filter');
  });
});
