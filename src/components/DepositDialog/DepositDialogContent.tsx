import { useEffect, useRef, type Ref, type RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { RUST } from '../../core/index.js';
import { cx, flag, themeAttributes, useFullDisplay, useTheme } from '../shared/index.js';
import { CreditSplit, ErrorBlock, LineTable, PriceChangeList, SuccessView, totalBeforeChanges, type DepositDialogSlot } from './DepositDialogParts.js';
import { useDepositDialogState } from './DepositDialogState.js';
import { hasRepairs, RepairList } from './DepositDialogRepairs.js';
import type { DepositDialogProps } from './DepositDialog.js';

/** What `DepositDialog` hands its lazily loaded content: the open state it owns, and where focus returns. */
export interface DepositDialogContentProps extends Omit<DepositDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger' | 'id'> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The id the trigger's `aria-controls` names. */
  contentId: string;
  /** `DepositDialog`'s forwarded ref, set on the content. */
  contentRef?: Ref<HTMLDivElement>;
  /** The trigger, focused again when the dialog closes. */
  triggerRef: RefObject<HTMLElement | null>;
}

/**
 * The dialog itself (Radix Dialog, the line table, errors, repairs, the trade after success), in its
 * own module so a page loads it only when the user is about to deposit (see `DepositDialog`).
 */
export default function DepositDialogContent(props: DepositDialogContentProps) {
  const { selection, deposit, unstyled = false, classNames = {} } = props;
  const {
    selection: _s, deposit: _d, isInstant: _i, onDeposited: _od, open: _o, onOpenChange: _oc, theme: _t, className: _cn, classNames: _cns, unstyled: _u,
    labels: _l, locale: _lo, currency: _cu, style: _st, contentId: _id, contentRef: _r, triggerRef: _tr, ...rest
  } = props;
  const display = useFullDisplay(props);
  const { labels, money } = display;
  const theme = useTheme(props.theme);
  const themed = themeAttributes(theme);
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
      <Dialog.Portal>
        <Dialog.Overlay data-slot="deposit-dialog-overlay" className={c('overlay')} {...themed} />
        <Dialog.Content
          // Portalled out of the page's subtree: it says its language itself.
          lang={labels.locale}
          // The host's attributes and handlers (Radix composes the handlers it also sets); ours win below.
          {...rest}
          ref={props.contentRef}
          id={props.contentId}
          data-slot="deposit-dialog-content"
          data-state={open ? 'open' : 'closed'}
          data-pending={flag(pending)}
          data-success={flag(trade !== undefined)}
          aria-busy={pending || undefined}
          // Start on the safe choice, so a second Enter from the trigger never confirms.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            dismissRef.current?.focus();
          }}
          // The trigger is ours, not a Radix Dialog.Trigger: return focus to it by hand.
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            props.triggerRef.current?.focus();
          }}
          className={cx(c('content'), props.className)}
          {...themeAttributes(theme, props.style)}
        >
          <Dialog.Title data-slot="deposit-dialog-title" className={c('title')}>
            {trade ? labels.successTitle : labels.confirmTitle}
          </Dialog.Title>
          <Dialog.Description data-slot="deposit-dialog-description" className={c('description')}>
            {labels.confirmDescription}
          </Dialog.Description>
          {trade ? (
            <SuccessView trade={trade} display={display} c={c} />
          ) : (
            <>
              {error ? (
                <>
                  <ErrorBlock error={error} display={display} c={c}>
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
                      ? labels.confirmNewPrices
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
