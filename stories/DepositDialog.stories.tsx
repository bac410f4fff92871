/// <reference types="vite/client" />
import '../src/styles/tokens.css';
import '../src/components/DepositDialog/DepositDialog.css';
import { useEffect, useRef, type ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DepositDialog, type DepositDialogProps } from '../src/components/DepositDialog/DepositDialog.js';
import { formatCents, isDepositable, toCents, useDeposit, useDepositSelection, useInventory, type GameId } from '../src/index.js';
import type { RawInventoryItem } from '../src/mock/index.js';
import { activeMock, type AssetPayParameters } from '../.storybook/mockApi.js';

/** Story args: the dialog's props, minus the hook results the harness makes. */
type HarnessArgs = Omit<DepositDialogProps, 'selection' | 'deposit'> & {
  /** Game whose inventory is loaded. @default 730 */
  game?: GameId;
  /** How many depositable items to preselect. @default 3 */
  picks?: number;
  /** Units per preselected stack (Rust). */
  amount?: number;
};

/** The real hooks against the mock API, with a few items preselected once the inventory is in. */
function DialogHarness({ game = 730, picks = 3, amount, ...dialog }: HarnessArgs) {
  const inventory = useInventory({ game, perPage: 100 });
  const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game, collateral: inventory.collateral });
  const deposit = useDeposit({ selection });
  const picked = useRef(false);
  useEffect(() => {
    if (picked.current || inventory.items.length === 0) return;
    picked.current = true;
    for (const item of inventory.items.filter(isDepositable).slice(0, picks)) selection.select(item, amount);
  }, [inventory.items, selection, picks, amount]);
  return <DepositDialog selection={selection} deposit={deposit} {...dialog} />;
}

/** The rows the harness preselects, straight from the fake API (not from the UI). */
const pickedRows = (game: GameId, picks: number): RawInventoryItem[] =>
  activeMock
    .inventory(game)
    .slice(0, 100)
    .filter((row) => row.tradable && row.accepted && !!row.offer && row.offer.price > 0)
    .slice(0, picks);

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Waits for the preselection, then opens the dialog through its trigger. */
async function openDialog(canvasElement: HTMLElement, count = 3) {
  const trigger = await within(canvasElement).findByRole('button', { name: `Deposit ${count} items` }, { timeout: 5000 });
  await waitFor(() => expect(trigger).toBeEnabled());
  await userEvent.click(trigger);
  return body(canvasElement).findByRole('dialog', { name: 'Confirm deposit' });
}

/** Confirms and waits for the success state. */
async function confirmAndSucceed(canvasElement: HTMLElement, dialog: HTMLElement, name = 'Confirm deposit') {
  await userEvent.click(within(dialog).getByRole('button', { name }));
  return body(canvasElement).findByRole('dialog', { name: 'Deposit started' }, { timeout: 5000 });
}

