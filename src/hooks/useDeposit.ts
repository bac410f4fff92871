import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  submitDeposit,
  createExternalId,
  depositErrorActions,
  type AssetPayError,
  type DepositRequest,
  type DepositRequestOptions,
  type Trade,
} from '../core/index.js';
import { useAssetPay } from './context.js';
import { inventoryKeys } from './inventoryQueries.js';
import type { UseDepositSelectionResult } from './useDepositSelection.js';

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
}

/** What `deposit()` accepts: a full request, or options to build one from the selection. */
export type DepositInput = DepositRequest | (DepositRequestOptions & { items?: undefined });

/** Result of {@link useDeposit}. */
export interface UseDepositResult {
  /**
   * Sends the deposit. While one is pending, further calls return the same promise and send
   * nothing. Without a request it is built from `selection` with a new `externalId`.
   */
  deposit: (input?: DepositInput) => Promise<Trade>;
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
  /** The request of the last attempt (resend it as is when `error.outcomeUnknown`). */
  lastRequest: DepositRequest | undefined;
  reset: () => void;
}

/** Deposits items: `POST /client/trading/deposit`, then invalidates the inventory. */
export function useDeposit(options: UseDepositOptions = {}): UseDepositResult {
  const ctx = useAssetPay();
  const latest = useRef(options);
  latest.current = options;
  const inFlight = useRef<Promise<Trade> | null>(null);
  const lastRequest = useRef<DepositRequest | undefined>(undefined);
  const [isRetrying, setRetrying] = useState(false);

  const mutation = useMutation<Trade, AssetPayError, DepositRequest>(
    {
      mutationFn: (request) => submitDeposit(ctx.client, request, { onBusyRetry: () => setRetrying(true) }).finally(() => setRetrying(false)),
      onSuccess: async (trade, request) => {
        latest.current.selection?.remove(request.items.map((item) => item.itemId));
        latest.current.onSuccess?.(trade, request);
        await ctx.queryClient.invalidateQueries({ queryKey: inventoryKeys.all(ctx.scope) });
      },
      onError: async (error, request) => {
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

  const deposit = useCallback(
    (input?: DepositInput): Promise<Trade> => {
      if (inFlight.current) return inFlight.current;
      let request: DepositRequest;
      try {
        request = input?.items ? { ...input, externalId: input.externalId || createExternalId() } : buildFromSelection(input);
      } catch (error) {
        return Promise.reject(error);
      }
      lastRequest.current = request;
      const promise = mutateAsync(request).finally(() => {
        inFlight.current = null;
      });
      inFlight.current = promise;
      return promise;
    },
    [mutateAsync],
  );

  function buildFromSelection(input: DepositRequestOptions | undefined): DepositRequest {
    const selection = latest.current.selection;
    if (!selection) throw new TypeError('useDeposit: pass a request or the `selection` option');
    return selection.toDepositRequest(input);
  }

  return {
    deposit,
    mutateAsync: deposit,
    trade: mutation.data,
    error: mutation.error ?? null,
    isPending: mutation.isPending,
    isRetrying: isRetrying && mutation.isPending,
    lastRequest: lastRequest.current,
    reset: mutation.reset,
  };
}
