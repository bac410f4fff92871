// Views of DepositDialog's body. Internal: DepositDialog.tsx is the public entry.
import { isAssetPayError, multiplyCents, sumCents, type PriceChange, type SelectedLine, type Trade } from '../../core/index.js';
import type { ReactNode } from 'react';
import { TradeStatus } from '../TradeStatus/index.js';
import { dateTime, errorLabel, type Display } from '../shared/index.js';

/** Parts of the deposit dialog that take a class name. */
export type DepositDialogSlot =
  | 'trigger'
  | 'overlay'
  | 'content'
  | 'title'
  | 'description'
  | 'lines'
  | 'line'
  | 'total'
  | 'instant'
  | 'changes'
  | 'repairs'
  | 'error'
  | 'success'
  | 'link'
  | 'actions'
  | 'cancel'
  | 'confirm'
  | 'close';

/** Class name of a slot (already resolved for `unstyled` and `classNames`). */
export type SlotClass = (slot: DepositDialogSlot) => string | undefined;

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

/** The selected items: name, amount and unit payout for stacks, line total. Names render as text. */
export function LineTable({ lines, showAmounts, display, c }: {
  lines: readonly SelectedLine[];
  showAmounts: boolean;
  display: Display;
  c: SlotClass;
}) {
  const { labels, money } = display;
  return (
    // Focusable so a long list can be scrolled with the keyboard.
    <div role="region" aria-label={labels.selected} tabIndex={0} data-slot="deposit-dialog-lines" className={c('lines')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{labels.item}</th>
            {showAmounts && <th scope="col">{labels.amount}</th>}
            {showAmounts && <th scope="col">{display.labels.unitPrice}</th>}
            <th scope="col">{labels.lineTotal}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.item.id} data-slot="deposit-dialog-line" data-item-id={line.item.id} className={c('line')}>
              <th scope="row">{line.item.name}</th>
              {showAmounts && <td>{line.amount}</td>}
              {showAmounts && <td>{money(line.item.offer?.priceCents ?? 0)}</td>}
              <td>{money(line.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Total before the price changes: the new total minus each change times its amount, in cents. */
export function totalBeforeChanges(totalCents: number, changes: readonly PriceChange[], lines: readonly SelectedLine[]): number {
  const delta = sumCents(
    changes.map((change) => {
      const amount = lines.find((line) => line.item.id === change.id)?.amount ?? 0;
      return multiplyCents(change.newPriceCents, amount) - multiplyCents(change.oldPriceCents, amount);
    }),
  );
  return totalCents - delta;
}

/** Old → new price of each changed item. */
export function PriceChangeList({ changes, intro, display, c }: {
  changes: readonly PriceChange[];
  /** Text above the list, when no alert says it already. */
  intro: string | null;
  display: Display;
  c: SlotClass;
}) {
  const { money } = display;
  return (
    <div data-slot="deposit-dialog-changes" className={c('changes')}>
      {intro && <p>{intro}</p>}
      <ul>
        {changes.map((change) => (
          <li key={change.id} data-item-id={change.id}>
            <span>{change.name}</span> <del>{money(change.oldPriceCents)}</del> → <ins>{money(change.newPriceCents)}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The instant-credit split: CS2 ≈ part now and the rest after the 7-day protection (with its date); Rust all now. */
export function CreditSplit({ isRust, nowCents, totalCents, display }: {
  isRust: boolean;
  nowCents: number;
  totalCents: number;
  display: Display;
}) {
  const { labels, money, locale } = display;
  if (isRust) {
    return (
      <dd>
        {money(totalCents)} <span>{labels.instantCreditRust}</span>
      </dd>
    );
  }
  const laterCents = Math.max(0, totalCents - nowCents);
  const date = new Date(Date.now() + SEVEN_DAYS_MS);
  return (
    <dd>
      ≈ {money(nowCents)} {labels.instantCreditNow}
      {laterCents > 0 && (
        <>
          , {money(laterCents)} {labels.instantCreditLater} (
          <time dateTime={date.toISOString().slice(0, 10)}>{display.labels.creditDate(dateTime(locale, { dateStyle: 'medium' }).format(date))}</time>)
        </>
      )}
    </dd>
  );
}

/**
 * What happened after a successful deposit: the trade followed live by {@link TradeStatus} (status,
 * bot, payout, hold, Steam offer link, timeline).
 */
export function SuccessView({ trade, display, c }: { trade: Trade; display: Display; c: SlotClass }) {
  const { labels } = display;
  // DepositDialog resolves `unstyled` into `c`: without our class on this slot, the dialog is unstyled.
  const unstyled = !(c('success') ?? '').split(' ').includes('ap-DepositDialog-success');
  return (
    <div data-slot="deposit-dialog-success" className={c('success')}>
      <TradeStatus
        trade={trade}
        labels={labels}
        locale={display.locale}
        currency={display.currency}
        unstyled={unstyled}
        classNames={{ link: c('link') }}
      />
    </div>
  );
}

/** The error in words by `error.key` (never by message), the support reference, and a plain word when the outcome is unknown. */
export function ErrorBlock({ error, display, c, children }: {
  error: Error;
  display: Display;
  c: SlotClass;
  /** More to announce with the error, e.g. the items it took out of the selection. */
  children?: ReactNode;
}) {
  const { labels } = display;
  const known = isAssetPayError(error) ? error : null;
  // DEPOSIT_UNCONFIRMED was looked for and not found: it says more than "it may have gone through".
  const unknownOutcome = known?.outcomeUnknown && known.key !== 'DEPOSIT_UNCONFIRMED';
  const message = unknownOutcome ? labels.outcomeUnknown : ((known && errorLabel(labels, known.key)) ?? labels.genericError);
  return (
    <div role="alert" data-slot="deposit-dialog-error" data-error-key={known?.key} className={c('error')}>
      <p>{message}</p>
      {children}
      {known?.requestId && <p data-field="request-id">{labels.requestId(known.requestId)}</p>}
    </div>
  );
}
