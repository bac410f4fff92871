import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { formatCents, toCents, type GetTokenOptions } from '../src/core/index.js';
import type { RawInventoryItem } from '../src/mock/index.js';
import { activeMock, type AssetPayParameters } from '../.storybook/mockApi.js';
import { DepositRecipe } from './recipe/DepositRecipe.js';

const PER_PAGE = 100;

/** The rows the first inventory page shows, straight from the fake API (not from the UI). */
const firstPage = (game: 730 | 252490) => activeMock.inventory(game).slice(0, PER_PAGE);
const depositable = (row: RawInventoryItem) => row.tradable && row.accepted && !!row.offer && row.offer.price > 0;
const payoutCents = (row: RawInventoryItem) => toCents(row.offer!.price);

/** Text of the `<dd>` after the `<dt>` called `term`. */
function termValue(container: HTMLElement, term: string): string | null | undefined {
  return within(container).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

const meta = {
  title: 'Hooks/Deposit recipe',
  component: DepositRecipe,
  args: { perPage: PER_PAGE },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DepositRecipe>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CS2: pick two items, check the exact total, deposit. */
export const Default: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'CS2 items' });
    const rows = firstPage(730);
    const buttons = within(list).getAllByRole('button');
    await expect(buttons).toHaveLength(rows.length);
    await expect(canvas.getByRole('button', { name: 'CS2' })).toHaveAttribute('aria-pressed', 'true');

    const picks = rows.map((row, index) => ({ row, index })).filter(({ row }) => depositable(row)).slice(0, 2);
    await expect(picks).toHaveLength(2);

    await step('a non-depositable item is disabled and says why', async () => {
      const blockedIndex = rows.findIndex((row) => !depositable(row));
      await expect(blockedIndex).toBeGreaterThanOrEqual(0);
      const blocked = buttons[blockedIndex]!;
      await expect(blocked).toBeDisabled();
      await expect(blocked).toHaveAccessibleDescription(/Not tradable|Not accepted|No offer/);
    });

    await step('select two items', async () => {
      for (const { row, index } of picks) {
        const button = buttons[index]!;
        await expect(button).toHaveAccessibleName(`${row.name}, ${formatCents(payoutCents(row))}`);
        await userEvent.click(button);
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
    });

    const summary = canvas.getByRole('region', { name: 'Your deposit' });
    const expectedCents = picks.reduce((sum, { row }) => sum + payoutCents(row), 0);
    await waitFor(() => expect(termValue(summary, 'Total payout')).toBe(formatCents(expectedCents)));
    await expect(termValue(summary, 'Items')).toBe('2');
    await expect(termValue(summary, 'Units')).toBe('2');
    await expect(within(summary).getByText('Market reference (not what you are paid)')).toBeVisible();

    await step('deposit', async () => {
      await userEvent.click(within(summary).getByRole('button', { name: 'Deposit' }));
      await waitFor(() => expect(within(summary).getByRole('status')).toHaveTextContent(/^Trade [\w-]+: INITIATED$/), { timeout: 5000 });
      const trade = activeMock.trades[0]!;
      await expect(within(summary).getByRole('status')).toHaveTextContent(`Trade ${trade.id}: INITIATED`);
      await expect(toCents(trade.totalPrice)).toBe(expectedCents);
      const sent = activeMock.requests.find((request) => request.method === 'POST')?.body as { items: { itemId: string }[] };
      await expect(sent.items.map((item) => item.itemId)).toEqual(picks.map(({ row }) => row.id));
      // The deposited items leave the selection.
      await waitFor(() => expect(termValue(summary, 'Items')).toBe('0'));
    });
  },
};

