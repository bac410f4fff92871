import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, useInventory, useDepositSelection, useDeposit, formatCents } from '../../src/index.js';
import { createMockAssetPay } from '../../src/mock/index.js';
import { server } from '../server.js';

// The README's quick start, verbatim apart from the token source.
function Deposit() {
  const inventory = useInventory({ game: 730 });
  const selection = useDepositSelection({ items: inventory.items, collateral: inventory.collateral });
  const { deposit, trade, error, isPending } = useDeposit({ selection });
  return (
    <>
      {inventory.items.map((item) => (
        <button key={item.id} aria-pressed={selection.isSelected(item.id)}
          disabled={selection.getDisabledReason(item) !== null} onClick={() => selection.toggle(item)}>
          {item.name} · {formatCents(item.offer?.priceCents ?? 0)}
        </button>
      ))}
      <button disabled={!selection.count || isPending} onClick={() => deposit().catch(() => {})}>
        Deposit {selection.count} for {formatCents(selection.totalCents)}
      </button>
      {trade && <p>Trade {trade.id}: {trade.status}</p>}
      {error && <p role="alert">{error.key} (request {error.requestId})</p>}
    </>
  );
}

describe('README quick start', () => {
  it('deposits against the embedded mock API', async () => {
    const mock = createMockAssetPay({ seed: 3 });
    server.use(...mock.handlers);
    const user = userEvent.setup();
    render(
      <AssetPayProvider getToken={() => 'demo-token'} queryClient={new QueryClient()} refreshOnSessionStart={false}>
        <Deposit />
      </AssetPayProvider>,
    );
    const items = await screen.findAllByRole('button', { pressed: false });
    const enabled = items.filter((button) => !(button as HTMLButtonElement).disabled);
    await user.click(enabled[0]!);
    await user.click(enabled[1]!);
    const submit = screen.getByRole('button', { name: /^Deposit 2 for/ });
    await user.click(submit);
    expect(await screen.findByText(/^Trade .+: INITIATED$/)).toBeInTheDocument();
    const deposits = mock.requests.filter((request) => request.method === 'POST');
    expect(deposits).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Deposit 0 for/ })).toBeDisabled());
  });
});
