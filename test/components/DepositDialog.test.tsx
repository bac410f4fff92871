import { createRef, useEffect, useRef, type Ref } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { DepositDialog, type DepositDialogProps } from '../../src/components/DepositDialog/DepositDialog.js';
import {
  AssetPayProvider,
  formatCents,
  isDepositable,
  toCents,
  useDeposit,
  useDepositSelection,
  useInventory,
  type GameId,
  type UseDepositResult,
  type UseDepositSelectionResult,
} from '../../src/index.js';
import { createMockAssetPay, createMockInventory, type MockAssetPay, type MockAssetPayOptions, type RawInventoryItem } from '../../src/mock/index.js';
import { server } from '../server.js';

const DEPOSIT_URL = 'https://api.assetpay.co/client/trading/deposit';

interface HarnessProps {
  game?: GameId;
  picks?: number;
  /** Units per picked stack (Rust). */
  amount?: number;
  dialog?: Partial<DepositDialogProps>;
  /** The dialog's forwarded ref. */
  dialogRef?: Ref<HTMLDivElement>;
  probe?: { selection?: UseDepositSelectionResult; deposit?: UseDepositResult };
}

/** The real hooks, a few items preselected, and the dialog. */
function Harness({ game = 730, picks = 3, amount, dialog, dialogRef, probe }: HarnessProps) {
  const inventory = useInventory({ game, perPage: 500 });
  const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game, collateral: inventory.collateral });
  const deposit = useDeposit({ selection, reconcileDelaysMs: [0, 0] });
  if (probe) Object.assign(probe, { selection, deposit });
  const picked = useRef(false);
  useEffect(() => {
    if (picked.current || inventory.items.length === 0) return;
    picked.current = true;
    for (const item of inventory.items.filter(isDepositable).slice(0, picks)) selection.select(item, amount);
  }, [inventory.items, selection, picks, amount]);
  return <DepositDialog ref={dialogRef} selection={selection} deposit={deposit} {...dialog} />;
}

let mock: MockAssetPay;

function setup(props: HarnessProps = {}, options: MockAssetPayOptions = {}) {
  mock = createMockAssetPay({ seed: 1, ...options });
  server.use(...mock.handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <AssetPayProvider getToken={() => 'tok'} refreshOnSessionStart={false} retry={0} queryClient={queryClient}>
      <Harness {...props} />
    </AssetPayProvider>,
  );
  return { user, view, queryClient };
}

/** Raw rows the harness picks, from the fake API's own data (not from the UI). */
function pickedRows(game: GameId = 730, picks = 3): RawInventoryItem[] {
  const rows = mock.inventory(game).filter((row) => row.tradable && row.accepted && row.offer && row.offer.price > 0);
  return rows.slice(0, picks);
}

const posts = () => mock.requests.filter((request) => request.method === 'POST');
const dialog = () => screen.getByRole('dialog');
const confirmButton = () => within(dialog()).getByRole('button', { name: /^(Confirm deposit|Confirm new prices|Sending…)$/ });
const dd = (term: string) => within(dialog()).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

async function openDialog(user: ReturnType<typeof userEvent.setup>, count = 3) {
  const trigger = await screen.findByRole('button', { name: `Deposit ${count} ${count === 1 ? 'item' : 'items'}` }, { timeout: 10_000 });
  await waitFor(() => expect(trigger).toBeEnabled());
  await user.click(trigger);
  await screen.findByRole('dialog', { name: 'Confirm deposit' });
  return trigger;
}

afterEach(() => vi.useRealTimers());

