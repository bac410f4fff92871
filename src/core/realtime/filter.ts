// Which pushed trades belong to the user. A client-token socket joins the merchant's room and hears
// every user's trades (assetpay-api.md §1.5, §7.3): only the followed ones may go any further.
import * as v from 'valibot';
import { tradeSchema } from '../api/schemas/trade.js';
import type { Trade } from '../types.js';

/** A trade being followed: its `id`, the `externalId` its deposit was sent with, and the ids of its related trades. */
export interface FollowedTrade {
  id?: string | undefined;
  externalId?: string | undefined;
  /** Ids of the other trades of a split basket (`relatedTrades`), once known. */
  relatedIds?: readonly string[] | undefined;
}

/** True when `trade` is `followed`, by id, by externalId, as one of its related trades, or as the trade it is related to. */
export function isFollowedTrade(trade: Trade, followed: FollowedTrade): boolean {
  if (followed.id !== undefined && trade.id === followed.id) return true;
  if (followed.externalId !== undefined && trade.externalId === followed.externalId) return true;
  if (followed.relatedIds?.includes(trade.id)) return true;
  return followed.id !== undefined && (trade.relatedTrades?.some((related) => related.id === followed.id) ?? false);
}

/** The validated trade of a `trade` event payload (`{ trade }`), or `undefined` for anything else. */
export function tradeOfEvent(payload: unknown): Trade | undefined {
  const raw = typeof payload === 'object' && payload !== null ? (payload as { trade?: unknown }).trade : undefined;
  const parsed = v.safeParse(tradeSchema, raw);
  return parsed.success ? (parsed.output as Trade) : undefined;
}
