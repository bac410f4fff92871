import { useLatest } from './useLatest.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  DEFAULT_TRADE_POLL_MS,
  isTerminalStage,
  tradePollDelay,
  tradeStage,
  tradeTimeline,
  type AssetPayError,
  type Trade,
  type TradeStage,
  type TradeStep,
} from '../core/index.js';
import { useAssetPay } from './context.js';
import { connectionOf } from './realtimeSlot.js';
import { useBlockingErrorReport } from './useBlockingErrorReport.js';
import { applyPushedTrade, loadTrackedTrade, tradeGame, tradeKeys, trackedFrom, type TrackedTrade } from './tradeQueries.js';

/** Options of {@link useTrade}. Give `trade` (from the deposit), `tradeId` or `externalId`. */
export interface UseTradeOptions {
  /** The trade the deposit returned: shown at once, then followed by its `id`. @default undefined */
  trade?: Trade;
  /** Follow a trade by id when there is no deposit answer. @default trade?.id */
  tradeId?: string;
  /** Follow the trade a deposit with this `externalId` created. @default undefined */
  externalId?: string;
  /** Narrows `GET /client/trades` to one game (`730` / `'730'`, `252490` / `'252490'`). @default trade?.game */
  game?: number | string;
  /** @default true */
  enabled?: boolean;
  /**
   * Base time between polls; doubled per failure in a row, never shorter than `Retry-After`,
   * 12× longer on hold. Polling pauses in background tabs and stops at a terminal status.
   * @default 5000
   */
  intervalMs?: number;
}

/** Result of {@link useTrade}. */
export interface UseTradeResult {
  /** The last known state of the trade; `undefined` until it is found. */
  trade: Trade | undefined;
  /** The other trades of a split basket, each in its last known state. */
  related: Trade[];
  /** Stage of `trade` (`'unknown'` before it is found). */
  stage: TradeStage;
  /** The steps of `trade` for a progress display. */
  timeline: TradeStep[];
  /** True once `trade` and every related trade reached a terminal stage: polling has stopped. */
  isTerminal: boolean;
  /** The error of the last poll, until a poll succeeds again. The last known trade stays. */
  error: AssetPayError | null;
  isLoading: boolean;
  isFetching: boolean;
  /** Polls now. */
  refetch: () => Promise<unknown>;
  /**
   * How updates arrive now: `'realtime'` while the provider's socket is up (pushed trades, a poll at
   * most once a minute as a safety net), `'polling'` otherwise.
   */
  transport: 'realtime' | 'polling';
  /** When the trade was last updated, by a poll or a pushed event; `null` before. */
  lastUpdateAt: Date | null;
}

/** Time between safety-net polls while the socket is up and the trade moves: events are best effort. */
export const REALTIME_SAFETY_POLL_MS = 60_000;
/**
 * The same while every open trade is on hold or in escrow (7 days): the next change is days away,
 * and a reconnect polls once anyway. Keeps a merchant's trades budget for thousands of users.
 */
export const REALTIME_HOLD_SAFETY_POLL_MS = 30 * 60_000;

const NO_TRADES: Trade[] = [];

/** Stages of the trade and of its related trades; empty while nothing is known. */
function stagesOf(data: TrackedTrade | undefined): TradeStage[] {
  if (!data?.trade) return [];
  return [data.trade, ...data.related].map((trade) => tradeStage(trade.status));
}

/**
 * Follows a deposit after it was sent by polling the first page of `GET /client/trades`: the
 * trade (and the related trades of a split basket), its stage in `.co` or `.gg` spelling, and a
 * timeline. Backs off on errors and `Retry-After`, slows down during the 7-day hold, and stops
 * once everything is terminal. The query key is `[...scope, 'trade', { id }]` (see `tradeKeys`).
 */
