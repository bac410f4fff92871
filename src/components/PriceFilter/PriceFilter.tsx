import { forwardRef, useEffect, useId, useMemo, useRef, useState, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect';
import { numberSeparators, parseLocaleCents, type Cents, type NumberSeparators } from '../../core/index.js';
import { cx, flag, useDisplay, type DisplayProps } from '../shared/index.js';

/** A price range in integer cents; a missing bound is open. */
export interface PriceRange {
  min?: Cents;
  max?: Cents;
}

/** Parts of a price filter that take a class name. */
export type PriceFilterSlot = 'root' | 'field' | 'label' | 'control' | 'currency' | 'min' | 'max';

/** Props of {@link PriceFilter}. Other HTML attributes and handlers go on its root `div` (the group). */
export interface PriceFilterProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'children'> {
  /** The range in cents (controlled). @default undefined */
  value?: PriceRange;
  /** The starting range when uncontrolled. @default {} */
  defaultValue?: PriceRange;
  /**
   * Called with the new range once typing pauses for `debounceMs`, and at once on blur or
   * Enter; never for invalid text, never twice for the same range. A minimum above the maximum
   * is emitted swapped (`{ min: 5000, max: 1000 }` → `{ min: 1000, max: 5000 }`), and the
   * fields show the swap when focus leaves them.
   */
  onValueChange?: (value: PriceRange) => void;
  /** Wait after the last keystroke before emitting, in ms. @default 300 */
  debounceMs?: number;
  /** Disables both inputs. @default false */
  disabled?: boolean;
  /** Class name of the root, merged with ours. @default undefined */
  className?: string;
  /** Class names of the parts. @default {} */
  classNames?: Partial<Record<PriceFilterSlot, string>>;
  /** Drop our class names (data attributes stay). @default false */
  unstyled?: boolean;
}

type Bound = 'min' | 'max';
const BOUNDS: readonly Bound[] = ['min', 'max'];

/**
 * How the fields write numbers: the separators of plain numbers in the locale (the fields show
 * `1.234,50`, not the currency style, which differs in a few locales such as de-AT and fr-CH),
 * and where the currency symbol goes.
 */
interface NumberShape extends NumberSeparators {
  symbol: string;
  symbolFirst: boolean;
  format: Intl.NumberFormat;
}

/** The shape of a locale and currency (built once per locale and currency by the component). */
function numberShape(locale: string, currency: string): NumberShape {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(12345.6);
  const symbolAt = parts.findIndex((part) => part.type === 'currency');
  return {
    ...numberSeparators(locale),
    symbol: parts[symbolAt]?.value ?? currency,
    symbolFirst: symbolAt < parts.findIndex((part) => part.type === 'integer'),
    format: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

/**
 * Reads a typed price in the locale as exact cents (`parseLocaleCents`, no float): `undefined`
 * when empty, `null` when invalid (not a number, negative, a fraction of a cent, above `MAX_USD`).
 */
function parsePriceInput(text: string, shape: NumberShape): Cents | undefined | null {
  return parseLocaleCents(text.split(shape.symbol).join(''), shape);
}

const ordered = (range: PriceRange): PriceRange =>
  range.min !== undefined && range.max !== undefined && range.min > range.max ? { min: range.max, max: range.min } : range;

function withoutEmpty(range: PriceRange): PriceRange {
  const out: PriceRange = {};
  if (range.min !== undefined) out.min = range.min;
  if (range.max !== undefined) out.max = range.max;
  return out;
}

/**
 * Minimum and maximum price inputs, in the locale's number format, with the currency symbol.
 * The value is integer cents. Invalid text marks its input `aria-invalid` and emits nothing.
 * @selector [data-disabled] (root) [data-invalid] (field)
 */
export const PriceFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, PriceFilterProps>(PriceFilterRender);

function PriceFilterRender(props: PriceFilterProps, ref: Ref<HTMLDivElement>) {
  const {
    debounceMs = 300,
    disabled = false,
    unstyled = false,
    classNames = {},
    value: _value,
    defaultValue: _defaultValue,
    onValueChange: _onValueChange,
    className: _className,
    labels: _labels,
    locale: _locale,
    currency: _currency,
    ...rest
  } = props;
  const { labels, locale, currency } = useDisplay(props);
  const id = useId();
  const shape = useMemo(() => numberShape(locale, currency), [locale, currency]);
  const show = (cents: Cents | undefined) => (cents === undefined || !Number.isSafeInteger(cents) ? '' : shape.format.format(cents / 100));
  const [range, setRange] = useControllableState<PriceRange>({ prop: props.value, defaultProp: props.defaultValue ?? {}, onChange: props.onValueChange, caller: 'PriceFilter' });
  const current = range ?? {};
  const [text, setText] = useState(() => ({ min: show(current.min), max: show(current.max) }));
  // The timer's callback reads these, so it never acts on a stale render.
  const latest = useRef({ current, text, emitted: current, shape });
  useLayoutEffect(() => {
    Object.assign(latest.current, { current, text });
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const c = (slot: PriceFilterSlot) => (unstyled ? classNames[slot] : cx(`ap-PriceFilter-${slot}`, classNames[slot]));

  // A value from outside (not the echo of our own emit) or a new locale rewrites the fields.
  useEffect(() => {
    const { emitted } = latest.current;
    if (current.min === emitted.min && current.max === emitted.max && latest.current.shape === shape) return;
    Object.assign(latest.current, { emitted: current, shape });
    setText({ min: show(current.min), max: show(current.max) });
  }, [current.min, current.max, shape]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const parsed = (bound: Bound, texts: Record<Bound, string>) => parsePriceInput(texts[bound], shape);
  const commit = (reformat: boolean) => {
    clearTimeout(timer.current);
    const { current: now, text: texts } = latest.current;
    const read = (bound: Bound) => {
      const cents = parsed(bound, texts);
      return cents === null ? now[bound] : cents;
    };
    const next = withoutEmpty(ordered({ min: read('min'), max: read('max') }));
    if (reformat) {
      const keep = (bound: Bound) => (parsed(bound, texts) === null ? texts[bound] : show(next[bound]));
      setText({ min: keep('min'), max: keep('max') });
    }
    if (next.min === now.min && next.max === now.max) return;
    latest.current.emitted = next;
    latest.current.current = next;
    setRange(next);
  };

  const onChange = (bound: Bound, value: string) => {
    const texts = { ...latest.current.text, [bound]: value };
    latest.current.text = texts;
    setText(texts);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(false), debounceMs);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit(true);
  };

  const symbol = (
    <span data-slot="price-filter-currency" className={c('currency')} aria-hidden="true">
      {shape.symbol}
    </span>
  );
  return (
    <div role="group" aria-label={labels.priceRange} {...rest} ref={ref} data-slot="price-filter" data-disabled={flag(disabled)} className={cx(c('root'), props.className)}>
      {BOUNDS.map((bound) => {
        const invalid = parsed(bound, text) === null;
        return (
          <div key={bound} data-slot="price-filter-field" data-bound={bound} data-invalid={flag(invalid)} className={c('field')}>
            <label htmlFor={`${id}-${bound}`} data-slot="price-filter-label" className={c('label')}>
              {bound === 'min' ? labels.minPrice : labels.maxPrice}
            </label>
            <span data-slot="price-filter-control" className={c('control')}>
              {shape.symbolFirst && symbol}
              <input
                id={`${id}-${bound}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                data-slot={`price-filter-${bound}`}
                className={c(bound)}
                aria-invalid={invalid || undefined}
                disabled={disabled}
                value={text[bound]}
                onChange={(event) => onChange(bound, event.target.value)}
                onBlur={() => commit(true)}
                onKeyDown={onKeyDown}
              />
              {!shape.symbolFirst && symbol}
            </span>
          </div>
        );
      })}
    </div>
  );
}
