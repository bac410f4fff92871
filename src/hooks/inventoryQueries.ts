import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  AssetPayError,
  DEFAULT_GAME,
  DEFAULT_PER_PAGE,
  fetchInventory,
  isAssetPayError,
  nextInventoryPage,
  type InventoryPage,
  type InventoryPageParam,
  type InventoryParams,
} from '../core/index.js';
import type { AssetPayContextValue } from './context.js';

/** Inventory filters shared by the paged and the infinite query (everything but `page`/`refresh`). */
export type InventoryFilters = Omit<InventoryParams, 'page' | 'refresh'>;

/** Query keys of this library, for `invalidateQueries` / `prefetchQuery` in a host app. */
export const inventoryKeys = {
  all: (scope: readonly unknown[]) => [...scope, 'inventory'] as const,
  page: (scope: readonly unknown[], params: Omit<InventoryParams, 'refresh'>) =>
    [...scope, 'inventory', 'page', { game: DEFAULT_GAME, ...params }] as const,
  infinite: (scope: readonly unknown[], filters: InventoryFilters) =>
    [...scope, 'inventory', 'infinite', { game: DEFAULT_GAME, ...filters }] as const,
};

// Bundlers replace `process.env.NODE_ENV` in the host app; declared here so no Node types leak into ours.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

const memoryRefreshed = new Set<string>();

/**
 * True once per browser session and game: AssetPay advises `refresh=true` only on the first
 * load of a session (and when the user asks). Falls back to memory where storage is unavailable.
 */
export function takeSessionStartRefresh(ctx: AssetPayContextValue, game: number): boolean {
  if (!ctx.refreshOnSessionStart) return false;
  const key = `react-assetpay:refreshed:${JSON.stringify([...ctx.scope, game])}`;
  try {
    if (globalThis.sessionStorage) {
      if (globalThis.sessionStorage.getItem(key)) return false;
      globalThis.sessionStorage.setItem(key, '1');
      return true;
    }
  } catch {
    // Storage can throw (privacy modes, sandboxed iframes): use memory instead.
  }
  if (memoryRefreshed.has(key)) return false;
  memoryRefreshed.add(key);
  return true;
}

function warnRejected(ctx: AssetPayContextValue, page: InventoryPage): InventoryPage {
  if (page.rejected.length > 0) {
    ctx.onInvalidItems?.(page.rejected);
    const dev = typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';
    if (dev) console.warn(`react-assetpay: skipped ${page.rejected.length} malformed inventory row(s)`, page.rejected);
  }
  return page;
}

function retryOptions(ctx: AssetPayContextValue) {
  return {
    retry: (failures: number, error: AssetPayError) => failures < ctx.retry && isAssetPayError(error) && error.isTransient,
    retryDelay: (attempt: number, error: AssetPayError) => error.retryAfterMs ?? Math.min(1000 * 2 ** attempt, 30_000),
  };
}

/** Loads one inventory page (and its `refresh`). Used by the query options and by `refresh()`. */
export function loadInventoryPage(ctx: AssetPayContextValue, params: InventoryParams, signal?: AbortSignal) {
  const refresh = params.refresh || takeSessionStartRefresh(ctx, params.game ?? DEFAULT_GAME) || undefined;
  return fetchInventory(ctx.client, { ...params, refresh }, signal).then((page) => warnRejected(ctx, page));
}

/**
 * Query options of one inventory page; use with `useQuery`, `prefetchQuery` or `fetchQuery`.
 * `refresh` applies to the first load of the key only, never to background refetches.
 */
export function inventoryQueryOptions(ctx: AssetPayContextValue, params: Omit<InventoryParams, 'refresh'> = {}, refresh?: boolean) {
  const queryKey = inventoryKeys.page(ctx.scope, params);
  return queryOptions<InventoryPage, AssetPayError>({
    queryKey,
    queryFn: ({ signal }) =>
      loadInventoryPage(ctx, { ...params, refresh: refresh && ctx.queryClient.getQueryData(queryKey) === undefined }, signal),
    staleTime: 60_000,
    // 20,000-item pages are MBs of JSON; deep-comparing them on every refetch is a long task.
    structuralSharing: false,
    ...retryOptions(ctx),
  });
}

