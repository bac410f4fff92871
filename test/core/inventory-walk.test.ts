import { describe, expect, it } from 'vitest';
import { isInventoryWalkComplete, MAX_INVENTORY_ROWS, nextInventoryPage, servedPageSize, type InventoryPage, type InventoryPageParam } from '../../src/core/index.js';

/** A page of `rows` items with ids from `from`, out of `count`. */
function page(from: number, rows: number, count: number, prefix = 'i'): InventoryPage {
  const items = Array.from({ length: rows }, (_, index) => ({ id: `${prefix}${from + index}` }) as InventoryPage['items'][number]);
  return { items, rejected: [], count, updatedAt: new Date(0), collateral: 0, collateralCents: 0 };
}

/** Walks a server of `total` rows that sends at most `cap` a page, offset by the size it used. */
function walk(total: number, cap: number, requested: number, count = total): { pages: InventoryPage[]; params: InventoryPageParam[] } {
  const pages: InventoryPage[] = [];
  const params: InventoryPageParam[] = [{ page: 1, perPage: requested }];
  for (let guard = 0; guard < 10_000; guard += 1) {
    const { page: number, perPage } = params[params.length - 1]!;
    const size = perPage < 0 ? total : Math.min(perPage, cap);
    const start = (number - 1) * size;
    pages.push(page(start, Math.max(0, Math.min(size, total - start)), count));
    const next = nextInventoryPage(pages, params);
    if (!next) return { pages, params };
    params.push(next);
  }
  throw new Error('walk did not end');
}

const rowsOf = (pages: InventoryPage[]) => new Set(pages.flatMap((p) => p.items.map((item) => item.id))).size;

describe('nextInventoryPage', () => {
  it.each([
    [1000, 50, 500],
    [1000, 50, 50],
    [1000, 100, 20],
    [1001, 50, 500],
    [49, 50, 500],
    [1000, 2000, 500],
  ])('%i rows, server cap %i, asked %i a page: every row arrives', (total, cap, requested) => {
    const { pages } = walk(total, cap, requested);
    expect(rowsOf(pages)).toBe(total);
    expect(isInventoryWalkComplete(pages)).toBe(true);
  });

  it('asks at the size the server served after a capped first page', () => {
    const { params } = walk(1000, 50, 500);
    expect(params[0]).toEqual({ page: 1, perPage: 500 });
    expect(params[1]).toEqual({ page: 2, perPage: 50 });
    expect(params).toHaveLength(20);
  });

  it('stops on an empty page although count promises more (hostile count)', () => {
    const { pages } = walk(120, 50, 50, 1_000_000);
    expect(rowsOf(pages)).toBe(120);
    expect(isInventoryWalkComplete(pages)).toBe(false);
  });

  it('stops on a page shorter than the served size', () => {
    const pages = [page(0, 50, 500), page(50, 30, 500)];
    expect(nextInventoryPage(pages, [{ page: 1, perPage: 50 }, { page: 2, perPage: 50 }])).toBeUndefined();
  });

  it('stops when a page brings nothing new (a server ignoring page)', () => {
    const pages = [page(0, 50, 500), page(0, 50, 500)];
    expect(nextInventoryPage(pages, [{ page: 1, perPage: 50 }, { page: 2, perPage: 50 }])).toBeUndefined();
  });

  it('stops at MAX_INVENTORY_ROWS', () => {
    const pages = [page(0, MAX_INVENTORY_ROWS, Number.MAX_SAFE_INTEGER)];
    expect(nextInventoryPage(pages, [{ page: 1, perPage: -1 }])).toBeUndefined();
  });

  it('.gg limit=-1 answered in part goes on at the served size', () => {
    const first = page(0, 100, 250);
    expect(servedPageSize(first, -1)).toBe(100);
    expect(nextInventoryPage([first], [{ page: 1, perPage: -1 }])).toEqual({ page: 2, perPage: 100 });
    expect(nextInventoryPage([page(0, 250, 250)], [{ page: 1, perPage: -1 }])).toBeUndefined();
  });
});
