import { useLatest } from './useLatest.js';
import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  createExternalId,
  createRequestId,
  depositErrorActions,
  AssetPayError,
  type DepositRequest,
  type DepositRequestOptions,
  type Trade,
} from '../core/index.js';
import { useAssetPay } from './context.js';
import { inventoryKeys, removeDepositedItems } from './inventoryQueries.js';
import type { UseDepositSelectionResult } from './useDepositSelection.js';

// The deposit pipeline (send, the one busy resend, the look-up of a lost answer), loaded when the
// first deposit is sent, or before, through `preloadDeposit`.
const loadPipeline = () => import('../core/api/deposit.js');

/**
 * Starts loading the deposit pipeline, so that Confirm does not wait for it: call it once a
 * deposit is likely (something is selected, a trigger is hovered). `DepositDialog` does.
 */
export function preloadDeposit(): void {
  void loadPipeline();
}

/** Options of {@link useDeposit}. */
export interface UseDepositOptions {
  /**
   * The selection to deposit from; deposited items leave it on success. With its `store`, a refused
   * deposit repairs it (`depositErrorActions`): refused items are dropped, amounts lowered, and the
   * inventory re-fetched when the error asks for it.
   */
  selection?: Pick<UseDepositSelectionResult, 'toDepositRequest' | 'remove'> & Partial<Pick<UseDepositSelectionResult, 'store'>>;
  onSuccess?: (trade: Trade, request: DepositRequest) => void;
  onError?: (error: AssetPayError, request: DepositRequest) => void;
  /**
   * Waits before each look-up of a deposit whose answer was lost (by `externalId`).
   * @default RECONCILE_DELAYS_MS (about 20 s)
   */
  reconcileDelaysMs?: readonly number[];
}

/** What `deposit()` accepts: a full request, or options to build one from the selection. */
export type DepositInput = DepositRequest | (DepositRequestOptions & { items?: undefined });

/** Result of {@link useDeposit}. */
export interface UseDepositResult {
  /**
   * Sends the deposit. While one is pending, further calls return the same promise and send
   * nothing. Without a request it is built from `selection` with a new `externalId`; `isInstant`
   * defaults to the provider's `instant`.
   */
  deposit: (input?: DepositInput) => Promise<Trade>;
  /**
   * Sends {@link lastRequest} again, same `externalId` and `x-request-id`: only for after
   * `DEPOSIT_UNCONFIRMED`, once the user agreed. AssetPay keeps `externalId` unique, so even a late
   * first copy cannot make a second trade; `EXTERNAL_ID_EXISTS` then shows the first one's trade.
   */
  resend: () => Promise<Trade>;
  /** Looks for the trade of {@link lastRequest} by `externalId` again (after an unknown outcome). */
  checkAgain: () => Promise<Trade>;
  /** Alias of `deposit`, React Query style. */
  mutateAsync: (input?: DepositInput) => Promise<Trade>;
  trade: Trade | undefined;
  error: AssetPayError | null;
  isPending: boolean;
  /**
   * True while a refusal that did nothing (`DEPOSIT_IN_PROGRESS`, `FLEET_DEGRADED`) is being waited
   * out before the one automatic resend of the same request.
   */
  isRetrying: boolean;
  /** True while the trade of a deposit whose answer was lost is looked up by `externalId`. */
  isReconciling: boolean;
  /** The request of the last attempt. */
  lastRequest: DepositRequest | undefined;
  reset: () => void;
}

type Mode = 'send' | 'resend' | 'check';
interface Attempt {
  request: DepositRequest;
  requestId: string;
  mode: Mode;
}

/**
 * Deposits items: `POST /client/trading/deposit`, then invalidates the inventory. A deposit whose
 * answer is lost is never sent again by itself: its trade is looked up by `externalId`, and only
 * `resend()` (the user's choice, after `DEPOSIT_UNCONFIRMED`) sends the same request once more.
 */
