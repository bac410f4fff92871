import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useDeposit, useDepositSelection, useInventory, type GameId, type UseDepositSelectionOptions } from '../../src/index.js';
import { createMockAssetPay, type RawInventoryItem } from '../../src/mock/index.js';
import { selectionStorageKey } from '../../src/core/selection/persist.js';
import { server } from '../server.js';
import { apiItem, renderWithProvider } from './utils.js';

const USER = '76561198000000001';
const TOKEN = 'secret-client-token-xyz';
const keyOf = (game: GameId = 730, user = USER) => selectionStorageKey(user, game);

const cs2Row = (id: string, price = 10.75) => apiItem(id, { offer: { price, reference: `ref-${id}`, maxAmount: 1 } }) as unknown as RawInventoryItem;
const rustRow = (id: string, amount: number) =>
  apiItem(id, { appid: 252490, name: `Wood ${id}`, amount, offer: { price: 0.15, reference: `ref-${id}`, maxAmount: 100 }, exterior: undefined, wear: undefined }) as unknown as RawInventoryItem;

function serveMock(rows: { 730?: RawInventoryItem[]; 252490?: RawInventoryItem[] } = { 730: [cs2Row('item-a'), cs2Row('item-b'), cs2Row('item-c')], 252490: [rustRow('wood-1', 20)] }) {
  const mock = createMockAssetPay({ inventories: rows });
  server.use(...mock.handlers);
  return mock;
}

interface FlowProps {
  game?: GameId;
  persist?: UseDepositSelectionOptions['persist'];
  selection?: UseDepositSelectionOptions['selection'];
}

function useFlow({ game = 730, persist, selection: controlled }: FlowProps) {
  const inventory = useInventory({ game });
  const selection = useDepositSelection({
    items: inventory.items,
    inventoryComplete: inventory.isComplete,
    game,
    collateral: inventory.collateral,
    persist,
    selection: controlled,
  });
  const deposit = useDeposit({ selection });
  return { inventory, selection, deposit };
}

/** A page load: a new QueryClient and provider around the flow, over the same storage. `persist` defaults to true here. */
function load(props: FlowProps = {}, userKey: string | null = USER) {
  const rendered = renderWithProvider(useFlow, {
    initialProps: { persist: true, ...props },
    provider: { userKey: userKey ?? undefined, getToken: () => TOKEN },
  });
  const loaded = () => waitFor(() => expect(rendered.result.current.inventory.isComplete).toBe(true));
  return { ...rendered, loaded };
}

async function loadAndSelect(ids: string[], props: FlowProps = {}, userKey: string | null = USER) {
  const page = load(props, userKey);
  await page.loaded();
  for (const id of ids) {
    const item = page.result.current.inventory.items.find((candidate) => candidate.id === id)!;
    act(() => page.result.current.selection.toggle(item));
  }
  return page;
}

function memoryStorage(overrides: Partial<Storage> = {}) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: vi.fn((key: string) => data.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void data.set(key, value)),
    removeItem: vi.fn((key: string) => void data.delete(key)),
    ...overrides,
  };
}