export function useTrade(options: UseTradeOptions): UseTradeResult {
  const ctx = useAssetPay();
  const { trade: initial, enabled = true, intervalMs = DEFAULT_TRADE_POLL_MS } = options;
  const ref = { id: initial?.id ?? options.tradeId, externalId: options.externalId ?? initial?.externalId };
  const game = tradeGame(options.game ?? initial?.game);
  const queryKey = tradeKeys.one(ctx.scope, ref);
  // Failed polls in a row, for the backoff (React Query resets its own count at every fetch).
  const failures = useRef(0);
  const realtime = ctx.realtime ? connectionOf(ctx.realtime) : null;
  const [connected, setConnected] = useState(() => realtime?.status === 'connected');
  const live = useLatest(connected);

  const query = useQuery<TrackedTrade, AssetPayError>(
    {
      queryKey,
      queryFn: async ({ signal }) => {
        try {
          const next = await loadTrackedTrade(ctx, ref, game, ctx.queryClient.getQueryData<TrackedTrade>(queryKey), signal);
          failures.current = 0;
          return next;
        } catch (error) {
          failures.current += 1;
          throw error;
        }
      },
      initialData: initial ? () => trackedFrom(initial) : undefined,
      enabled: enabled && (ref.id !== undefined || ref.externalId !== undefined),
      // The poll is the retry: it backs off by itself.
      retry: false,
      staleTime: (current) => (isDone(current.state.data) ? Infinity : intervalMs),
      refetchInterval: (current) => {
        const delay = tradePollDelay(stagesOf(current.state.data), {
          intervalMs,
          failures: current.state.status === 'error' ? Math.max(1, failures.current) : 0,
          error: current.state.error,
        });
        // Pushed events carry the changes; a poll now and then catches what a socket may miss.
        if (delay === false || !live.current) return delay;
        const open = stagesOf(current.state.data).filter((stage) => !isTerminalStage(stage));
        const waiting = open.length > 0 && open.every((stage) => stage === 'hold' || stage === 'escrow');
        return Math.max(delay, waiting ? REALTIME_HOLD_SAFETY_POLL_MS : REALTIME_SAFETY_POLL_MS);
      },
    },
    ctx.queryClient,
  );
  useBlockingErrorReport(ctx, query.error);

  const following = enabled && (ref.id !== undefined || ref.externalId !== undefined) && !isDone(query.data);
  const refKey = JSON.stringify(queryKey);
  const related = useLatest<readonly string[]>(query.data?.related.map((trade) => trade.id) ?? NO_IDS);
  const { refetch } = query;
  useEffect(() => {
    if (!realtime || !following) return;
    const unsubscribe = realtime.subscribe((status, change) => {
      setConnected(status === 'connected');
      // Events sent while the socket was down are lost: one poll catches up.
      if (change.reconnected) void refetch();
    });
    setConnected(realtime.status === 'connected');
    const unfollow = realtime.follow(
      () => ({ id: ref.id, externalId: ref.externalId, relatedIds: related.current }),
      // Only the followed trade and its related trades get here; every other user's trade was dropped.
      (pushed) => ctx.queryClient.setQueryData<TrackedTrade>(queryKey, (previous) => applyPushedTrade(previous, ref, pushed)),
    );
    return () => {
      unfollow();
      unsubscribe();
      setConnected(false);
    };
    // refKey stands for queryKey and ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [realtime, following, refKey, refetch, ctx.queryClient]);

  const data = query.data;
  const trade = data?.trade;
  const timelineGame = options.game ?? trade?.game;
  const timeline = useMemo(
    () => (trade ? tradeTimeline(trade, { game: timelineGame, visited: data?.visited }) : []),
    [trade, timelineGame, data?.visited],
  );
  return {
    trade,
    related: data?.related ?? NO_TRADES,
    stage: tradeStage(trade?.status),
    timeline,
    isTerminal: isDone(data),
    error: query.error ?? null,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    refetch: query.refetch,
    transport: connected && following ? 'realtime' : 'polling',
    lastUpdateAt: query.dataUpdatedAt > 0 && data?.trade ? new Date(query.dataUpdatedAt) : null,
  };
}

const NO_IDS: readonly string[] = [];

function isDone(data: TrackedTrade | undefined): boolean {
  const stages = stagesOf(data);
  return stages.length > 0 && stages.every(isTerminalStage);
}

export { tradeKeys, type TrackedTrade, type TradeRef } from './tradeQueries.js';
