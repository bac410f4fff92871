// The real hooks, a few items preselected, and the deposit dialog, over the fake API: shared by the
// refusal and error-matrix tests.
import { useEffect, useRef } from 'react';
import { expect } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { DepositDialog, type DepositDialogProps } from '../../src/components/DepositDialog/DepositDialog.js';
import { AssetPayProvider, isDepositable, type ApiVariant, useDeposit, useDepositSelection, useInventory, type AssetPayProviderProps, type GameId } from '../../src/index.js';
import { createMockAssetPay, type MockAssetPayOptions } from '../../src/mock/index.js';
import { row, stack } from '../mock/helpers.js';
import { server } from '../server.js';

interface HarnessProps {
  game: GameId;
  picks: number;
  amount?: number;
  reconcileDelaysMs?: number[];
  dialog?: Partial<DepositDialogProps>;
}

function Harness({ game, picks, amount, reconcileDelaysMs, dialog }: HarnessProps) {
  const inventory = useInventory({ game });
  const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game, collateral: inventory.collateral });
  const deposit = useDeposit({ selection, reconcileDelaysMs });
  const picked = useRef(false);
  useEffect(() => {
    if (picked.current || inventory.items.length === 0) return;
    picked.current = true;
    for (const item of inventory.items.filter(isDepositable).slice(0, picks)) selection.select(item, amount);
  }, [inventory.items, selection, picks, amount]);
  return <DepositDialog selection={selection} deposit={deposit} {...dialog} />;
}

/** Two CS2 items and one Rust stack of 100 (50 accepted at once). */
export const fixtureRows = () => ({
  730: [row('item-a', 'AK-47 | Redline', 10), row('item-b', 'AWP | Asiimov', 20)],
  252490: [stack('wood-1', 'Wood', 0.07, 100, 50)],
});

export interface DialogSetup {
  game?: GameId;
  picks?: number;
  amount?: number;
  /** API variant of both the fake API and the provider. @default 'co' */
  variant?: ApiVariant;
  mock?: MockAssetPayOptions;
  provider?: Partial<AssetPayProviderProps>;
  /** Look-ups of a lost deposit answer. @default four at once (tests need no real wait) */
  reconcileDelaysMs?: number[];
  /** More props of the dialog (`open`, `onOpenChange`, …). @default {} */
  dialog?: Partial<DepositDialogProps>;
}

/** The base URL of each API variant. */
export const BASE_URLS: Readonly<Record<ApiVariant, string>> = { co: 'https://api.assetpay.co', gg: 'https://api.assetpay.gg' };
/** Both variants, for `describe.each`. */
export const VARIANTS: readonly ApiVariant[] = ['co', 'gg'];

/**
 * Renders the harness over a fresh fake API with {@link fixtureRows}. `setDialog` renders it again
 * with other dialog props, keeping every state (as a host re-rendering with a new `open` does).
 */
export function renderDialog({ game = 730, picks = 2, amount, variant = 'co', mock: options, provider, reconcileDelaysMs = [0, 0, 0, 0], dialog }: DialogSetup = {}) {
  const mock = createMockAssetPay({ inventories: fixtureRows(), variant, ...options });
  server.use(...mock.handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const tree = (props?: Partial<DepositDialogProps>) => (
    <AssetPayProvider getToken={() => 'tok'} baseUrl={BASE_URLS[variant]} refreshOnSessionStart={false} retry={0} queryClient={queryClient} {...provider}>
      <Harness game={game} picks={picks} amount={amount} reconcileDelaysMs={reconcileDelaysMs} dialog={props} />
    </AssetPayProvider>
  );
  const view = render(tree(dialog));
  return { mock, user: userEvent.setup(), setDialog: (props: Partial<DepositDialogProps>) => view.rerender(tree(props)) };
}

/** Opens the dialog from its trigger and presses Confirm once. */
export async function openAndConfirm(user: ReturnType<typeof userEvent.setup>, count: number) {
  const trigger = await screen.findByRole('button', { name: `Deposit ${count} ${count === 1 ? 'item' : 'items'}` });
  await waitFor(() => expect(trigger).toBeEnabled());
  await user.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' });
  await user.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
  return dialog;
}
