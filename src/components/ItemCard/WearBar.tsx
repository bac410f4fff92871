import { forwardRef, memo, type HTMLAttributes } from 'react';
import { flag, numberFormat } from '../shared/index.js';
import type { Labels } from '../shared/index.js';

const DECIMAL = /^\s*\+?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/** One object, so the formatter cache finds it without building a key (see `numberFormat`). */
const FLOAT_DIGITS: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

/** Props of {@link WearBar}. Other HTML attributes and handlers go on its root `div`. */
export interface WearBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Float value as the API sends it (a string). */
  wear: string;
  paintSeed?: number;
  labels: Labels;
  /** BCP 47 locale of the float's digits. @default `labels.locale` */
  locale?: string;
  /** Class name of the root. @default undefined */
  className?: string;
}

/**
 * The float value on a 0–1 bar marked at the exterior boundaries, with the paint seed. Memoised:
 * a card re-rendered for its selection leaves it alone.
 */
export const WearBar = /* @__PURE__ */ memo(/* @__PURE__ */ forwardRef<HTMLDivElement, WearBarProps>(function WearBar({ wear, paintSeed, labels, locale = labels.locale, className, ...rest }, ref) {
  // Plain decimals only: `Number` would also read "", "0x1" or "0b1" as a float.
  const value = wear.length <= 64 && DECIMAL.test(wear) ? Number(wear) : Number.NaN;
  const valid = Number.isFinite(value) && value >= 0 && value <= 1;
  return (
    <div {...rest} ref={ref} data-slot="item-card-wear" className={className} data-invalid={flag(!valid)}>
      {valid && (
        <span data-slot="wear-bar" aria-hidden="true">
          <span data-slot="wear-bar-marker" style={{ left: `${value * 100}%` }} />
        </span>
      )}
      <span data-slot="wear-value">
        {labels.float} {valid ? numberFormat(locale, FLOAT_DIGITS).format(value) : wear.slice(0, 12)}
      </span>
      {paintSeed !== undefined && (
        <span data-slot="paint-seed">
          {' · '}
          {labels.paintSeed} {paintSeed}
        </span>
      )}
    </div>
  );
}));