const ids = (page: ReturnType<typeof load>) => page.result.current.selection.selectedItems.map((line) => line.item.id);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('selection persistence', () => {
  it('is off by default: nothing is written', async () => {
    serveMock();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const page = await loadAndSelect(['item-a'], { persist: undefined });
    expect(page.result.current.selection.count).toBe(1);
    expect(sessionStorage.length).toBe(0);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('restores the selection after a reload, before the inventory has loaded', async () => {
    serveMock();
    const first = await loadAndSelect(['item-a', 'item-c']);
    const totalCents = first.result.current.selection.totalCents;
    first.unmount();

    const second = load();
    expect(second.result.current.inventory.isLoading).toBe(true);
    expect(ids(second)).toEqual(['item-a', 'item-c']);
    expect(second.result.current.selection.totalCents).toBe(totalCents);
    await second.loaded();
    expect(ids(second)).toEqual(['item-a', 'item-c']);
    expect(second.result.current.selection.priceChanges).toEqual([]);
    expect(second.result.current.selection.dropped).toEqual([]);
    // Once fresh data confirms the offer, the full item replaces the short stored snapshot.
    const fresh = second.result.current.inventory.items.find((item) => item.id === 'item-a');
    await waitFor(() => expect(second.result.current.selection.selectedItems[0]!.item).toBe(fresh));
  });

  it('keeps users apart', async () => {
    serveMock();
    (await loadAndSelect(['item-a'])).unmount();
    const other = await loadAndSelect(['item-b'], {}, '76561198000000002');
    expect(ids(other)).toEqual(['item-b']);
    other.unmount();
    expect(ids(load())).toEqual(['item-a']);
    expect(ids(load({}, '76561198000000002'))).toEqual(['item-b']);
  });

  it('keeps games apart and swaps in each game’s own selection on a game switch', async () => {
    serveMock();
    const page = await loadAndSelect(['item-a']);
    page.rerender({ persist: true, game: 252490 });
    expect(page.result.current.selection.count).toBe(0);
    await waitFor(() => expect(page.result.current.inventory.items.map((item) => item.id)).toEqual(['wood-1']));
    act(() => page.result.current.selection.select(page.result.current.inventory.items[0]!, 7));
    page.rerender({ persist: true, game: 730 });
    expect(ids(page)).toEqual(['item-a']);
    page.unmount();
    expect(ids(load({ game: 252490 }))).toEqual(['wood-1']);
    expect(JSON.parse(sessionStorage.getItem(keyOf(252490))!).lines[0].amount).toBe(7);
  });

  it('stores nothing without a userKey or key, and warns once', async () => {
    serveMock();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = await loadAndSelect(['item-a'], {}, null);
    expect(page.result.current.selection.count).toBe(1);
    expect(sessionStorage.length).toBe(0);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('userKey'))).toHaveLength(1);
  });

  it('uses an explicit key and storage as given', async () => {
    serveMock();
    const storage = memoryStorage();
    const page = await loadAndSelect(['item-b'], { persist: { key: 'site:user-9:cs2', storage } }, null);
    expect([...storage.data.keys()]).toEqual(['site:user-9:cs2']);
    page.unmount();
    expect(ids(load({ persist: { key: 'site:user-9:cs2', storage } }, null))).toEqual(['item-b']);
    expect(sessionStorage.length).toBe(0);
  });

  it('stores nothing while the selection is controlled, and says so', async () => {
    serveMock();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = load({ selection: {} });
    await page.loaded();
    act(() => page.result.current.selection.toggle(page.result.current.inventory.items[0]!));
    expect(sessionStorage.length).toBe(0);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('controlled'))).toHaveLength(1);
  });

  it.each([
    ['broken JSON', '{"version":1,"lines":['],
    ['an old version', JSON.stringify({ version: 0, game: 730, lines: [{ amount: 1, item: cs2Row('item-a') }] })],
    ['foreign data', JSON.stringify({ cart: ['item-a'] })],
  ])('ignores and removes %s', async (_, text) => {
    serveMock();
    sessionStorage.setItem(keyOf(), text);
    const page = load();
    expect(page.result.current.selection.count).toBe(0);
    expect(sessionStorage.getItem(keyOf())).toBeNull();
    await page.loaded();
  });

  it('turns itself off when storage refuses to write', async () => {
    serveMock();
    const storage = memoryStorage({
      setItem: vi.fn(() => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    });
    const page = await loadAndSelect(['item-a', 'item-b'], { persist: { storage } });
    expect(page.result.current.selection.count).toBe(2);
    expect(storage.setItem).toHaveBeenCalledTimes(1);
  });

  it('turns itself off when storage refuses to read', async () => {
    serveMock();
    const storage = memoryStorage({
      getItem: vi.fn(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    });
    const page = await loadAndSelect(['item-a'], { persist: { storage } });
    expect(page.result.current.selection.count).toBe(1);
    expect(storage.setItem).not.toHaveBeenCalled();
  });

  it('reports a price that changed between save and reload, and deposits nothing at an unseen price', async () => {
    const mock = serveMock();
    (await loadAndSelect(['item-a'])).unmount();
    mock.reprice('item-a', 12);

    const page = load();
    // Before fresh data: the price and reference the user saw.
    expect(page.result.current.selection.toDepositRequest().items).toEqual([{ itemId: 'item-a', offer: { price: 10.75, reference: 'ref-item-a' } }]);
    await page.loaded();
    const change = { id: 'item-a', name: expect.any(String), oldPriceCents: 1075, newPriceCents: 1200 };
    await waitFor(() => expect(page.result.current.selection.priceChanges).toEqual([change]));
    page.unmount();

    // Reloaded before acknowledging: still reported, not silently taken.
    const again = load();
    await again.loaded();
    await waitFor(() => expect(again.result.current.selection.priceChanges).toEqual([change]));
    act(() => again.result.current.selection.acknowledgeChanges());
    again.unmount();
    const acknowledged = load();
    expect(acknowledged.result.current.selection.totalCents).toBe(1200);
    await acknowledged.loaded();
    expect(acknowledged.result.current.selection.priceChanges).toEqual([]);
  });

  it('drops a restored item the fresh complete inventory no longer has, with a reason', async () => {
    const mock = serveMock();
    (await loadAndSelect(['item-a', 'item-b'])).unmount();
    const rows = mock.inventory(730);
    rows.splice(rows.findIndex((row) => row.id === 'item-b'), 1);

    const page = load();
    expect(page.result.current.selection.count).toBe(2);
    await page.loaded();
    await waitFor(() => expect(page.result.current.selection.dropped).toEqual([{ id: 'item-b', name: expect.any(String), reason: 'gone' }]));
    expect(ids(page)).toEqual(['item-a']);
    expect(JSON.parse(sessionStorage.getItem(keyOf())!).lines.map((line: { item: { id: string } }) => line.item.id)).toEqual(['item-a']);
  });

  it('clamps a restored amount to the fresh stack', async () => {
    const mock = serveMock();
    const first = await loadAndSelect([], { game: 252490 });
    act(() => first.result.current.selection.select(first.result.current.inventory.items[0]!, 15));
    expect(first.result.current.selection.units).toBe(15);
    first.unmount();
    mock.inventory(252490)[0]!.amount = 4;

    const page = load({ game: 252490 });
    expect(page.result.current.selection.units).toBe(15);
    await page.loaded();
    await waitFor(() => expect(page.result.current.selection.units).toBe(4));
  });

  it('removes the stored selection after a successful deposit and after clear()', async () => {
    const mock = serveMock();
    const page = await loadAndSelect(['item-a', 'item-b']);
    expect(sessionStorage.getItem(keyOf())).not.toBeNull();
    await act(async () => {
      await page.result.current.deposit.deposit({ isInstant: true });
    });
    expect(mock.trades).toHaveLength(1);
    expect(page.result.current.selection.count).toBe(0);
    expect(sessionStorage.getItem(keyOf())).toBeNull();

    await waitFor(() => expect(page.result.current.inventory.items.map((item) => item.id)).toEqual(['item-c']));
    act(() => page.result.current.selection.toggle(page.result.current.inventory.items[0]!));
    expect(sessionStorage.getItem(keyOf())).not.toBeNull();
    act(() => page.result.current.selection.clear());
    expect(sessionStorage.getItem(keyOf())).toBeNull();
  });

  it('never stores the token', async () => {
    serveMock();
    await loadAndSelect(['item-a', 'item-b', 'item-c']);
    expect(sessionStorage.length).toBe(1);
    for (let index = 0; index < sessionStorage.length; index++) {
      const key = sessionStorage.key(index)!;
      expect(key).not.toContain(TOKEN);
      expect(sessionStorage.getItem(key)).not.toContain(TOKEN);
    }
  });
});
