import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { GameId } from '../../src/index.js';
import type { MockScenario } from '../../src/mock/index.js';
import { openAndConfirm, renderDialog } from './dialogHarness.js';

const setup = (scenario: MockScenario, game: GameId = 730, picks = 2, amount?: number) => renderDialog({ game, picks, amount, mock: { scenario } });

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
