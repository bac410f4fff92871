import * as v from 'valibot';
import { AssetPayError } from './errors.js';
import type { AssetPayClient } from './client.js';
import { describeIssues } from './schemas/parts.js';
import { tradeSchema } from './schemas/trade.js';
import type { Trade } from '../types.js';
import type { GameWire } from '../games.js';

/** Where a listing of `GET /client/trades` goes on: a page number (`.co`) or a cursor (`.gg`). */
export type TradesPosition = { page: number } | { cursor: string };

/** What to list with {@link fetchTradesPage}; the client's variant decides the wire names. */
export interface TradesParams {
  /** The API lists one game at a time and defaults to 730, so a Rust trade needs `'252490'`. */
  game: GameWire;
  /** Sent as `DEPOSIT` on `.co` and `deposit` on `.gg`. @default 'deposit' */
  type?: 'deposit' | 'withdraw';
  /** Rows per page, at most 100. @default 50 */
  limit?: number;
  /** From a previous page's `next`. @default the first page */
  after?: TradesPosition;
}

/** One page of the user's trades, newest first. */
export interface TradesPage {
  /** Valid trades of the page; malformed rows are left out. */
  trades: Trade[];
  /** Where the next page starts, or `undefined` on the last one. */
  next: TradesPosition | undefined;
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

/** The query of `GET /client/trades` in the client's variant (`page` or `cursor`, upper or lower case `type`). */
export function tradesQuery(client: Pick<AssetPayClient, 'rules'>, params: TradesParams): Record<string, string | number> {
  const { rules } = client;
  const limit = Math.min(rules.maxTradesLimit, Math.max(1, Math.floor(params.limit ?? 50)));
  const type = (params.type ?? 'deposit') === 'deposit' ? rules.depositTradeType : rules.depositTradeType === 'DEPOSIT' ? 'WITHDRAW' : 'withdraw';
  const query: Record<string, string | number> = { type, game: params.game, limit };
  const after = params.after;
  if (rules.tradesPaging === 'page') query.page = after && 'page' in after ? after.page : 1;
  else if (after && 'cursor' in after) query.cursor = after.cursor;
  return query;
}

/** Fetches one page of the user's trades, newest first. Malformed trades are left out. */
export async function fetchTradesPage(client: AssetPayClient, params: TradesParams, signal?: AbortSignal): Promise<TradesPage> {
  const query = tradesQuery(client, params);
  const body = await client.request('/client/trades', { query, signal });
  const parsed = v.safeParse(tradesEnvelope, body);
  if (!parsed.success) {
    throw new AssetPayError({ key: 'INVALID_RESPONSE', message: `Unexpected trades response (${describeIssues(parsed.issues)})`, status: 200 });
  }
  const data = parsed.output.data;
  const rows = 'trades' in data ? data.trades : data.items;
  const trades = rows.flatMap((row) => {
    const trade = v.safeParse(tradeSchema, row);
    return trade.success ? [trade.output as Trade] : [];
  });
  let next: TradesPosition | undefined;
  if ('trades' in data) {
    const page = typeof query.page === 'number' ? query.page : 1;
    const seen = (page - 1) * Number(query.limit) + rows.length;
    // Without a count, a full page may have a successor; an empty or short one does not.
    const more = data.count === undefined ? rows.length >= Number(query.limit) : seen < data.count;
    if (more && rows.length > 0) next = { page: page + 1 };
  } else if (data.nextCursor && data.nextCursor !== (params.after && 'cursor' in params.after ? params.after.cursor : undefined)) {
    next = { cursor: data.nextCursor };
  }
  return { trades, next };
}

/** The first page of the user's trades of a game; see {@link fetchTradesPage}. */
export async function fetchTrades(client: AssetPayClient, params: TradesParams, signal?: AbortSignal): Promise<Trade[]> {
  return (await fetchTradesPage(client, params, signal)).trades;
}

/** Options of {@link findTrade}. */
export interface FindTradeOptions {
  /** Pages to look through at most (newest first). @default 3 */
  maxPages?: number;
  signal?: AbortSignal;
}

/** Walks the user's deposits of a game, newest first, until `matches` finds one. */
export async function findTrade(
  client: AssetPayClient,
  game: GameWire,
  matches: (trade: Trade) => boolean,
  options: FindTradeOptions = {},
): Promise<Trade | undefined> {
  let after: TradesPosition | undefined;
  for (let page = 0; page < (options.maxPages ?? 3); page += 1) {
    const result = await fetchTradesPage(client, { game, after, limit: 50 }, options.signal);
    const found = result.trades.find(matches);
    if (found || !result.next) return found;
    after = result.next;
  }
  return undefined;
}

/** Looks for the trade a deposit with this `externalId` created, among the user's latest deposits of `game`. */
export function findTradeByExternalId(
  client: AssetPayClient,
  externalId: string,
  game: GameWire,
  options: FindTradeOptions = {},
): Promise<Trade | undefined> {
  return findTrade(client, game, (trade) => trade.externalId === externalId, options);
}
