import { forwardRef, useMemo, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { RUST } from '../../core/index.js';
import type { AssetPayTheme, UseDepositSelectionResult } from '../../hooks/index.js';
import { cx, themeAttributes, useDisplay, VisuallyHidden, type DisplayProps } from '../shared/index.js';

/** Parts of the deposit summary that take a class name. */
export type DepositSummarySlot = 'root' | 'count' | 'units' | 'figures' | 'total' | 'market' | 'instant' | 'status' | 'actions';

/** The figures {@link DepositSummary} reads; a `useDepositSelection()` result fits as is. */
export type DepositSummarySelection = Pick<
  UseDepositSelectionResult,
  'count' | 'units' | 'totalCents' | 'marketTotalCents' | 'instantCreditCents' | 'game' | 'maxItems'
>;

/** Props of {@link DepositSummary}. Other HTML attributes (`id`, `aria-*`, `data-*`, `style`, handlers) go on its root `div`. */
export interface DepositSummaryProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The selection to sum up, usually the result of `useDepositSelection()`. */
  selection: DepositSummarySelection;
  /** Shown after the figures, e.g. the deposit button or a `DepositDialog`. @default undefined */
  children?: ReactNode;
  /**
   * Applies a theme (`data-ap-theme` plus CSS variables) on the root. Leave it out inside a
   * themed parent such as `DepositPanel`, which already sets one. @default undefined
   */
  theme?: AssetPayTheme;
  /** Class name of the root element, after ours. @default undefined */
  className?: string;
  /** Class names per part. @default {} */
  classNames?: Partial<Record<DepositSummarySlot, string>>;
  /** Drop our `ap-DepositSummary-*` class names (data attributes stay). @default false */
  unstyled?: boolean;
}

/**
 * Sums up the selection: count (and units for Rust stacks), the payout as headline, the market
 * reference total as a labelled secondary figure, and the instant-credit estimate (CS2: part now,
 * the rest after Steam's 7-day trade protection; Rust: everything at once). A polite live region
 * announces the count and payout when they change.
 * @selector [data-slot=deposit-summary] [data-game] [data-empty]
 */
export const DepositSummary = /* @__PURE__ */ forwardRef<HTMLDivElement, DepositSummaryProps>(DepositSummaryRender);

function DepositSummaryRender(props: DepositSummaryProps, ref: Ref<HTMLDivElement>) {
  const { selection, unstyled = false, classNames = {} } = props;
  const { selection: _s, children: _ch, theme: _t, className: _cn, classNames: _cns, unstyled: _u, labels: _l, locale: _lo, currency: _cu, style, ...rest } = props;
  const { count, units, totalCents, marketTotalCents, instantCreditCents, game, maxItems } = selection;
  const { labels, money } = useDisplay(props);
  const c = (slot: DepositSummarySlot) => (unstyled ? classNames[slot] : cx(`ap-DepositSummary-${slot}`, classNames[slot]));
  const isRust = game === RUST;
  const laterCents = Math.max(0, totalCents - instantCreditCents);
  // Derived from count and total only, so the live region changes when they do and never otherwise.
  const announcement = useMemo(() => labels.selectionAnnouncement(count, money(totalCents)), [labels, money, count, totalCents]);

  return (
    <div
      {...rest}
      ref={ref}
      data-slot="deposit-summary"
      data-game={game}
      data-empty={count === 0 ? '' : undefined}
      className={cx(c('root'), props.className)}
      {...(props.theme ? themeAttributes(props.theme, style) : { style })}
    >
      <p data-slot="deposit-summary-count" className={c('count')}>
        <span>{labels.selectedCount(count, maxItems)}</span>
        {isRust && (
          <span data-slot="deposit-summary-units" className={c('units')}>
            {labels.units(units)}
          </span>
        )}
      </p>
      <dl data-slot="deposit-summary-figures" className={c('figures')}>
        <div data-slot="deposit-summary-total" className={c('total')}>
          <dt>{labels.totalPayout}</dt>
          <dd>{money(totalCents)}</dd>
        </div>
        <div data-slot="deposit-summary-market" className={c('market')}>
          <dt>{labels.marketTotal}</dt>
          <dd>{money(marketTotalCents)}</dd>
        </div>
        {count > 0 && (
          <div data-slot="deposit-summary-instant" className={c('instant')}>
            <dt>{labels.instantCredit}</dt>
            {isRust ? (
              <dd>
                {money(totalCents)} <span data-slot="deposit-summary-instant-note">{labels.instantCreditRust}</span>
              </dd>
            ) : (
              <dd>
                ≈ {money(instantCreditCents)} {labels.instantCreditNow}
                {laterCents > 0 && `, ${money(laterCents)} ${labels.instantCreditLater}`}
              </dd>
            )}
          </div>
        )}
      </dl>
      {props.children !== undefined && (
        <div data-slot="deposit-summary-actions" className={c('actions')}>
          {props.children}
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" data-slot="deposit-summary-status" className={c('status')}>
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
    </div>
  );
}
