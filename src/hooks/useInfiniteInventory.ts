import { useCallback, useEffect, useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DEFAULT_GAME, isInventoryWalkComplete, type InventoryItem, type RejectedItem } from '../core/index.js';
import { useAssetPay } from './context.js';
import { useBlockingErrorReport } from './useBlockingErrorReport.js';
import { infiniteInventoryQueryOptions, loadInventoryPage, type InventoryFilters } from './inventoryQueries.js';
import { isUnfiltered, type InventoryResultBase } from './useInventory.js';
import { useRefresh } from './useRefresh.js';

/** Options of {@link useInfiniteInventory}. */
export interface UseInfiniteInventoryOptions extends InventoryFilters {
  /** @default true */
  enabled?: boolean;
  /**
   * Keep fetching pages until the whole inventory is loaded (on `.gg` in one call, `limit=-1`).
   * Pages are walked by what arrives, so a server that sends fewer rows than asked still yields
   * everything. @default false
   */
  loadAll?: boolean;
}

/** Result of {@link useInfiniteInventory}. */
export interface UseInfiniteInventoryResult extends InventoryResultBase {
  /** Loads the next page (e.g. when the grid scrolls near the end). */
  fetchNextPage: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Pages loaded so far. */
  pagesLoaded: number;
}

/**
 * The inventory page by page, for grids that scroll through everything. Items of all loaded
 * pages come flattened, each id once.
 */
export function useInfiniteInventory(options: UseInfiniteInventoryOptions = {}): UseInfiniteInventoryResult {
  const ctx = useAssetPay();
  const { enabled = true, loadAll = false, ...filters } = options;
  const query = useInfiniteQuery({ ...infiniteInventoryQueryOptions(ctx, filters, { loadAll }), enabled }, ctx.queryClient);
  const pages = query.data?.pages;

  const { items, rejected } = useMemo(() => {
    const seen = new Set<string>();
    const all: InventoryItem[] = [];
    const bad: RejectedItem[] = [];
    for (const page of pages ?? []) {
      bad.push(...page.rejected);
      for (const item of page.items) {
        // Rows can shift between pages while the user scrolls; keep each id once.
        if (!seen.has(item.id)) {
          seen.add(item.id);
          all.push(item);
        }
      }
    }
    return { items: all, rejected: bad };
  }, [pages]);

  const { hasNextPage, isFetchingNextPage, fetchNextPage, isFetching, error } = query;
  const pagesLoaded = pages?.length ?? 0;
  useEffect(() => {
    if (loadAll && hasNextPage && !isFetchingNextPage && !error) void fetchNextPage();
    // pagesLoaded: a fetch can start and finish between two renders, leaving the other deps unchanged.
  }, [loadAll, hasNextPage, isFetchingNextPage, fetchNextPage, error, pagesLoaded]);

  const game = filters.game ?? DEFAULT_GAME;
  const run = useCallback(async () => {
    // A refresh reloads page 1 with refresh=true and drops the later pages, which refill from the new cache.
    const options = infiniteInventoryQueryOptions(ctx, filters, { loadAll });
    const firstParam = options.initialPageParam;
    const first = await loadInventoryPage(ctx, { ...filters, ...firstParam, refresh: true });
    ctx.queryClient.setQueryData(options.queryKey, { pages: [first], pageParams: [firstParam] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx, loadAll, JSON.stringify(filters)]);
  const refresh = useRefresh(ctx, game, run);
  useBlockingErrorReport(ctx, query.error);
  const last = pages?.[pages.length - 1];

  return {
    ...refresh,
    items,
    rejected,
    count: last?.count ?? 0,
    updatedAt: last?.updatedAt ?? null,
    collateral: last?.collateral ?? 0,
    collateralCents: last?.collateralCents ?? 0,
    // A walk that ended short of `count` (the server stopped sending rows) is not the whole inventory.
    isComplete: !!pages && !hasNextPage && isInventoryWalkComplete(pages) && isUnfiltered(filters),
    isLoading: query.isLoading,
    isFetching,
    error: error ?? null,
    fetchNextPage: () => void (hasNextPage && !isFetchingNextPage && fetchNextPage()),
    hasNextPage,
    isFetchingNextPage,
    pagesLoaded,
  };
}