const meta = {
  title: 'Components/DepositDialog',
  // The docs table shows DepositDialog's props; the stories render it through the harness above.
  component: DepositDialog as unknown as ComponentType<HarnessArgs>,
  render: (args) => <DialogHarness {...args} />,
  args: { picks: 3, onDeposited: fn(), onOpenChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<HarnessArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CS2: lines with exact totals, the instant-credit split with its date, then Confirm → trade id and status. */
export const Default: Story = {
  play: async ({ canvasElement, args, step }) => {
    const dialog = await openDialog(canvasElement);
    const rows = pickedRows(730, 3);
    await step('lines and total', async () => {
      const lines = within(dialog).getAllByRole('rowheader');
      await expect(lines.map((line) => line.textContent)).toEqual(rows.map((row) => row.name));
      const total = rows.reduce((sum, row) => sum + toCents(row.offer!.price), 0);
      await expect(within(dialog).getByText('You get', { selector: 'dt' }).nextElementSibling).toHaveTextContent(formatCents(total));
      await expect(within(dialog).getByText('Credited now (estimate)', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^≈ \$[\d,.]+ now/);
    });
    const success = await confirmAndSucceed(canvasElement, dialog);
    const trade = activeMock.trades[0]!;
    await expect(within(success).getByText(trade.id)).toBeVisible();
    await expect(within(success).getByText('INITIATED')).toBeVisible();
    await expect(within(success).getByText(trade.botInfo.name)).toBeVisible();
    await expect(args.onDeposited).toHaveBeenCalledTimes(1);
    await expect(activeMock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  },
};

/** Rust stacks: amount, unit payout and line total per stack; credited in full at once. */
export const Stackables: Story = {
  args: { game: 252490, picks: 2, amount: 3 },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 2);
    await expect(within(dialog).getByRole('columnheader', { name: 'Amount' })).toBeVisible();
    const expected = pickedRows(252490, 2).reduce((sum, row) => {
      const units = Math.min(3, row.amount ?? 1, row.offer!.maxAmount ?? row.amount ?? 1);
      return sum + toCents(row.offer!.price) * units;
    }, 0);
    await expect(within(dialog).getByText('You get', { selector: 'dt' }).nextElementSibling).toHaveTextContent(formatCents(expected));
    await expect(within(dialog).getByText(/Rust deposits are credited in full at once/)).toBeVisible();
    await confirmAndSucceed(canvasElement, dialog);
    await expect(toCents(activeMock.trades[0]!.totalPrice)).toBe(expected);
  },
};

/** The price moved before Confirm: old → new per item, the new total, "Confirm new prices", then success. */
export const PriceChanged: Story = {
  parameters: { assetpay: { scenario: 'price-changed' } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Prices changed/);
    const confirmNew = await within(dialog).findByRole('button', { name: 'Confirm new prices' });
    await waitFor(() => expect(dialog.querySelector('[data-slot=deposit-dialog-changes] li')).not.toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(confirmNew).not.toHaveAttribute('aria-disabled'));
    await expect(within(dialog).getByRole('listitem')).toHaveTextContent(pickedRows(730, 3)[0]!.name);
    await confirmAndSucceed(canvasElement, dialog, 'Confirm new prices');
    await expect(activeMock.requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  },
};

/** Too many deposits: the error in words with its support reference; the dialog and selection stay, Confirm waits. */
export const RateLimited: Story = {
  parameters: { assetpay: { scenario: 'rate-limited' } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Too many requests. Please wait a moment.');
    await expect(alert).toHaveTextContent(/Support reference: /);
    await expect(within(dialog).getAllByRole('rowheader')).toHaveLength(3);
    await expect(within(dialog).getByRole('button', { name: 'Confirm deposit' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The light preset, on the portalled overlay and content. */
export const Light: Story = {
  args: { theme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog).toHaveAttribute('data-ap-theme', 'light');
  },
};

/** The dark preset (the default). */
export const Dark: Story = {
  args: { theme: { preset: 'dark' } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog).toHaveAttribute('data-ap-theme', 'dark');
  },
};

/** Theme variables become `--ap-*` properties on the portalled parts, so they work outside the host's tree. */
export const CustomTheme: Story = {
  args: {
    theme: {
      preset: 'light',
      variables: { accent: '#0b6b4f', accentText: '#ffffff', surface: '#fffaf0', surfaceRaised: '#f3ead8', text: '#2b1d0e', mutedText: '#5c4630', border: '#c9b79c', radius: '2px', fontFamily: 'Georgia, serif' },
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.style.getPropertyValue('--ap-accent')).toBe('#0b6b4f');
  },
};

/** No `ap-DepositDialog-*` classes: the host styles the parts through `data-slot` or `classNames`. */
export const Unstyled: Story = {
  args: { unstyled: true, theme: { preset: 'light' } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.ownerDocument.querySelectorAll('[class*="ap-DepositDialog"]')).toHaveLength(0);
    await confirmAndSucceed(canvasElement, dialog);
  },
};
