import * as v from 'valibot';
import { AssetPayError, isAssetPayError } from './errors.js';
import { findTradeByExternalId } from './trades.js';
import type { AssetPayClient } from './client.js';
import { API_VARIANTS, type VariantRules } from './variant.js';
import { describeIssues } from './schemas/parts.js';
import { tradeEnvelopeSchema } from './schemas/trade.js';
import type { DepositRequest, Trade } from '../types.js';

/** Deposits can take long on AssetPay's side; the official SDK waits 100 s. */
export const DEPOSIT_TIMEOUT_MS = 100_000;

/** Validates a deposit response body into a {@link Trade}. */
export function parseTradeResponse(body: unknown): Trade {
  const parsed = v.safeParse(tradeEnvelopeSchema, body);
  if (!parsed.success) {
    // The request was accepted (2xx) but we cannot read the trade: it may exist.
    throw new AssetPayError({
      key: 'INVALID_RESPONSE',
      message: `Unexpected deposit response (${describeIssues(parsed.issues)})`,
      status: 200,
      outcomeUnknown: true,
    });
  }
  return parsed.output.data as Trade;
}

/**
 * The wire body of `POST /client/trading/deposit` in a variant: `.co` items carry
 * `offer.{price, reference}`; `.gg` items carry `price` only and the root only the spec's keys.
 */
export function toDepositBody(request: DepositRequest, rules: VariantRules = API_VARIANTS.co): Record<string, unknown> {
  return {
    items: request.items.map((item) => rules.depositItem(item)),
    game: request.game,
    externalId: request.externalId,
    isInstant: request.isInstant,
  };
}

/** Sends `POST /client/trading/deposit` in the client's variant and returns the created trade. */
export async function createDeposit(
  client: AssetPayClient,
  request: DepositRequest,
  options: { signal?: AbortSignal; timeoutMs?: number; requestId?: string } = {},
): Promise<Trade> {
  const body = await client.request('/client/trading/deposit', {
    method: 'POST',
    body: toDepositBody(request, client.rules),
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEPOSIT_TIMEOUT_MS,
    requestId: options.requestId,
    unsafe: true,
  });
  return parseTradeResponse(body);
}

/** Keys the API raises before doing any work, so the same request may simply be sent again. */
export const BUSY_DEPOSIT_KEYS: ReadonlySet<string> = new Set(['DEPOSIT_IN_PROGRESS', 'FLEET_DEGRADED']);

/**
 * Waits before each look-up of a deposit whose answer was lost, in ms: about 20 s in all, well
 * past the time AssetPay takes to list a new trade. @default [1000, 2000, 3000, 5000, 8000]
 */
export const RECONCILE_DELAYS_MS: readonly number[] = [1000, 2000, 3000, 5000, 8000];

/** Options of {@link submitDeposit}. */
export interface SubmitDepositOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `x-request-id` of the send (and of its busy resend). @default a new UUID v4 */
  requestId?: string;
  /**
   * Longest `Retry-After` (ms) that is waited out by itself before the one automatic resend after
   * `DEPOSIT_IN_PROGRESS` / `FLEET_DEGRADED`; a longer one is thrown for the UI's countdown. @default 5000
   */
  busyRetryMaxMs?: number;
  /** Called when such a resend is scheduled, with the refusal. */
  onBusyRetry?: (error: AssetPayError) => void;
  /**
   * This request was sent before and its outcome stayed unknown (the user asked to send it again):
   * `EXTERNAL_ID_EXISTS` then means the first send went through, and its trade is looked up. @default false
   */
  resend?: boolean;
  /** Waits before each look-up by `externalId` when the outcome is unknown. @default RECONCILE_DELAYS_MS */
  reconcileDelaysMs?: readonly number[];
  /** Called when the deposit's outcome is unknown and its trade is being looked for. */
  onReconcile?: (error: AssetPayError) => void;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Looks for the trade of `request` by its `externalId` (`GET /client/trades`, the request's game),
 * once after each of `delaysMs`. Returns the trade, or throws: `DEPOSIT_UNCONFIRMED` when every
 * look-up that got an answer found nothing, else `cause` itself (nothing could be checked).
 */
export async function reconcileDeposit(
  client: AssetPayClient,
  request: DepositRequest,
  cause: AssetPayError,
  options: Pick<SubmitDepositOptions, 'signal' | 'reconcileDelaysMs'> = {},
): Promise<Trade> {
  let answered = 0;
  for (const delay of options.reconcileDelaysMs ?? RECONCILE_DELAYS_MS) {
    await wait(delay, options.signal);
    try {
      const trade = await findTradeByExternalId(client, request.externalId, request.game, { maxPages: 2, signal: options.signal });
      answered += 1;
      if (trade) return trade;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A failed look-up proves nothing either way: try again at the next step.
    }
  }
  if (answered === 0) throw cause;
  throw new AssetPayError({
    key: 'DEPOSIT_UNCONFIRMED',
    message: `No trade with this externalId after ${answered} look-up(s); the deposit most likely did not arrive`,
    status: cause.status,
    requestId: cause.requestId,
    outcomeUnknown: true,
    cause,
  });
}

/**
 * Sends a deposit so that one confirmation makes at most one trade, and never sends it twice on
 * its own (the money invariant of AssetPay's SDK). When the outcome is unknown (network drop,
 * timeout, 5xx without a key, an unreadable answer) the trade is looked up by `externalId`
 * ({@link reconcileDeposit}) instead. Only a keyed answer is definitive. `DEPOSIT_IN_PROGRESS` and
 * `FLEET_DEGRADED`, raised before any work, are resent once after a `Retry-After` of at most
 * `busyRetryMaxMs`. With `resend`, `EXTERNAL_ID_EXISTS` means the earlier send went through.
 */
export async function submitDeposit(client: AssetPayClient, request: DepositRequest, options: SubmitDepositOptions = {}): Promise<Trade> {
  try {
    return await sendWithBusyRetry(client, request, options);
  } catch (error) {
    if (!isAssetPayError(error)) throw error;
    const sentBefore = options.resend && error.key === 'EXTERNAL_ID_EXISTS';
    // An abort is the caller's wish to stop: report the unknown outcome, do not keep calling.
    if (!sentBefore && (!error.outcomeUnknown || error.key === 'ABORTED')) throw error;
    const unknown = sentBefore ? new AssetPayError({ key: error.key, message: error.message, status: error.status, requestId: error.requestId, outcomeUnknown: true }) : error;
    options.onReconcile?.(unknown);
    return reconcileDeposit(client, request, unknown, options);
  }
}

async function sendWithBusyRetry(client: AssetPayClient, request: DepositRequest, options: SubmitDepositOptions): Promise<Trade> {
  try {
    return await createDeposit(client, request, options);
  } catch (error) {
    if (!isAssetPayError(error) || !BUSY_DEPOSIT_KEYS.has(error.key)) throw error;
    const waitMs = error.retryAfterMs ?? 1000;
    if (waitMs > (options.busyRetryMaxMs ?? 5000)) throw error;
    options.onBusyRetry?.(error);
    await wait(waitMs, options.signal);
    return createDeposit(client, request, options);
  }
}
