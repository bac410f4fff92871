import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useDeposit, useDepositSelection, useInventory, type AssetPayError, type GameId } from '../../src/index.js';
import { createMockAssetPay, type MockScenario } from '../../src/mock/index.js';
import { row, stack } from '../mock/helpers.js';
import { server } from '../server.js';
import { renderWithProvider } from './utils.js';

function setup(scenario: MockScenario, game: GameId = 730, details: 'documented' | 'rich' = 'rich') {
  const mock = createMockAssetPay({
    details,
    inventories: {
      730: [row('item-a', 'AK-47 | Redline', 10), row('item-b', 'AWP | Asiimov', 20)],
      252490: [stack('wood-1', 'Wood', 0.07, 100, 50)],
    },
    scenario,
  });
  server.use(...mock.handlers);
  const rendered = renderWithProvider(() => {
    const inventory = useInventory({ game });
    const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game, collateral: inventory.collateral });
    const deposit = useDeposit({ selection });
    return { inventory, selection, deposit };
  });
  return { mock, ...rendered };
}

async function depositAndFail(result: { current: { deposit: { deposit: () => Promise<unknown> } } }): Promise<AssetPayError> {
  let caught: unknown;
  await act(async () => {
    await result.current.deposit.deposit().catch((error: unknown) => (caught = error));
  });
  return caught as AssetPayError;
}

const inventoryReads = (mock: { requests: { method: string; url: string }[] }) => mock.requests.filter((r) => r.url.includes('/client/inventory')).length;

describe('useDeposit repairs the selection after a refused deposit', () => {
  // `rich`: the answer names the items in `details`; `documented`: no details (as AssetPay documents
  // for every key but ITEM_OVERSTOCKED), so the re-fetched inventory shows what changed.
  it.each<[MockScenario, 'documented' | 'rich', string, string]>([
    ['no-offer-found', 'rich', 'NO_OFFER_FOUND', 'no-offer'],
    ['no-offer-found', 'documented', 'NO_OFFER_FOUND', 'no-offer'],
    ['items-unavailable', 'rich', 'ITEMS_UNAVAILABLE', 'unavailable'],
    ['items-unavailable', 'documented', 'ITEMS_UNAVAILABLE', 'gone'],
    ['item-overstocked', 'documented', 'ITEM_OVERSTOCKED', 'overstocked'],
  ])('%s (%s details): drops the named item with a reason, keeps the rest', async (scenario, details, key, reason) => {
    const { result, mock } = setup(scenario, 730, details);
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(2));
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    const error = await depositAndFail(result);
    expect(error.key).toBe(key);
    await waitFor(() => expect(Object.keys(result.current.selection.selection)).toEqual(['item-b']));
    expect(result.current.selection.dropped).toEqual([{ id: 'item-a', name: 'AK-47 | Redline', reason }]);
    // Confirming again deposits only what is left.
    await act(async () => {
      await result.current.deposit.deposit();
    });
    expect(mock.trades[0]!.items.map((item) => item.id)).toEqual(['item-b']);
  });

  it('re-fetches the inventory on remove keys', async () => {
    const { result, mock } = setup('no-offer-found');
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(2));
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    const before = inventoryReads(mock);
    await depositAndFail(result);
    await waitFor(() => expect(inventoryReads(mock)).toBe(before + 1));
    await waitFor(() => expect(result.current.inventory.items.find((item) => item.id === 'item-a')?.offer).toBeUndefined());
  });

  it('exceeds-max-amount: lowers the stack and reports from → to', async () => {
    const { result } = setup('exceeds-max-amount', 252490);
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(1));
    act(() => result.current.selection.select(result.current.inventory.items[0]!, 6));
    const error = await depositAndFail(result);
    expect(error.key).toBe('EXCEEDS_MAX_AMOUNT');
    await waitFor(() => expect(result.current.selection.amountOf('wood-1')).toBe(5));
    expect(result.current.selection.adjusted).toEqual([{ id: 'wood-1', name: 'Wood', from: 6, to: 5, reason: 'max-amount' }]);
    act(() => result.current.selection.acknowledgeChanges());
    expect(result.current.selection.adjusted).toEqual([]);
  });

  it('leaves the selection alone on keys that repair nothing', async () => {
    const { result } = setup('rate-limited');
    await waitFor(() => expect(result.current.inventory.items).toHaveLength(2));
    act(() => result.current.selection.selectAll(result.current.inventory.items));
    expect((await depositAndFail(result)).key).toBe('RATE_LIMITED');
    expect(result.current.selection.count).toBe(2);
    expect(result.current.selection.dropped).toEqual([]);
  });
});
