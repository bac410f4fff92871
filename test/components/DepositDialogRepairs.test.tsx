import { useEffect, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { DepositDialog } from '../../src/components/DepositDialog.js';
import { AssetPayProvider, isDepositable, useDeposit, useDepositSelection, useInventory, type GameId } from '../../src/index.js';
import { createMockAssetPay, type MockScenario } from '../../src/mock/index.js';
import { row, stack } from '../mock/helpers.js';
import { server } from '../server.js';

function Harness({ game, picks, amount }: { game: GameId; picks: number; amount?: number }) {
  const inventory = useInventory({ game });
  const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game, collateral: inventory.collateral });
  const deposit = useDeposit({ selection });
  const picked = useRef(false);
  useEffect(() => {
    if (picked.current || inventory.items.length === 0) return;
    picked.current = true;
    for (const item of inventory.items.filter(isDepositable).slice(0, picks)) selection.select(item, amount);
  }, [inventory.items, selection, picks, amount]);
  return <DepositDialog selection={selection} deposit={deposit} />;
}

function setup(scenario: MockScenario, game: GameId = 730, picks = 2, amount?: number) {
  const mock = createMockAssetPay({
    inventories: { 730: [row('item-a', 'AK-47 | Redline', 10), row('item-b', 'AWP | Asiimov', 20)], 252490: [stack('wood-1', 'Wood', 0.07, 100, 50)] },
    scenario,
  });
  server.use(...mock.handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AssetPayProvider getToken={() => 'tok'} refreshOnSessionStart={false} retry={0} queryClient={queryClient}>
      <Harness game={game} picks={picks} amount={amount} />
    </AssetPayProvider>,
  );
  return { mock, user: userEvent.setup() };
}

async function openAndConfirm(user: ReturnType<typeof userEvent.setup>, count: number) {
  const trigger = await screen.findByRole('button', { name: `Deposit ${count} ${count === 1 ? 'item' : 'items'}` });
  await waitFor(() => expect(trigger).toBeEnabled());
  await user.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' });
  await user.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
  return dialog;
}

describe('DepositDialog: selection repaired after a refused deposit', () => {
  it.each<[MockScenario, string, string]>([
    ['no-offer-found', 'Some items have no offer right now.', 'AK-47 | Redline removed: no offer right now'],
    ['items-unavailable', 'Some items are no longer in your inventory.', 'AK-47 | Redline removed: no longer in your inventory'],
    ['item-overstocked', 'Some items are not needed right now, or only in smaller amounts.', 'AK-47 | Redline removed: not needed right now'],
  ])('%s: the error and the removed item in words; the rest can be confirmed', async (scenario, message, removed) => {
    const { user, mock } = setup(scenario);
    const dialog = await openAndConfirm(user, 2);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent(removed));
    expect(within(dialog).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['AWP | Asiimov']);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
    await screen.findByRole('dialog', { name: 'Deposit started' });
    expect(mock.trades[0]!.items.map((item) => item.id)).toEqual(['item-b']);
  });

  it('exceeds-max-amount: shows the lowered amount from → to', async () => {
    const { user } = setup('exceeds-max-amount', 252490, 1, 6);
    const dialog = await openAndConfirm(user, 1);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Some amounts are more than accepted at once.');
    await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 5 (more than accepted at once)'));
    expect(within(dialog).getByRole('row', { name: /Wood/ })).toHaveTextContent(/^Wood5/);
  });
});
