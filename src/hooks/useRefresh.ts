import { useCallback, useEffect, useState } from 'react';
import type { AssetPayContextValue } from './context.js';

/** What the refresh part of an inventory hook returns. */
export interface RefreshState {
  /** Re-fetches with `refresh=true` unless the cooldown is running. Resolves when done. */
  refresh: () => Promise<void>;
  /** False while the cooldown runs. */
  canRefresh: boolean;
  /** When the next refresh is allowed, or `null` when it is now. */
  refreshAvailableAt: Date | null;
  /** The cooldown length in ms. */
  refreshCooldownMs: number;
}

/** Cooldown bookkeeping shared by every inventory hook of one provider and game. */
export function useRefresh(ctx: AssetPayContextValue, game: number, run: () => Promise<unknown>): RefreshState {
  const cooldown = ctx.refreshCooldownMs;
  const availableAt = () => {
    const last = ctx.lastRefreshAt.get(game);
    return last !== undefined && Date.now() < last + cooldown ? last + cooldown : null;
  };
  const [until, setUntil] = useState<number | null>(availableAt);

  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(() => setUntil(availableAt()), Math.max(0, until - Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [until]);

  const refresh = useCallback(async () => {
    if (availableAt() !== null) return;
    const now = Date.now();
    ctx.lastRefreshAt.set(game, now);
    setUntil(now + cooldown);
    try {
      await run();
    } catch {
      // The query's own `error` reports it; refresh() is meant for onClick handlers.
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx, game, cooldown, run]);

  return { refresh, canRefresh: until === null, refreshAvailableAt: until === null ? null : new Date(until), refreshCooldownMs: cooldown };
}
