import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_GAME, DEFAULT_PER_PAGE, pageCountOf, servedPageSize, type AssetPayError, type InventoryItem, type InventoryPage, type InventoryParams, type RejectedItem } from '../core/index.js';
import { useAssetPay } from './context.js';
import { useBlockingErrorReport } from './useBlockingErrorReport.js';
import { inventoryQueryOptions, loadInventoryPage } from './inventoryQueries.js';
import { useRefresh, type RefreshState } from './useRefresh.js';

/** Options of {@link useInventory}: the documented query parameters, plus `enabled`. */
export interface UseInventoryOptions extends InventoryParams {
  /** @default true */
  enabled?: boolean;
}

/** Fields every inventory hook returns. */
export interface InventoryResultBase extends RefreshState {
  /** Validated items (API field names kept). Malformed rows are in `rejected` instead. */
  items: InventoryItem[];
  /** Items matching the filters across all pages. */
  count: number;
  updatedAt: Date | null;
  /** Instant-credit collateral in USD. */
  collateral: number;
  collateralCents: number;
  rejected: RejectedItem[];
  /** True when `items` is the user's whole inventory for the game (no filter, every page). */
  isComplete: boolean;
  isLoading: boolean;
  isFetching: boolean;
  error: AssetPayError | null;
}

/** Result of {@link useInventory}. */
export interface UseInventoryResult extends InventoryResultBase {
  pageCount: number;
  data: InventoryPage | undefined;
}

const NO_ITEMS: InventoryItem[] = [];
const NO_REJECTS: RejectedItem[] = [];

/** True when no parameter narrows the list. */
export function isUnfiltered(params: Pick<InventoryParams, 'search' | 'minPrice' | 'maxPrice' | 'acceptedOnly'>): boolean {
  return !params.search && params.minPrice === undefined && params.maxPrice === undefined && !params.acceptedOnly;
}

/**
 * One page of the user's Steam inventory, validated. Sends exactly `GET /client/inventory`
 * with the given parameters; `refresh()` re-fetches with `refresh=true` behind a cooldown.
 */
export function useInventory(options: UseInventoryOptions = {}): UseInventoryResult {
  const ctx = useAssetPay();
  const { enabled = true, refresh: forceRefresh, ...params } = options;
  const query = useQuery({ ...inventoryQueryOptions(ctx, params, forceRefresh), enabled }, ctx.queryClient);
  const page = query.data;
  const game = params.game ?? DEFAULT_GAME;
  const perPage = params.perPage ?? DEFAULT_PER_PAGE;

  const run = useCallback(
    () =>
      ctx.queryClient.fetchQuery({
        ...inventoryQueryOptions(ctx, params),
        queryFn: ({ signal }) => loadInventoryPage(ctx, { ...params, refresh: true }, signal),
        staleTime: 0,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ctx, JSON.stringify(params)],
  );
  const refresh = useRefresh(ctx, game, run);
  useBlockingErrorReport(ctx, query.error);

  return {
    ...refresh,
    data: page,
    items: page?.items ?? NO_ITEMS,
    count: page?.count ?? 0,
    // The server may send fewer rows than asked: count pages at the size page 1 actually had.
    pageCount: pageCountOf(page?.count ?? 0, page && (params.page ?? 1) === 1 ? servedPageSize(page, perPage) : perPage),
    updatedAt: page?.updatedAt ?? null,
    collateral: page?.collateral ?? 0,
    collateralCents: page?.collateralCents ?? 0,
    rejected: page?.rejected ?? NO_REJECTS,
    isComplete: !!page && isUnfiltered(params) && (params.page ?? 1) === 1 && page.items.length + page.rejected.length >= page.count,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error ?? null,
  };
}
