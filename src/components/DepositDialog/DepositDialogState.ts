// State and actions of DepositDialog. Internal: DepositDialog.tsx is the public entry.
import { useEffect, useRef, useState } from 'react';
import { useCallbackRef } from '@radix-ui/react-use-callback-ref';
import { isAssetPayError, retryDelayOf, type AssetPayError, type PriceChange, type Trade } from '../../core/index.js';
import { inventoryKeys, useOptionalAssetPay, type UseDepositResult, type UseDepositSelectionResult } from '../../hooks/index.js';

/** What {@link useDepositDialogState} reads from the dialog's props. */
export interface DepositDialogStateInput {
  selection: UseDepositSelectionResult;
  deposit: UseDepositResult;
  isInstant?: boolean;
  onDeposited?: (trade: Trade) => void;
  /** The open state, owned by `DepositDialog`. */
  open: boolean;
  /** Sets it; called only once a close is allowed. */
  onOpenChange: (open: boolean) => void;
}

/** The dialog's derived state and its two actions. */
export interface DepositDialogState {
  open: boolean;
  /** Radix `onOpenChange`: refuses to close while sending; resets a finished deposit on close. */
  changeOpen: (open: boolean) => void;
  /** Sends the deposit once (acknowledging changed prices first); ignored while blocked. */
  confirm: () => void;
  /** After an unknown outcome that could not be checked: looks the trade up by `externalId` again. */
  checkAgain: () => void;
  /** After `DEPOSIT_UNCONFIRMED`, on the user's word: sends the same request (same `externalId`) again. */
  sendAgain: () => void;
  /** Whether the next Confirm asks for instant credit (off after `INSTANT_DEPOSITS_DISABLED`). */
  isInstant: boolean;
  /** Instant credit was refused: Confirm reads "Deposit without instant credit". */
  withoutInstant: boolean;
  pending: boolean;
  /** The trade once the deposit succeeded. */
  trade: Trade | undefined;
  /** The API error, or a local one (e.g. nothing left to deposit). */
  error: Error | null;
  apiError: AssetPayError | null;
  changes: readonly PriceChange[];
  /** Prices changed: Confirm reads "Confirm new prices". */
  repricing: boolean;
  /** The deposit may have gone through: no Confirm at all. */
  outcomeUnknown: boolean;
  /** Its trade was looked for and not found (`DEPOSIT_UNCONFIRMED`): "Send again" is offered. */
  unconfirmed: boolean;
  /** Confirm does nothing now (sending, nothing selected, cooling down, loading new prices). */
  blocked: boolean;
  /** Seconds left of the API's `Retry-After`; Confirm is blocked while above 0. */
  cooldownSeconds: number;
}

