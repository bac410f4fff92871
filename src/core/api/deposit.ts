import * as v from 'valibot';
import { AssetPayError, isAssetPayError } from './errors.js';
import { findTradeByExternalId } from './trades.js';
import type { AssetPayClient } from './client.js';
import { describeIssues, tradeEnvelopeSchema } from './schema.js';
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

/** Sends `POST /client/trading/deposit` with a `.co` body and returns the created trade. */
export async function createDeposit(
  client: AssetPayClient,
  request: DepositRequest,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<Trade> {
  const body = await client.request('/client/trading/deposit', {
    method: 'POST',
    body: request,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEPOSIT_TIMEOUT_MS,
    unsafe: true,
  });
  return parseTradeResponse(body);
}

/** Keys the API raises before doing any work, so the same request may simply be sent again. */
export const BUSY_DEPOSIT_KEYS: ReadonlySet<string> = new Set(['DEPOSIT_IN_PROGRESS', 'FLEET_DEGRADED']);

/** Options of {@link submitDeposit}. */
export interface SubmitDepositOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Longest `Retry-After` (ms) that is waited out by itself before the one automatic resend after
   * `DEPOSIT_IN_PROGRESS` / `FLEET_DEGRADED`; a longer one is thrown for the UI's countdown. @default 5000
   */
  busyRetryMaxMs?: number;
  /** Called when such a resend is scheduled, with the refusal. */
  onBusyRetry?: (error: AssetPayError) => void;
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
 * Sends a deposit so that one confirmation makes at most one trade. When the outcome of the
 * first send is unknown (network drop, timeout, 5xx without an envelope) it resends once with
 * the same `externalId`; `EXTERNAL_ID_EXISTS` then means the first went through, and the trade is
 * looked up in `GET /client/trades`. Whatever stays unknown is thrown with `outcomeUnknown`.
 * `DEPOSIT_IN_PROGRESS` and `FLEET_DEGRADED` (nothing was done) are resent once, same request,
 * after a `Retry-After` of at most `busyRetryMaxMs` (1 s when the header is missing).
 */
export async function submitDeposit(client: AssetPayClient, request: DepositRequest, options: SubmitDepositOptions = {}): Promise<Trade> {
  try {
    return await sendOnce(client, request, options);
  } catch (error) {
    if (!isAssetPayError(error) || !BUSY_DEPOSIT_KEYS.has(error.key)) throw error;
    const waitMs = error.retryAfterMs ?? 1000;
    if (waitMs > (options.busyRetryMaxMs ?? 5000)) throw error;
    options.onBusyRetry?.(error);
    await wait(waitMs, options.signal);
    return sendOnce(client, request, options);
  }
}

/** One confirmation's send: the request, plus the one resend when its outcome is unknown. */
async function sendOnce(client: AssetPayClient, request: DepositRequest, options: SubmitDepositOptions): Promise<Trade> {
  try {
    return await createDeposit(client, request, options);
  } catch (error) {
    if (!isAssetPayError(error) || !error.outcomeUnknown || error.key === 'ABORTED') throw error;
  }
  try {
    return await createDeposit(client, request, options);
  } catch (error) {
    if (!isAssetPayError(error) || error.key !== 'EXTERNAL_ID_EXISTS') throw error;
    const trade = await findTradeByExternalId(client, request.externalId, request.game).catch(() => undefined);
    if (trade) return trade;
    throw new AssetPayError({
      key: 'EXTERNAL_ID_EXISTS',
      message: 'The deposit was created, but the trade could not be found yet',
      status: error.status,
      requestId: error.requestId,
      outcomeUnknown: true,
    });
  }
}
