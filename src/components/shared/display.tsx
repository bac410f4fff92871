import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatCents } from '../../core/index.js';
import { mergeLabels, type LabelOverrides, type Labels } from './labels.js';
import { enPanel } from './labelsEnPanel.js';

/** How components speak and format money. */
export interface Display {
  labels: Labels;
  locale: string;
  currency: string;
  /** Formats integer cents with the locale and currency. */
  money: (cents: number) => string;
}

/** Props every styled component accepts to override the display settings. */
export interface DisplayProps {
  /** A locale pack (`react-assetpay/locales/<tag>`), or overrides of some of its strings, merged over the pack above. */
  labels?: LabelOverrides;
  /** BCP 47 locale for numbers, money and dates. @default the `locale` of `labels`, else 'en-US' */
  locale?: string;
  /** ISO 4217 code used to format amounts (AssetPay amounts are USD). @default 'USD' */
  currency?: string;
}

const DisplayContext = /* @__PURE__ */ createContext<Display | null>(null);

function makeDisplay(labels: Labels, locale: string, currency: string): Display {
  return { labels, locale, currency, money: (cents) => formatCents(cents, { locale, currency }) };
}

// English before Confirm only: the strings of the dialog and the trade status are added where those
// load (`useFullDisplay`), so they are not paid for up front.
const fallback = /* @__PURE__ */ makeDisplay(enPanel as Labels, enPanel.locale, 'USD');

/** The nearest display settings, with this component's own props on top. */
export function useDisplay(props: DisplayProps = {}): Display {
  const parent = useContext(DisplayContext) ?? fallback;
  const { labels, locale, currency } = props;
  return useMemo(
    () =>
      labels || locale || currency
        ? makeDisplay(mergeLabels(parent.labels, labels), locale ?? labels?.locale ?? parent.locale, currency ?? parent.currency)
        : parent,
    [parent, labels, locale, currency],
  );
}

/** Gives display settings to every component below (used by `DepositPanel`). */
export function DisplayProvider({ children, ...props }: DisplayProps & { children?: ReactNode }) {
  const display = useDisplay(props);
  return <DisplayContext.Provider value={display}>{children}</DisplayContext.Provider>;
}
