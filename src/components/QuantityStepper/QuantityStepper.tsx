import { forwardRef, useState, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { parseLocaleNumber } from '../../core/index.js';
import { cx, flag, useDisplay, type DisplayProps } from '../shared/index.js';

/** Parts of a quantity stepper that take a class name. */
export type QuantityStepperSlot = 'root' | 'decrement' | 'input' | 'increment' | 'max';

/** Props of {@link QuantityStepper}. Other HTML attributes and handlers go on its root `div` (the group). */
export interface QuantityStepperProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'tabIndex' | 'children'> {
  /** The quantity (controlled). A value outside `min..max` is shown clamped. @default undefined */
  value?: number;
  /** The starting quantity when uncontrolled. @default min */
  defaultValue?: number;
  /** Called with the new quantity, only when it really changes. */
  onValueChange?: (value: number) => void;
  /** Smallest quantity. @default 1 */
  min?: number;
  /** Largest quantity, e.g. `maxDepositAmount(item)`. A `max` below `min` counts as `min`. */
  max: number;
  /** Accessible name of the group and of the input, e.g. `labels.quantity(item.name)`. */
  label: string;
  /** Disables every control. @default false */
  disabled?: boolean;
  /** Tab index of every inner control, for a grid's roving tabindex. @default 0 */
  tabIndex?: number;
  /** Class name of the root, merged with ours. @default undefined */
  className?: string;
  /** Class names of the parts. @default {} */
  classNames?: Partial<Record<QuantityStepperSlot, string>>;
  /** Drop our class names (data attributes stay). @default false */
  unstyled?: boolean;
}

/** Keys the input handles itself (the ARIA spinbutton pattern); they never reach a parent. */
const KEY_STEPS: Record<string, (base: number, min: number, max: number) => number> = {
  ArrowUp: (base) => base + 1,
  ArrowDown: (base) => base - 1,
  PageUp: (base) => base + 10,
  PageDown: (base) => base - 10,
  Home: (_, min) => min,
  End: (_, __, max) => max,
};

/**
 * Reads typed text as a whole quantity (fractions are floored), or `null` when it is not a
 * number: the number as `parseLocaleNumber` reads it in the locale (`1,000` in en, `1.000` in de
 * and `1 000` in ru are thousands), with an optional sign.
 */
function parseQuantity(text: string, locale = 'en-US'): number | null {
  const trimmed = text.trim();
  const typed = parseLocaleNumber(trimmed.replace(/^[+-]/, ''), locale);
  if (!typed) return null;
  // Flooring a non-negative number keeps its whole digits: no float needed.
  const parsed = Number(typed.whole || '0');
  if (!Number.isSafeInteger(parsed)) return null;
  return trimmed.startsWith('-') ? -parsed : parsed;
}

/**
 * A quantity input for Rust stacks: −, a numeric spinbutton, + and "Max". Arrow keys step by
 * 1, PageUp/PageDown by 10, Home/End jump to the bounds. Typed text is parsed and clamped on
 * blur or Enter; anything unreadable restores the previous quantity.
 * @selector [data-disabled] [data-at-min] [data-at-max]
 */
export const QuantityStepper = /* @__PURE__ */ forwardRef<HTMLDivElement, QuantityStepperProps>(QuantityStepperRender);

function QuantityStepperRender(props: QuantityStepperProps, ref: Ref<HTMLDivElement>) {
  const {
    min = 1,
    label,
    disabled = false,
    tabIndex,
    unstyled = false,
    classNames = {},
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    max: _max,
    className: _className,
    labels: _labels,
    locale: _locale,
    currency: _currency,
    ...rest
  } = props;
  const { labels, locale } = useDisplay(props);
  const max = Math.max(min, props.max);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  const [raw, setValue] = useControllableState({ prop: props.value, defaultProp: props.defaultValue ?? min, onChange: props.onValueChange, caller: 'QuantityStepper' });
  const current = clamp(typeof raw === 'number' && Number.isFinite(raw) ? Math.floor(raw) : min);
  const [draft, setDraft] = useState<string | null>(null);
  const atMin = current <= min;
  const atMax = current >= max;
  const c = (slot: QuantityStepperSlot) => (unstyled ? classNames[slot] : cx(`ap-QuantityStepper-${slot}`, classNames[slot]));

  const commit = (next: number) => {
    setDraft(null);
    const clamped = clamp(next);
    if (clamped === current) return;
    setValue(clamped);
  };
  // Typing is free; the text only becomes a value when it is committed.
  const typed = () => (draft === null ? current : (parseQuantity(draft, locale) ?? current));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[event.key];
    if (step) {
      event.preventDefault();
      event.stopPropagation();
      commit(step(typed(), min, max));
    } else if (event.key === 'Enter') {
      event.stopPropagation();
      commit(typed());
    }
  };

  return (
    <div
      role="group"
      aria-label={label}
      {...rest}
      ref={ref}
      data-slot="quantity-stepper"
      data-disabled={flag(disabled)}
      data-at-min={flag(atMin)}
      data-at-max={flag(atMax)}
      className={cx(c('root'), props.className)}
    >
      <button
        type="button"
        data-slot="quantity-stepper-decrement"
        data-disabled={flag(disabled || atMin)}
        className={c('decrement')}
        aria-label={labels.decrease}
        // aria-disabled rather than disabled at a bound: a disabled button would drop focus.
        aria-disabled={!disabled && atMin ? true : undefined}
        disabled={disabled}
        tabIndex={tabIndex}
        onClick={() => commit(typed() - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        type="text"
        inputMode="numeric"
        role="spinbutton"
        data-slot="quantity-stepper-input"
        className={c('input')}
        aria-label={label}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={current}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        tabIndex={tabIndex}
        value={draft ?? String(current)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== null) commit(typed());
        }}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        data-slot="quantity-stepper-increment"
        data-disabled={flag(disabled || atMax)}
        className={c('increment')}
        aria-label={labels.increase}
        aria-disabled={!disabled && atMax ? true : undefined}
        disabled={disabled}
        tabIndex={tabIndex}
        onClick={() => commit(typed() + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        data-slot="quantity-stepper-max"
        data-disabled={flag(disabled || atMax)}
        className={c('max')}
        aria-disabled={!disabled && atMax ? true : undefined}
        disabled={disabled}
        tabIndex={tabIndex}
        onClick={() => commit(max)}
      >
        {labels.max}
      </button>
    </div>
  );
}