describe('DepositDialog', () => {
  it('lists the selected items with exact line totals, the payout and the instant-credit split with its date', async () => {
    const { user } = setup();
    await openDialog(user);
    const rows = pickedRows();
    const lines = within(dialog()).getAllByRole('row').filter((row) => row.getAttribute('data-slot') === 'deposit-dialog-line');
    expect(lines).toHaveLength(3);
    rows.forEach((row, index) => {
      expect(within(lines[index]!).getByRole('rowheader')).toHaveTextContent(row.name);
      expect(within(lines[index]!).getByRole('cell')).toHaveTextContent(formatCents(toCents(row.offer!.price)));
    });
    // CS2 has no amount column.
    expect(within(dialog()).queryByRole('columnheader', { name: 'Amount' })).toBeNull();
    const total = rows.reduce((sum, row) => sum + toCents(row.offer!.price), 0);
    expect(dd('You get')).toHaveTextContent(new RegExp(`^${formatCents(total).replace(/[$.]/g, '\\$&')}$`));
    const now = Math.min(total, 2500);
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(Date.now() + 7 * 864e5));
    const split = dd('Credited now (estimate)');
    expect(split).toHaveTextContent(
      total > now
        ? `≈ ${formatCents(now)} now, ${formatCents(total - now)} after Steam’s 7-day trade protection (around ${date})`
        : `≈ ${formatCents(now)} now`,
    );
    expect(dialog()).toHaveAccessibleDescription('A Steam trade offer will be sent to you. Accept it in Steam to finish.');
  });

  it('takes every text of its views from labels (no separate label props)', async () => {
    const { user } = setup({ game: 252490, picks: 2, amount: 3, dialog: { labels: { unitPrice: 'Each', confirm: 'Go' } } });
    await openDialog(user, 2);
    expect(within(dialog()).getByRole('columnheader', { name: 'Each' })).toBeInTheDocument();
    expect(within(dialog()).queryByRole('columnheader', { name: 'Per unit' })).toBeNull();
    expect(within(dialog()).getByRole('button', { name: 'Go' })).toBeInTheDocument();
  });

  it('shows amounts, unit payouts and line totals of Rust stacks, all credited at once', async () => {
    const { user } = setup({ game: 252490, picks: 2, amount: 3 });
    await openDialog(user, 2);
    const rows = pickedRows(252490, 2);
    expect(within(dialog()).getByRole('columnheader', { name: 'Amount' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('columnheader', { name: 'Per unit' })).toBeInTheDocument();
    const lines = within(dialog()).getAllByRole('row').filter((row) => row.getAttribute('data-slot') === 'deposit-dialog-line');
    let total = 0;
    rows.forEach((row, index) => {
      const max = Math.min(row.amount ?? 1, row.offer!.maxAmount ?? row.amount ?? 1);
      const units = Math.min(3, max);
      const unit = toCents(row.offer!.price);
      total += unit * units;
      const cells = within(lines[index]!).getAllByRole('cell');
      expect(cells.map((cell) => cell.textContent)).toEqual([String(units), formatCents(unit), formatCents(unit * units)]);
    });
    expect(dd('You get')).toHaveTextContent(formatCents(total));
    expect(dd('Credited now (estimate)')).toHaveTextContent(`${formatCents(total)} Rust deposits are credited in full at once.`);
  });

  it('sends exactly one POST on a double click and Enter while pending, then shows the trade', async () => {
    const onDeposited = vi.fn();
    const probe: HarnessProps['probe'] = {};
    // Long enough that every later key and click lands while the deposit is still pending.
    const { user } = setup({ dialog: { onDeposited }, probe }, { latencyMs: 1500 });
    await openDialog(user);
    const button = confirmButton();
    await user.dblClick(button);
    await waitFor(() => expect(button).toHaveTextContent('Sending…'));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-pending');
    expect(dialog()).toHaveAttribute('data-pending');
    button.focus();
    await user.keyboard('{Enter}');
    await user.click(button);
    // Escape does not close the dialog while sending.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    const success = await screen.findByRole('dialog', { name: 'Deposit started' }, { timeout: 10_000 });
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.body).toMatchObject({ isInstant: true, game: '730' });
    const trade = mock.trades[0]!;
    expect(within(success).getByText(trade.id)).toHaveAttribute('data-field', 'trade-id');
    expect(within(success).getByText('Trade', { selector: 'dt' }).nextElementSibling).toHaveTextContent(trade.id);
    expect(within(success).getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('INITIATED');
    expect(within(success).getByText('Sent by', { selector: 'dt' }).nextElementSibling).toHaveTextContent(trade.botInfo.name);
    // The trade is followed live: only the status sentence is a live region, not the whole view.
    expect(within(success).getByRole('status')).toHaveTextContent('We are preparing your Steam trade offer.');
    expect(within(success).getByRole('status').closest('[data-slot=deposit-dialog-success]')).not.toBeNull();
    // The fake trade has no offerID yet: no link.
    expect(within(success).queryByRole('link')).toBeNull();
    expect(within(success).queryByRole('button', { name: /Confirm/ })).toBeNull();
    expect(onDeposited).toHaveBeenCalledTimes(1);
    expect(onDeposited).toHaveBeenCalledWith(expect.objectContaining({ id: trade.id }));

    // Focus moves to Close when Confirm goes away; closing after success resets the mutation.
    await waitFor(() => expect(within(success).getByRole('button', { name: 'Close' })).toHaveFocus());
    expect(probe.deposit?.trade).toBeDefined();
    await user.click(within(success).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(probe.deposit?.trade).toBeUndefined());
  });

  it.each([
    ['7654321', true],
    ['javascript:alert(1)', false],
    ['123/../../evil', false],
    ['123456789012345678901', false],
  ])('links to the Steam offer only for an all-digits offerID (%s)', async (offerID, linked) => {
    const { user } = setup();
    server.use(
      http.post(DEPOSIT_URL, () =>
        HttpResponse.json({
          requestId: 'req-ok',
          success: true,
          data: { id: 'trade-42', status: 'PENDING', items: [], totalPrice: 1.5, offerID, botInfo: { name: '<b>Bot</b>' } },
        }),
      ),
    );
    await openDialog(user);
    await user.click(confirmButton());
    const success = await screen.findByRole('dialog', { name: 'Deposit started' });
    expect(within(success).getByText('<b>Bot</b>')).toBeInTheDocument();
    const link = within(success).queryByRole('link', { name: 'Open the trade offer in Steam' });
    if (linked) expect(link).toHaveAttribute('href', `https://steamcommunity.com/tradeoffer/${offerID}/`);
    else expect(link).toBeNull();
    expect(success.querySelector('a')).toBe(link);
  });

  it('re-quotes on PRICE_CHANGED: old → new price, new total, "Confirm new prices", then deposits', async () => {
    const { user } = setup({}, { scenario: 'price-changed' });
    await openDialog(user);
    const first = pickedRows()[0]!;
    const oldCents = toCents(first.offer!.price);
    const oldTotal = pickedRows().reduce((sum, row) => sum + toCents(row.offer!.price), 0);
    await user.click(confirmButton());

    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('Prices changed since you picked these items. Check the new prices and confirm again.');
    expect(alert).toHaveTextContent(/Support reference: [0-9a-f-]{8,}/);
    const changes = await waitFor(() => {
      const list = dialog().querySelector('[data-slot=deposit-dialog-changes]');
      expect(list).not.toBeNull();
      return list as HTMLElement;
    });
    const newCents = toCents(mock.inventory(730).find((row) => row.id === first.id)!.offer!.price);
    expect(newCents).not.toBe(oldCents);
    expect(within(changes).getByRole('listitem')).toHaveTextContent(`${first.name} ${formatCents(oldCents)} → ${formatCents(newCents)}`);
    const total = dd('You get');
    expect(total.closest('[data-slot=deposit-dialog-total]')).toHaveAttribute('data-changed');
    expect(total).toHaveTextContent(`${formatCents(oldTotal)} ${formatCents(oldTotal - oldCents + newCents)}`);
    expect(posts()).toHaveLength(1);

    await user.click(within(dialog()).getByRole('button', { name: 'Confirm new prices' }));
    await screen.findByRole('dialog', { name: 'Deposit started' });
    expect(posts()).toHaveLength(2);
    expect(mock.trades[0]!.totalPrice * 100).toBeCloseTo(oldTotal - oldCents + newCents, 6);
  });

  it('shows RATE_LIMITED in words, keeps the dialog and the selection, and waits before another try', async () => {
    const probe: HarnessProps['probe'] = {};
    const { user } = setup({ probe }, { scenario: 'rate-limited' });
    await openDialog(user);
    await user.click(confirmButton());
    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests. Please wait a moment.');
    expect(alert).toHaveAttribute('data-error-key', 'RATE_LIMITED');
    expect(dialog()).toBeInTheDocument();
    expect(probe.selection?.count).toBe(3);
    expect(within(dialog()).getAllByRole('row')).toHaveLength(4);
    // Retry-After: 30 → Confirm is held back.
    expect(confirmButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirmButton());
    expect(posts()).toHaveLength(1);
  });

  it('falls back to the generic text for an unknown key and shows the request id', async () => {
    const { user } = setup();
    server.use(
      http.post(DEPOSIT_URL, () =>
        HttpResponse.json({ requestId: 'req-abc-123', success: false, error: { code: 777, key: 'BRAND_NEW_KEY', message: 'Do not show me' } }, { status: 400 }),
      ),
    );
    await openDialog(user);
    await user.click(confirmButton());
    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(alert).toHaveTextContent('Support reference: req-abc-123');
    expect(alert).not.toHaveTextContent('Do not show me');
    expect(confirmButton()).not.toHaveAttribute('aria-disabled');
  });

  it('says plainly that the deposit may have gone through when nothing can be checked, and offers only to check again', async () => {
    const { user } = setup();
    // Every answer is lost (a proxy's 502 page), the look-ups by externalId too.
    const sent: { externalId: string }[] = [];
    server.use(
      http.post(DEPOSIT_URL, async ({ request }) => {
        sent.push((await request.json()) as { externalId: string });
        return new HttpResponse('Bad Gateway', { status: 502, headers: { 'Content-Type': 'text/plain' } });
      }),
      http.get('https://api.assetpay.co/client/trades', () => new HttpResponse('Bad Gateway', { status: 502 })),
    );
    await openDialog(user);
    await user.click(confirmButton());
    const alert = await within(dialog()).findByRole('alert');
    expect(alert).toHaveTextContent(/may have gone through/);
    expect(within(dialog()).queryByRole('button', { name: /Confirm|Try again|Retry|Send/ })).toBeNull();
    expect(within(dialog()).getByRole('button', { name: 'Check again' })).toBeVisible();
    // Sent once: never again by itself.
    expect(sent).toHaveLength(1);
    // Reopened, it still offers no way to resend blindly.
    await user.click(within(dialog()).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Deposit 3 items' }));
    expect(await within(await screen.findByRole('dialog')).findByRole('alert')).toHaveTextContent(/may have gone through/);
    expect(within(dialog()).queryByRole('button', { name: /Confirm/ })).toBeNull();
    await user.click(within(dialog()).getByRole('button', { name: 'Check again' }));
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(/may have gone through/);
    expect(sent).toHaveLength(1);
  });

  it('shows the recovered trade when the first answer was lost but the deposit went through', async () => {
    const { user } = setup({}, { scenario: 'server-error' });
    await openDialog(user);
    await user.click(confirmButton());
    const success = await screen.findByRole('dialog', { name: 'Deposit started' });
    expect(mock.trades).toHaveLength(1);
    expect(within(success).getByText(mock.trades[0]!.id)).toBeInTheDocument();
  });

  it('traps focus in the dialog and returns it to the trigger on Cancel and on Escape', async () => {
    const { user } = setup();
    const trigger = await openDialog(user);
    // Focus starts on Cancel, so a second Enter from the trigger never confirms.
    expect(within(dialog()).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    for (let i = 0; i < 6; i += 1) {
      await user.tab();
      expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    }
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('data-slot', 'deposit-dialog-trigger');
    expect(trigger).toHaveAttribute('data-state', 'closed');

    await user.click(trigger);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
    expect(posts()).toHaveLength(0);
  });

  it('renders item names as text', async () => {
    const rows = createMockInventory({ game: 730, seed: 1, count: 10 }).filter((row) => row.tradable && row.accepted && row.offer);
    rows[0]!.name = '<script>alert(1)</script>';
    rows[1]!.name = '<img src=x onerror=alert(1)>';
    const { user } = setup({ picks: 2 }, { inventories: { 730: rows } });
    await openDialog(user, 2);
    expect(within(dialog()).getByRole('rowheader', { name: '<script>alert(1)</script>' })).toBeInTheDocument();
    expect(within(dialog()).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('script, img[src=x]')).toBeNull();
  });

  it('keeps the default trigger disabled while nothing is selected', async () => {
    setup({ picks: 0 });
    const trigger = await screen.findByRole('button', { name: 'Deposit 0 items' });
    expect(trigger).toBeDisabled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('takes a custom trigger, puts the theme on the portalled parts and the className on the content', async () => {
    const { user } = setup({
      picks: 1,
      dialog: {
        trigger: <button type="button">Sell now</button>,
        theme: { preset: 'light', variables: { accent: '#ff0066' } },
        className: 'mine',
        classNames: { confirm: 'cta' },
      },
    });
    const trigger = await screen.findByRole('button', { name: 'Sell now' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    await waitFor(() => expect(document.body.textContent).not.toContain('Loading'));
    await user.click(trigger);
    const content = await screen.findByRole('dialog');
    expect(content).toHaveAttribute('data-slot', 'deposit-dialog-content');
    expect(content).toHaveAttribute('data-state', 'open');
    expect(content).toHaveAttribute('data-ap-theme', 'light');
    expect(content.style.getPropertyValue('--ap-accent')).toBe('#ff0066');
    expect(content.className).toContain('mine');
    expect(confirmButton().className).toContain('cta');
    const overlay = document.querySelector<HTMLElement>('[data-slot=deposit-dialog-overlay]')!;
    expect(overlay).toHaveAttribute('data-ap-theme', 'light');
    await user.click(within(content).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it("runs a custom trigger's own onClick first, which can keep the dialog closed, and says what it controls", async () => {
    let allow = false;
    const { user } = setup({
      picks: 1,
      dialog: {
        trigger: (
          <button type="button" onClick={(event) => (allow ? undefined : event.preventDefault())}>
            Sell now
          </button>
        ),
      },
    });
    const trigger = await screen.findByRole('button', { name: 'Sell now' });
    await waitFor(() => expect(document.body.textContent).not.toContain('Loading'));
    await user.click(trigger);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).not.toHaveAttribute('aria-controls');
    allow = true;
    await user.click(trigger);
    const content = await screen.findByRole('dialog');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('data-state', 'open');
    expect(trigger.getAttribute('aria-controls')).toBe(content.id);
  });

  it('opens at once when controlled open, and tells onOpenChange when the user closes it', async () => {
    const onOpenChange = vi.fn();
    setup({ picks: 1, dialog: { open: true, onOpenChange } });
    const content = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await userEvent.click(within(content).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    // Controlled: it stays open until the host closes it.
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('composes like a Radix part: ref, id, className and DOM props on the content, our data-slot kept, handlers called', async () => {
    const ref = createRef<HTMLDivElement>();
    const onKeyDown = vi.fn();
    const props = { id: 'my-deposit', className: 'mine', 'data-testid': 'deposit', 'data-slot': 'theirs', 'aria-describedby': 'my-help', onKeyDown };
    const { user } = setup({ picks: 1, dialogRef: ref, dialog: props as Partial<DepositDialogProps> });
    const trigger = await openDialog(user, 1);
    const content = screen.getByTestId('deposit');
    expect(ref.current).toBe(content);
    expect(content).toBe(dialog());
    expect(content).toHaveAttribute('id', 'my-deposit');
    expect(trigger).toHaveAttribute('aria-controls', 'my-deposit');
    // Joined with the description's id, which still describes the dialog.
    const description = content.querySelector('[data-slot=deposit-dialog-description]')!;
    expect(content.getAttribute('aria-describedby')!.split(' ').sort()).toEqual(['my-help', description.id].sort());
    expect(content).toHaveAttribute('data-slot', 'deposit-dialog-content');
    expect(content).toHaveAttribute('data-state', 'open');
    expect(content.className).toBe('ap-DepositDialog-content mine');
    await user.keyboard('x');
    expect(onKeyDown).toHaveBeenCalledOnce();
    // Radix's own handlers still run after the host's: Tab stays trapped, Escape closes.
    await user.tab();
    expect(content).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('drops its own class names when unstyled', async () => {
    const { user } = setup({ picks: 1, dialog: { unstyled: true, classNames: { content: 'only-mine' } } });
    await openDialog(user, 1);
    expect(dialog().className).toBe('only-mine');
    expect(confirmButton()).not.toHaveAttribute('class');
  });
});