export function useDeposit(options: UseDepositOptions = {}): UseDepositResult {
  const ctx = useAssetPay();
  const latest = useLatest(options);
  const inFlight = useRef<Promise<Trade> | null>(null);
  const last = useRef<Attempt | undefined>(undefined);
  const [isRetrying, setRetrying] = useState(false);
  const [isReconciling, setReconciling] = useState(false);
  const lastError = useRef<AssetPayError | undefined>(undefined);

  const mutation = useMutation<Trade, AssetPayError, Attempt>(
    {
      mutationFn: async ({ request, requestId, mode }) => {
        const { reconcileDeposit, submitDeposit } = await loadPipeline();
        const reconcileDelaysMs = latest.current.reconcileDelaysMs;
        const run =
          mode === 'check'
            ? // Nothing answered again: the earlier unknown outcome stands.
              (setReconciling(true), reconcileDeposit(ctx.client, request, lastError.current ?? unconfirmed(request), { reconcileDelaysMs }))
            : submitDeposit(ctx.client, request, {
                requestId,
                resend: mode === 'resend',
                reconcileDelaysMs,
                onBusyRetry: () => setRetrying(true),
                onReconcile: () => setReconciling(true),
              });
        return run.finally(() => {
          setRetrying(false);
          setReconciling(false);
        });
      },
      onSuccess: async (trade, { request }) => {
        latest.current.selection?.remove(request.items.map((item) => item.itemId));
        latest.current.onSuccess?.(trade, request);
        // No reload: the inventory limit is shared by every user of the merchant.
        removeDepositedItems(ctx, request.items);
      },
      onError: async (error, { request }) => {
        lastError.current = error;
        const store = latest.current.selection?.store;
        const actions = store ? depositErrorActions(error, request, store.getState().entries) : null;
        if (store && actions && (actions.remove.length > 0 || actions.clamp.length > 0)) {
          store.dispatch({ type: 'repair', remove: actions.remove, clamp: actions.clamp });
        }
        latest.current.onError?.(error, request);
        ctx.reportBlockingError?.(error);
        if (actions?.refetch) await ctx.queryClient.invalidateQueries({ queryKey: inventoryKeys.all(ctx.scope) });
      },
    },
    ctx.queryClient,
  );
  const { mutateAsync } = mutation;

  const start = useCallback(
    (attempt: Attempt): Promise<Trade> => {
      if (inFlight.current) return inFlight.current;
      last.current = attempt;
      const promise = mutateAsync(attempt).finally(() => {
        inFlight.current = null;
      });
      inFlight.current = promise;
      return promise;
    },
    [mutateAsync],
  );

  const deposit = useCallback(
    (input?: DepositInput): Promise<Trade> => {
      if (inFlight.current) return inFlight.current;
      let request: DepositRequest;
      try {
        request = input?.items ? { ...input, externalId: input.externalId || createExternalId() } : buildFromSelection(input);
      } catch (error) {
        return Promise.reject(error);
      }
      // The same externalId again is a resend of that request: same x-request-id, and EXTERNAL_ID_EXISTS means it went through.
      const previous = last.current;
      if (previous && previous.request.externalId === request.externalId) return start({ request, requestId: previous.requestId, mode: 'resend' });
      return start({ request, requestId: createRequestId(), mode: 'send' });
    },
    [start],
  );

  const again = useCallback(
    (mode: Mode) => {
      const previous = last.current;
      if (!previous) return Promise.reject(new TypeError('useDeposit: nothing was sent yet'));
      return start({ ...previous, mode });
    },
    [start],
  );
  const resend = useCallback(() => again('resend'), [again]);
  const checkAgain = useCallback(() => again('check'), [again]);

  function buildFromSelection(input: DepositRequestOptions | undefined): DepositRequest {
    const selection = latest.current.selection;
    if (!selection) throw new TypeError('useDeposit: pass a request or the `selection` option');
    return selection.toDepositRequest({ ...input, isInstant: input?.isInstant ?? ctx.instant });
  }

  return {
    deposit,
    mutateAsync: deposit,
    resend,
    checkAgain,
    trade: mutation.data,
    error: mutation.error ?? null,
    isPending: mutation.isPending,
    isRetrying: isRetrying && mutation.isPending,
    isReconciling: isReconciling && mutation.isPending,
    lastRequest: last.current?.request,
    reset: mutation.reset,
  };
}

/** The error a look-up that finds nothing reports when nothing could be checked. */
function unconfirmed(request: DepositRequest): AssetPayError {
  return new AssetPayError({
    key: 'DEPOSIT_UNCONFIRMED',
    message: `The trade of deposit ${request.externalId} could not be looked up`,
    outcomeUnknown: true,
  });
}