/** Options of {@link infiniteInventoryQueryOptions}. */
export interface InfiniteInventoryOptions {
  /**
   * The whole inventory is wanted: on `.gg` the first request asks for everything at once
   * (`limit=-1`, one call against the merchant's rate limit). @default false
   */
  loadAll?: boolean;
}

/**
 * Infinite-query options that walk the inventory page by page, by what arrives: the walk ends when
 * the rows received reach `count`, or a page comes back empty, short or with nothing new (see
 * `nextInventoryPage`), whatever page size was asked for.
 */
export function infiniteInventoryQueryOptions(ctx: AssetPayContextValue, filters: InventoryFilters = {}, options: InfiniteInventoryOptions = {}) {
  const allInOne = options.loadAll ? ctx.client.rules.allInOnePageSize : null;
  const first: InventoryPageParam = { page: 1, perPage: allInOne ?? filters.perPage ?? DEFAULT_PER_PAGE };
  return infiniteQueryOptions<
    InventoryPage,
    AssetPayError,
    { pages: InventoryPage[]; pageParams: InventoryPageParam[] },
    readonly unknown[],
    InventoryPageParam
  >({
    queryKey: inventoryKeys.infinite(ctx.scope, allInOne === null ? filters : { ...filters, perPage: allInOne }),
    queryFn: ({ pageParam, signal }) => loadInventoryPage(ctx, { ...filters, ...pageParam }, signal),
    initialPageParam: first,
    getNextPageParam: (_last, pages, _lastParam, params) => nextInventoryPage(pages, params),
    staleTime: 60_000,
    structuralSharing: false,
    ...retryOptions(ctx),
  });
}

/**
 * Takes deposited units out of every cached inventory of the provider (pages and walks): a stack
 * keeps what is left, a row fully deposited goes, `count` follows. The queries are marked stale
 * but not refetched, so a deposit costs no inventory request against the merchant's shared limit.
 */
export function removeDepositedItems(ctx: AssetPayContextValue, items: readonly { itemId: string; amount?: number }[]): void {
  const taken = new Map(items.map((item) => [item.itemId, item.amount ?? 1]));
  const prune = (page: InventoryPage): { page: InventoryPage; removed: number } => {
    let removed = 0;
    let changed = false;
    const kept = page.items.flatMap((item) => {
      const units = taken.get(item.id);
      if (units === undefined) return [item];
      changed = true;
      const left = (item.amount ?? 1) - units;
      if (left <= 0) {
        removed += 1;
        return [];
      }
      const offer = item.offer?.maxAmount === undefined ? item.offer : { ...item.offer, maxAmount: Math.min(item.offer.maxAmount, left) };
      return [{ ...item, amount: left, offer }];
    });
    return { page: changed ? { ...page, items: kept } : page, removed };
  };
  const withCount = (page: InventoryPage, removed: number) => (removed === 0 ? page : { ...page, count: Math.max(0, page.count - removed) });
  ctx.queryClient.setQueriesData<InventoryPage | { pages: InventoryPage[]; pageParams: unknown[] }>({ queryKey: inventoryKeys.all(ctx.scope) }, (data) => {
    if (!data) return data;
    if ('pages' in data) {
      const pruned = data.pages.map(prune);
      const removed = pruned.reduce((sum, entry) => sum + entry.removed, 0);
      return { ...data, pages: pruned.map((entry) => withCount(entry.page, removed)) };
    }
    const { page, removed } = prune(data);
    return withCount(page, removed);
  });
  void ctx.queryClient.invalidateQueries({ queryKey: inventoryKeys.all(ctx.scope), refetchType: 'none' });
}