/** Rust stacks: pick a stack, set how many units to deposit; the amount is clamped to what may be deposited. */
export const Rust: Story = {
  name: 'Rust (Stackables)',
  args: { initialGame: 252490 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Rust items' });
    await expect(canvas.getByRole('button', { name: 'Rust' })).toHaveAttribute('aria-pressed', 'true');
    const rows = firstPage(252490);
    const buttons = within(list).getAllByRole('button');
    await expect(buttons).toHaveLength(rows.length);

    const index = rows.findIndex((row) => depositable(row) && Math.min(row.amount ?? 1, row.offer?.maxAmount ?? Infinity) >= 3);
    await expect(index).toBeGreaterThanOrEqual(0);
    const row = rows[index]!;
    const max = Math.min(row.amount ?? 1, row.offer?.maxAmount ?? row.amount ?? 1);

    const button = buttons[index]!;
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const summary = canvas.getByRole('region', { name: 'Your deposit' });
    await expect(termValue(summary, 'Units')).toBe('1');

    const input = within(button.closest('li')!).getByRole('spinbutton', { name: `Units of ${row.name}` });
    await expect(input).toHaveValue(1);
    await userEvent.clear(input);
    await userEvent.type(input, '3');
    await waitFor(() => expect(termValue(summary, 'Units')).toBe('3'));
    await expect(termValue(summary, 'Items')).toBe('1');
    await expect(termValue(summary, 'Total payout')).toBe(formatCents(3 * payoutCents(row)));
    // Rust is credited in full at once.
    await expect(termValue(summary, 'Credited instantly (estimate)')).toBe(formatCents(3 * payoutCents(row)));

    // More than may be deposited: clamped to the maximum.
    await userEvent.clear(input);
    await userEvent.type(input, String(max + 1000));
    await userEvent.tab();
    await waitFor(() => expect(termValue(summary, 'Units')).toBe(String(max)));
    await expect(input).toHaveValue(max);
  },
};

/** The user owns no items. */
export const Empty: Story = {
  tags: ['!autodocs'],
  parameters: { assetpay: { scenario: 'empty' } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Your CS2 inventory has no items.')).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'CS2 items' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Deposit' })).toBeDisabled();
  },
};

/** The Steam inventory is private: the error is shown in words by `error.key`, with the request id. */
export const Error: Story = {
  tags: ['!autodocs'],
  parameters: { assetpay: { scenario: 'private' } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/Steam inventory is private/);
    await expect(alert).toHaveTextContent(/\(Request ID: [0-9a-f-]{8,}\)/i);
    await expect(canvas.queryByText(/has no items/)).toBeNull();
  },
};

/** A slow API: a loading message first, then the items. */
export const Slow: Story = {
  name: 'Loading (slow API)',
  tags: ['!autodocs'],
  parameters: { assetpay: { scenario: 'slow' } satisfies AssetPayParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Loading your CS2 inventory…')).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'CS2 items' })).toBeNull();
    const list = await canvas.findByRole('list', { name: 'CS2 items' }, { timeout: 10_000 });
    await expect(within(list).getAllByRole('button')).toHaveLength(firstPage(730).length);
    await expect(canvas.queryByText('Loading your CS2 inventory…')).toBeNull();
  },
};

// The token source of TokenExpired: an expired token until the API rejects it, then a fresh one.
let currentToken = 'expired-story-token';
const expiringGetToken = fn((options?: GetTokenOptions) => {
  if (options?.forceRefresh) currentToken = 'fresh-story-token';
  return currentToken;
});

/** `getToken` first returns an expired token; after the 401 it is asked once with `forceRefresh` and the inventory loads. */
export const TokenExpired: Story = {
  tags: ['!autodocs'],
  parameters: { assetpay: { getToken: expiringGetToken } satisfies AssetPayParameters },
  beforeEach: () => {
    currentToken = 'expired-story-token';
    expiringGetToken.mockClear();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'CS2 items' });
    await expect(within(list).getAllByRole('button')).toHaveLength(firstPage(730).length);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(expiringGetToken).toHaveBeenCalledWith({ forceRefresh: true });
    const tokens = activeMock.requests.map((request) => request.headers.authorization);
    await expect(tokens[0]).toBe('expired-story-token');
    await expect(tokens.at(-1)).toBe('fresh-story-token');
  },
};
