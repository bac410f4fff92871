import { useEffect, useRef, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { RUST, type Trade } from '../core/index.js';
import type { AssetPayTheme, UseDepositResult, UseDepositSelectionResult } from '../hooks/index.js';
import { cx, flag, themeAttributes, useDisplay, useTheme, type DisplayProps } from './shared/index.js';
import { CreditSplit, ErrorBlock, LineTable, PriceChangeList, SuccessView, totalBeforeChanges, type DepositDialogSlot } from './DepositDialogParts.js';
import { useDepositDialogState } from './DepositDialogState.js';
import { hasRepairs, RepairList } from './DepositDialogRepairs.js';

export type { DepositDialogSlot } from './DepositDialogParts.js';

/** Props of {@link DepositDialog}. */
export interface DepositDialogProps extends DisplayProps {
  /** The selection to deposit, from `useDepositSelection()`. */
  selection: UseDepositSelectionResult;
  /** The deposit mutation, from `useDeposit({ selection })`. */
  deposit: UseDepositResult;
  /**
   * Ask for instant credit (CS2); sent explicitly with every deposit. After
   * `INSTANT_DEPOSITS_DISABLED` the user is told and the next Confirm goes ahead without it.
   * @default the provider's `instant` (true)
   */
  isInstant?: boolean;
  /** Called once per successful deposit with the trade the API returned. @default undefined */
  onDeposited?: (trade: Trade) => void;
  /** Controlled open state. @default undefined */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close. Closing is refused while a deposit is being sent. @default undefined */
  onOpenChange?: (open: boolean) => void;
  /**
   * Element that opens the dialog, rendered through Radix `Dialog.Trigger asChild` (it must take a
   * ref and props). @default a button "Deposit N items", disabled while nothing is selected
   */
  trigger?: ReactNode;
  /** Theme of the portalled overlay and content (and of the default trigger). @default the provider's theme */
  theme?: AssetPayTheme;
  /** Confirm button text while prices changed. @default 'Confirm new prices' */
  confirmNewPricesLabel?: string;
  /**
   * Shown instead of the error text when the deposit may have gone through although it failed
   * here (`error.outcomeUnknown`). @default 'We could not confirm your deposit. It may have gone
   * through: check your Steam trade offers and your balance before you try again.'
   */
  outcomeUnknownText?: string;
  /** Term before the bot's name after success. @default 'Sent by' */
  botLabel?: string;
  /** Column header of the unit payout of stacks. @default 'Per unit' */
  unitPriceLabel?: string;
  /** Wording of the date the rest is credited (CS2), given the localised date. @default (date) => `around ${date}` */
  creditDateLabel?: (date: string) => string;
  /** Class name of the dialog content (the visible root). @default undefined */
  className?: string;
  /** Class names per part. @default {} */
  classNames?: Partial<Record<DepositDialogSlot, string>>;
  /** Drop our `ap-DepositDialog-*` class names (data attributes stay). @default false */
  unstyled?: boolean;
}

const DEFAULT_OUTCOME_UNKNOWN =
  'We could not confirm your deposit. It may have gone through: check your Steam trade offers and your balance before you try again.';

/**
 * Confirms a deposit on a Radix dialog: the selected items with exact line totals, the payout,
 * the instant-credit split with the date the rest arrives, then Confirm. Sends one request at a
 * time; shows errors by key, re-quotes on `PRICE_CHANGED`, never offers a blind retry when the
 * outcome is unknown (call `deposit.reset()` once you have checked the user's trades), and ends on
 * the trade id, status, bot and a link to the Steam offer. Focus starts on Cancel, is trapped
 * in the dialog and returns to the trigger on close.
 * @selector [data-slot=deposit-dialog-content] [data-state] [data-pending] [data-success]
 */
export function DepositDialog(props: DepositDialogProps) {
  const { selection, deposit, unstyled = false, classNames = {} } = props;
  const display = useDisplay(props);
  const { labels, money } = display;
  const themed = themeAttributes(useTheme(props.theme));
  const c = (slot: DepositDialogSlot) => (unstyled ? classNames[slot] : cx(`ap-DepositDialog-${slot}`, classNames[slot]));
  const state = useDepositDialogState(props);
  const { open, changeOpen, confirm, pending, trade, error, apiError, changes, repricing, outcomeUnknown, unconfirmed, blocked, cooldownSeconds } = state;
  const invalidFields = apiError?.key === 'VALIDATION_FAILED' && apiError.fields ? Object.keys(apiError.fields) : [];
  const isRust = selection.game === RUST;
  const lines = selection.selectedItems;
  const repairs = <RepairList dropped={selection.dropped} adjusted={selection.adjusted} display={display} c={c} />;
  // Cancel, or Close once Confirm is gone: where focus starts, and lands when the view switches.
  const dismissRef = useRef<HTMLButtonElement>(null);
  const onlyClose = trade !== undefined || outcomeUnknown;
  useEffect(() => {
    if (open && onlyClose) dismissRef.current?.focus();
  }, [open, onlyClose]);

  return (
    <Dialog.Root open={open} onOpenChange={changeOpen}>
      <Dialog.Trigger asChild>
        {props.trigger ?? (
          <button type="button" disabled={selection.count === 0} data-slot="deposit-dialog-trigger" className={c('trigger')} {...themed}>
            {labels.depositCount(selection.count)}
          </button>
        )}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay data-slot="deposit-dialog-overlay" className={c('overlay')} {...themed} />
        <Dialog.Content
          data-slot="deposit-dialog-content"
          data-pending={flag(pending)}
          data-success={flag(trade !== undefined)}
          aria-busy={pending || undefined}
          // Start on the safe choice, so a second Enter from the trigger never confirms.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            dismissRef.current?.focus();
          }}
          className={cx(c('content'), props.className)}
          {...themed}
        >
          <Dialog.Title data-slot="deposit-dialog-title" className={c('title')}>
            {trade ? labels.successTitle : labels.confirmTitle}
          </Dialog.Title>
          <Dialog.Description data-slot="deposit-dialog-description" className={c('description')}>
            {labels.confirmDescription}
          </Dialog.Description>
          {trade ? (
            <SuccessView trade={trade} botLabel={props.botLabel ?? 'Sent by'} display={display} c={c} />
          ) : (
            <>
              {error ? (
                <>
                  <ErrorBlock error={error} outcomeUnknownText={props.outcomeUnknownText ?? DEFAULT_OUTCOME_UNKNOWN} display={display} c={c}>
                    {repairs}
                    {invalidFields.length > 0 && <p data-field="invalid-fields">{labels.invalidFields(invalidFields.join(', '))}</p>}
                  </ErrorBlock>
                  {/* Outside the alert, so the tick is not read out every second. */}
                  {cooldownSeconds > 0 && !pending && <p data-slot="deposit-dialog-countdown">{labels.retryIn(cooldownSeconds)}</p>}
                </>
              ) : (
                hasRepairs(selection.dropped, selection.adjusted) && <div role="status">{repairs}</div>
              )}
              {/* Always present, so the resend notice is announced when it appears. */}
              <p role="status" data-slot="deposit-dialog-retrying">
                {deposit.isReconciling ? labels.checkingDeposit : deposit.isRetrying ? labels.retryingDeposit : null}
              </p>
              {changes.length > 0 && (
                <PriceChangeList changes={changes} intro={apiError?.key === 'PRICE_CHANGED' ? null : (labels.errors.PRICE_CHANGED ?? null)} display={display} c={c} />
              )}
              <LineTable
                lines={lines}
                showAmounts={isRust || lines.some((line) => line.amount > 1)}
                unitPriceLabel={props.unitPriceLabel ?? 'Per unit'}
                display={display}
                c={c}
              />
              <dl>
                <div data-slot="deposit-dialog-total" data-changed={flag(changes.length > 0)} className={c('total')}>
                  <dt>{labels.totalPayout}</dt>
                  <dd>
                    {changes.length > 0 && <del>{money(totalBeforeChanges(selection.totalCents, changes, lines))}</del>} {money(selection.totalCents)}
                  </dd>
                </div>
                <div data-slot="deposit-dialog-instant" className={c('instant')}>
                  <dt>{labels.instantCredit}</dt>
                  <CreditSplit
                    isRust={isRust}
                    nowCents={state.isInstant ? selection.instantCreditCents : 0}
                    totalCents={selection.totalCents}
                    dateLabel={props.creditDateLabel ?? ((date) => `around ${date}`)}
                    display={display}
                  />
                </div>
              </dl>
            </>
          )}
          <div data-slot="deposit-dialog-actions" className={c('actions')}>
            {onlyClose ? (
              <>
                <Dialog.Close ref={dismissRef} data-slot="deposit-dialog-close" className={c('close')}>
                  {labels.close}
                </Dialog.Close>
                {/* Never a blind retry: look the trade up, or resend the same externalId once nothing was found. */}
                {outcomeUnknown && !trade && (
                  <button type="button" data-slot="deposit-dialog-confirm" className={c('confirm')} onClick={unconfirmed ? state.sendAgain : state.checkAgain}>
                    {unconfirmed ? labels.sendAgain : labels.checkAgain}
                  </button>
                )}
              </>
            ) : (
              <>
                <Dialog.Close ref={dismissRef} data-slot="deposit-dialog-cancel" aria-disabled={pending || undefined} className={c('cancel')}>
                  {labels.cancel}
                </Dialog.Close>
                <button
                  type="button"
                  data-slot="deposit-dialog-confirm"
                  data-pending={flag(pending)}
                  aria-disabled={blocked || undefined}
                  className={c('confirm')}
                  onClick={confirm}
                >
                  {pending
                    ? labels.confirming
                    : repricing
                      ? (props.confirmNewPricesLabel ?? 'Confirm new prices')
                      : state.withoutInstant
                        ? labels.confirmWithoutInstant
                        : labels.confirm}
                </button>
              </>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
