import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useInfiniteInventory } from '../../src/index.js';
import { apiItem, inventoryBody, renderWithProvider, serveInventory } from './utils.js';

const all = Array.from({ length: 5 }, (_, i) => apiItem(`item-${i}`));
const pageOf = (url: URL) => {
  const page = Number(url.searchParams.get('page'));
  const perPage = Number(url.searchParams.get('perPage'));
  return inventoryBody(all.slice((page - 1) * perPage, page * perPage), { count: all.length });
};

describe('useInfiniteInventory', () => {
  it('loads page after page on demand and flattens the items', async () => {
    const seen = serveInventory(pageOf);
    const { result } = renderWithProvider(() => useInfiniteInventory({ perPage: 2 }));
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(true);
    expect(result.current.isComplete).toBe(false);
    act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.items).toHaveLength(4));
    expect(seen.map((r) => r.url.searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('walks every page with loadAll and then reports the inventory complete', async () => {
    const seen = serveInventory(pageOf);
    const { result } = renderWithProvider(() => useInfiniteInventory({ perPage: 2, loadAll: true }));
    await waitFor(() => expect(result.current.isComplete).toBe(true));
    expect(result.current.items.map((item) => item.id)).toEqual(all.map((row) => row.id));
    expect(result.current.pagesLoaded).toBe(3);
    expect(result.current.count).toBe(5);
    expect(seen).toHaveLength(3);
  });

  it('does not call a filtered list complete', async () => {
    serveInventory(pageOf);
    const { result } = renderWithProvider(() => useInfiniteInventory({ perPage: 10, search: 'item' }));
    await waitFor(() => expect(result.current.items).toHaveLength(5));
    expect(result.current.hasNextPage).toBe(false);
    expect(result.current.isComplete).toBe(false);
  });
});
