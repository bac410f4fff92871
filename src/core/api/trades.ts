import * as v from 'valibot';
import { AssetPayError } from './errors.js';
import type { AssetPayClient } from './client.js';
import { describeIssues, tradeSchema } from './schema.js';
import type { Trade } from '../types.js';

/** Query of `GET /client/trades` (`.co`). */
export interface TradesParams {
  page?: number;
  /** @default 10 on the API */
  limit?: number;
  type?: 'DEPOSIT' | 'WITHDRAW';
  game?: '730' | '252490';
}

const tradesEnvelope = v.object({
  success: v.literal(true),
  requestId: v.optional(v.string()),
  // `.co` answers `{ trades, count }`; `.gg` answers `{ items, nextCursor }`.
  data: v.union([
    v.object({ trades: v.array(v.unknown()), count: v.optional(v.number()) }),
    v.object({ items: v.array(v.unknown()), nextCursor: v.optional(v.nullable(v.string())) }),
  ]),
});

/** Fetches one page of the user's trades, newest first. Malformed trades are left out. */
export async function fetchTrades(client: AssetPayClient, params: TradesParams = {}, signal?: AbortSignal): Promise<Trade[]> {
  const body = await client.request('/client/trades', { query: { ...params }, signal });
  const parsed = v.safeParse(tradesEnvelope, body);
  if (!parsed.success) {
    throw new AssetPayError({ key: 'INVALID_RESPONSE', message: `Unexpected trades response (${describeIssues(parsed.issues)})`, status: 200 });
  }
  const rows = 'trades' in parsed.output.data ? parsed.output.data.trades : parsed.output.data.items;
  return rows.flatMap((row) => {
    const trade = v.safeParse(tradeSchema, row);
    return trade.success ? [trade.output as Trade] : [];
  });
}

/** Looks for the trade an `externalId` created among the user's latest deposits. */
export async function findTradeByExternalId(
  client: AssetPayClient,
  externalId: string,
  game?: '730' | '252490',
): Promise<Trade | undefined> {
  const trades = await fetchTrades(client, { type: 'DEPOSIT', game, page: 1, limit: 50 });
  return trades.find((trade) => trade.externalId === externalId);
}
