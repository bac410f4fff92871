import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DepositPanel } from '../../src/components/index.js';
import { formatCents, toCents } from '../../src/core/index.js';
import { activeMock, type AssetPayParameters } from '../../.storybook/mockApi.js';
import { body, cardName, selectableCards } from '../support/panel.js';

// Scripted deposits through the whole DepositPanel, each checked by its play function. The
// panel on its own, ready to click through by hand, is `Components/DepositPanel/Default`.

const meta = {
  title: 'Flows/Deposit',
  component: DepositPanel,
  args: { onDeposited: fn(), height: 520 },
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
} satisfies Meta<typeof DepositPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The full CS2 flow: pick two items, confirm, see the trade. */
export const PickTwoAndConfirm: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'Inventory' });
    const [first, second] = await selectableCards(grid);
    await step('select two items by mouse', async () => {
      await expect(first!.button).toHaveAccessibleName(cardName(first!.row));
      await userEvent.click(first!.button);
      await userEvent.click(second!.button);
    });
    const total = toCents(first!.row.offer!.price) + toCents(second!.row.offer!.price);
    await waitFor(() => expect(canvasElement).toHaveTextContent(formatCents(total)));
    await step('confirm in the dialog', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Deposit 2 items' }));
      const dialog = await body().findByRole('dialog', { name: 'Confirm deposit' });
      await expect(dialog).toHaveTextContent(formatCents(total));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
      await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible());
      // `.co` sends INITIATED, `.gg` initiated.
      await expect(dialog).toHaveTextContent(/initiated/i);
    });
    await expect(args.onDeposited).toHaveBeenCalledOnce();
    await expect(activeMock.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  },
};

/** After Confirm the trade moves through its stages by push over the realtime channel, with no trade poll while the socket is up. */
export const LiveTradeByPush: Story = {
  play: async (context) => {
    await PickTwoAndConfirm.play!(context);
    const tracker = await waitFor(
      () => {
        const found = document.body.querySelector<HTMLElement>('[data-slot=trade-status][data-transport=realtime]');
        if (!found) throw new Error('not live yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const polls = () => activeMock.requests.filter((request) => new URL(request.url).pathname === '/client/trades').length;
    const pollsWhenLive = polls();
    await waitFor(() => expect(tracker).toHaveAttribute('data-stage', 'hold'), { timeout: 15_000 });
    await expect(polls()).toBe(pollsWhenLive);
    await expect(activeMock.socketConnections).toHaveLength(1);
  },
};

/** The same flow against the `.gg` API (the official SDK's OpenAPI contract): Bearer, `items[].price`, cursor-paged trades. */
export const OnGg: Story = {
  parameters: { assetpay: { variant: 'gg' } satisfies AssetPayParameters },
  play: async (context) => {
    await PickTwoAndConfirm.play!(context);
    const [post] = activeMock.requests.filter((request) => request.method === 'POST');
    await expect(post!.url).toMatch(/^https:\/\/api\.assetpay\.gg\//);
    await expect(post!.headers.authorization).toMatch(/^Bearer /);
    const items = (post!.body as { items: Record<string, unknown>[] }).items;
    await expect(items.every((item) => Object.keys(item).sort().join() === 'itemId,price')).toBe(true);
    // The trade is followed over the realtime channel in .gg spelling, not by polling.
    await waitFor(() => expect(activeMock.socketConnections.length).toBeGreaterThan(0), { timeout: 10_000 });
    const tracker = document.body.querySelector<HTMLElement>('[data-slot=trade-status]');
    await expect(tracker?.dataset.status).toMatch(/^[a-z]+$/);
  },
};

const scenario = (name: NonNullable<AssetPayParameters['scenario']>) => ({ assetpay: { scenario: name } satisfies AssetPayParameters });

/** Picks the first selectable item, opens the dialog and confirms once. */
async function confirmOne(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const [item] = await selectableCards(await canvas.findByRole('grid'));
  await userEvent.click(item!.button);
  await userEvent.click(canvas.getByRole('button', { name: 'Deposit 1 item' }));
  const dialog = await body().findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
  return dialog;
}

/** Prices moved between browsing and confirming: a re-quote, then one click to accept. */
export const PriceChanged: Story = {
  parameters: scenario('price-changed'),
  play: async ({ canvasElement }) => {
    const dialog = await confirmOne(canvasElement);
    const accept = await within(dialog).findByRole('button', { name: 'Confirm new prices' });
    await waitFor(() => expect(accept).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 5000 });
    await userEvent.click(accept);
    await waitFor(() => expect(within(dialog).getByText('Deposit started')).toBeVisible(), { timeout: 5000 });
  },
};

/** The merchant hit AssetPay's rate limit: the error in words, the selection kept. */
export const RateLimited: Story = {
  parameters: scenario('rate-limited'),
  play: async ({ canvasElement }) => {
    const dialog = await confirmOne(canvasElement);
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many requests');
  },
};
