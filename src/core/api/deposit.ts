import * as v from 'valibot';
import { AssetPayError } from './errors.js';
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
