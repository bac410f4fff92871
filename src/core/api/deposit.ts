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

/**
 * Sends a deposit so that one confirmation makes at most one trade. When the outcome of the
 * first send is unknown (network drop, timeout, 5xx without an envelope) it resends once with
 * the same `externalId`; `EXTERNAL_ID_EXISTS` then means the first went through, and the trade is
 * looked up in `GET /client/trades`. Whatever stays unknown is thrown with `outcomeUnknown`.
 */
export async function submitDeposit(
  client: AssetPayClient,
  request: DepositRequest,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<Trade> {
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
