import { fetchTradesPage, GAME_IDS, parseGame, tradeStage, wireGame, type GameWire, type Trade, type TradeStage, type TradesPosition } from '../core/index.js';
import type { AssetPayContextValue } from './context.js';

/** Which trade to follow: its `id`, or the `externalId` the deposit was sent with. */
export interface TradeRef {
  id?: string;
  externalId?: string;
}

/** What {@link useTrade} keeps in the query cache per followed trade. */
export interface TrackedTrade {
  /** The last known state of the trade; `undefined` until it is first seen. */
  trade: Trade | undefined;
  /** The other trades of a split basket (`relatedTrades`), each in its last known state. */
  related: Trade[];
  /** Stages the trade was seen in, oldest first (the timeline shows escrow only if it was one). */
  visited: TradeStage[];
}

/** Query keys of the followed trades, for `invalidateQueries` in a host app. Never hold the token. */
export const tradeKeys = {
  all: (scope: readonly unknown[]) => [...scope, 'trade'] as const,
  one: (scope: readonly unknown[], ref: TradeRef) =>
    [...scope, 'trade', ref.id !== undefined ? { id: ref.id } : { externalId: ref.externalId ?? null }] as const,
};

/** A game's wire id (`'730'`, …) from its id in either form; anything else is left out of the query. */
export function tradeGame(game: number | string | undefined): GameWire | undefined {
  const id = parseGame(game);
  return id === undefined ? undefined : wireGame(id);
}

/** The starting point of a trade returned by the deposit. */
export function trackedFrom(trade: Trade): TrackedTrade {
  return { trade, related: trade.relatedTrades ?? [], visited: [tradeStage(trade.status)] };
}

const matches = (trade: Trade, ref: TradeRef) => (ref.id !== undefined ? trade.id === ref.id : ref.externalId !== undefined && trade.externalId === ref.externalId);

/** Newer fields over older ones: a list row may leave out fields the deposit answer had. */
const merge = (older: Trade | undefined, newer: Trade | undefined): Trade | undefined => (older && newer ? { ...older, ...newer } : (newer ?? older));

/** Pages of one game's deposits read per poll at most, while a followed trade is missing from them. */
const MAX_POLL_PAGES = 3;

/**
 * The user's latest deposits in `game` (or in both games when it is unknown: the API lists one
 * game at a time, CS2 by default), newest first, until every id in `wanted` was seen or
 * {@link MAX_POLL_PAGES} pages were read.
 */
async function latestTrades(
  ctx: AssetPayContextValue,
  game: GameWire | undefined,
  isWanted: (trade: Trade) => boolean,
  signal?: AbortSignal,
): Promise<Trade[]> {
  const rows: Trade[] = [];
  for (const listed of game ? [game] : GAME_IDS.map(wireGame)) {
    let after: TradesPosition | undefined;
    for (let page = 0; page < MAX_POLL_PAGES; page += 1) {
      const result = await fetchTradesPage(ctx.client, { game: listed, limit: 50, after }, signal);
      rows.push(...result.trades);
      if (!result.next || result.trades.some(isWanted)) break;
      after = result.next;
    }
    if (rows.some(isWanted)) break;
  }
  return rows;
}

/**
 * One poll: the user's latest deposits (`GET /client/trades`, 50 rows a page, in the trade's
 * game), the followed trade and its related trades picked out of them. A trade missing from the
 * answer keeps its last known state.
 */
export async function loadTrackedTrade(
  ctx: AssetPayContextValue,
  ref: TradeRef,
  game: GameWire | undefined,
  previous: TrackedTrade | undefined,
  signal?: AbortSignal,
): Promise<TrackedTrade> {
  const page = await latestTrades(ctx, game, (row) => matches(row, ref), signal);
  return combine(previous, ref, page);
}

/**
 * The tracked state after a trade pushed over the realtime channel (already known to be the
 * followed trade or one of its related trades).
 */
export function applyPushedTrade(previous: TrackedTrade | undefined, ref: TradeRef, pushed: Trade): TrackedTrade {
  return combine(previous, ref, [pushed]);
}

/** Merges fresh rows (a poll's page, or one pushed trade) into the tracked state. */
function combine(previous: TrackedTrade | undefined, ref: TradeRef, rows: readonly Trade[]): TrackedTrade {
  const trade = merge(previous?.trade, rows.find((row) => matches(row, ref)));
  const known = new Map<string, Trade>();
  for (const related of [...(previous?.related ?? []), ...(trade?.relatedTrades ?? [])]) known.set(related.id, merge(known.get(related.id), related)!);
  const related = [...known.values()]
    .filter((row) => row.id !== trade?.id)
    .map((row) => merge(row, rows.find((fresh) => fresh.id === row.id))!);
  const visited = [...(previous?.visited ?? [])];
  const stage = trade ? tradeStage(trade.status) : undefined;
  if (stage && visited[visited.length - 1] !== stage) visited.push(stage);
  return { trade, related, visited };
}
