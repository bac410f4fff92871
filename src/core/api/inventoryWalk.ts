// Walking `GET /client/inventory` page by page by what arrives, never by the size asked for:
// neither variant documents a page-size cap, so any page may be shorter than requested (§7.1).
import type { InventoryPage } from '../types.js';

/** Which page to ask for next, and at what size. */
export interface InventoryPageParam {
  /** 1-based page number. */
  page: number;
  /** Page size sent (`perPage` / `limit`); `-1` is `.gg`'s "everything in one answer". */
  perPage: number;
}

/**
 * Most rows one walk loads: a guard against a `count` (or a server) that never ends. Steam
 * inventories stay far below it.
 */
export const MAX_INVENTORY_ROWS = 100_000;

const rowsOf = (page: InventoryPage) => page.items.length + page.rejected.length;

/**
 * The page size the server actually uses, learnt from the first page: what it sent when that is
 * less than asked for and less than `count` (a cap), else what was asked for.
 */
export function servedPageSize(first: InventoryPage, requested: number): number {
  const rows = rowsOf(first);
  const short = requested < 0 || rows < requested;
  return short && rows > 0 && rows < first.count ? rows : Math.max(1, requested);
}

/**
 * The next page of a walk, or `undefined` when it is over: the rows received reach the last
 * `count`, a page came back empty, shorter than the server's page size, or with nothing new (a
 * server that ignores `page`), or {@link MAX_INVENTORY_ROWS} is reached. After a capped first page
 * the walk asks at the served size, so page offsets agree however the server counts them.
 */
export function nextInventoryPage(
  pages: readonly InventoryPage[],
  params: readonly InventoryPageParam[],
): InventoryPageParam | undefined {
  const first = pages[0];
  const last = pages[pages.length - 1];
  const firstParam = params[0];
  if (!first || !last || !firstParam) return undefined;
  const lastRows = rowsOf(last);
  if (lastRows === 0) return undefined;
  let received = 0;
  for (const page of pages) received += rowsOf(page);
  if (received >= last.count || received >= MAX_INVENTORY_ROWS) return undefined;
  const size = servedPageSize(first, firstParam.perPage);
  if (pages.length > 1 && lastRows < size) return undefined;
  if (pages.length > 1 && !bringsNewIds(pages)) return undefined;
  // Page n at the served size starts after the rows of pages 1..n-1 however page 1 was asked for.
  return { page: Math.floor(received / size) + 1, perPage: size };
}

/** Whether the last page has an id no earlier page had (or a row without a readable id). */
function bringsNewIds(pages: readonly InventoryPage[]): boolean {
  const last = pages[pages.length - 1]!;
  if (last.rejected.length > 0) return true;
  const seen = new Set<string>();
  for (let index = 0; index < pages.length - 1; index += 1) for (const item of pages[index]!.items) seen.add(item.id);
  return last.items.some((item) => !seen.has(item.id));
}

/** True when the pages hold every row `count` promised. */
export function isInventoryWalkComplete(pages: readonly InventoryPage[]): boolean {
  const last = pages[pages.length - 1];
  if (!last) return false;
  let received = 0;
  for (const page of pages) received += rowsOf(page);
  return received >= last.count;
}