/** Whole seconds left until `error.retryAfterMs` has passed since the error arrived; 0 when over or none. Ticks once a second. */
function useCooldown(error: AssetPayError | null): number {
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState<{ error: AssetPayError; at: number } | null>(null);
  // Retry-After, or a fallback when the browser could not read it (no Access-Control-Expose-Headers).
  const ms = error ? retryDelayOf(error) : undefined;
  const began = start?.error === error ? start.at : null;
  useEffect(() => {
    if (!error || !ms) return;
    const at = Date.now();
    setStart({ error, at });
    setNow(at);
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time - at >= ms) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [error, ms]);
  if (!error || !ms) return 0;
  // Until the effect has run, the whole wait is still ahead.
  const left = began === null ? ms : ms - (now - began);
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** On `PRICE_CHANGED`, re-fetches the inventory so the selection learns the new prices. True until it has. */
function useRefetchOnPriceChange(error: AssetPayError | null): boolean {
  const ctx = useOptionalAssetPay();
  const [settled, setSettled] = useState<AssetPayError | null>(null);
  useEffect(() => {
    if (!ctx || error?.key !== 'PRICE_CHANGED') return;
    let live = true;
    void ctx.queryClient.invalidateQueries({ queryKey: inventoryKeys.all(ctx.scope) }).finally(() => live && setSettled(error));
    return () => {
      live = false;
    };
  }, [ctx, error]);
  return !!ctx && error?.key === 'PRICE_CHANGED' && settled !== error;
}

/** Open state, one-at-a-time sending, error handling and re-quoting of the deposit dialog. */
export function useDepositDialogState(props: DepositDialogStateInput): DepositDialogState {
  const ctx = useOptionalAssetPay();
  const { selection, deposit, isInstant = ctx?.instant ?? true } = props;
  // The latest callback, for a deposit that resolves after a re-render (no ref written in render).
  const onDeposited = useCallbackRef(props.onDeposited);
  const sendingRef = useRef(false);
  const [sending, setSending] = useState(false);
  const [localError, setLocalError] = useState<Error | null>(null);

  const apiError = deposit.error;
  const pending = deposit.isPending || sending;
  const changes = selection.priceChanges;
  const repricing = apiError?.key === 'PRICE_CHANGED' || changes.length > 0;
  const refreshing = useRefetchOnPriceChange(apiError);
  const cooldownSeconds = useCooldown(apiError);
  const coolingDown = cooldownSeconds > 0;
  const outcomeUnknown = apiError?.outcomeUnknown ?? false;
  const unconfirmed = apiError?.key === 'DEPOSIT_UNCONFIRMED';
  const blocked = pending || selection.count === 0 || coolingDown || (refreshing && changes.length === 0);
  // The merchant has instant credit off: said once, and only the user's next Confirm goes ahead without it.
  const [instantRefused, setInstantRefused] = useState(false);
  const sendInstant = isInstant && !instantRefused;

  const run = (send: () => Promise<Trade>) => {
    sendingRef.current = true;
    setSending(true);
    setLocalError(null);
    send()
      .then(
        (done) => onDeposited(done),
        // AssetPay errors arrive through `deposit.error`; anything else (e.g. an empty selection) is kept here.
        (reason: unknown) => {
          if (isAssetPayError(reason) && reason.key === 'INSTANT_DEPOSITS_DISABLED') setInstantRefused(true);
          if (!isAssetPayError(reason)) setLocalError(reason instanceof Error ? reason : new Error(String(reason)));
        },
      )
      .finally(() => {
        sendingRef.current = false;
        setSending(false);
      });
  };

  const confirm = () => {
    // The ref also stops a second click that lands before React re-renders.
    if (sendingRef.current || blocked || outcomeUnknown) return;
    // Confirming again means the user has seen the new prices and the repaired selection.
    if (repricing || selection.dropped.length > 0 || selection.adjusted.length > 0) selection.acknowledgeChanges();
    run(() => deposit.deposit({ isInstant: sendInstant }));
  };
  const checkAgain = () => {
    if (!sendingRef.current && outcomeUnknown && !unconfirmed) run(deposit.checkAgain);
  };
  const sendAgain = () => {
    if (!sendingRef.current && unconfirmed) run(deposit.resend);
  };

  const changeOpen = (next: boolean) => {
    if (!next && (sendingRef.current || deposit.isPending)) return;
    if (!next) {
      setLocalError(null);
      // An unknown outcome stays until the host has reconciled it, so a reopened dialog cannot resend blindly.
      if (deposit.trade || (deposit.error && !deposit.error.outcomeUnknown)) deposit.reset();
    }
    props.onOpenChange(next);
  };

  return {
    open: props.open,
    changeOpen,
    confirm,
    checkAgain,
    sendAgain,
    isInstant: sendInstant,
    withoutInstant: instantRefused && apiError?.key === 'INSTANT_DEPOSITS_DISABLED',
    pending,
    trade: pending ? undefined : deposit.trade,
    error: apiError ?? localError,
    apiError,
    changes,
    repricing,
    outcomeUnknown,
    unconfirmed,
    blocked,
    cooldownSeconds,
  };
}
