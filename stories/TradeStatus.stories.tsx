/// <reference types="vite/client" />
import '../src/styles/tokens.css';
import '../src/components/TradeStatus/TradeStatus.css';
import { useEffect, useRef } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { TradeStatus, type TradeStatusProps } from '../src/components/TradeStatus/TradeStatus.js';
import { themeAttributes } from '../src/components/shared/index.js';
import { formatCents, toCents, useDeposit, type Trade } from '../src/index.js';
import { activeMock } from '../.storybook/mockApi.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** A CS2 deposit as `GET /client/trades` would list it. Not in the fake API: polls keep it as is. */
const cs2 = (status: string, extra: Partial<Trade> = {}): Trade => ({
  id: '5f0c7a52-0c39-4c69-9d4e-0d8f6b1e2a11',
  type: 'DEPOSIT',
  status,
  game: '730',
  items: [],
  totalPrice: 100.3,
  preCredit: 60.1,
  pendingCredit: 40.2,
  isInstant: true,
  botInfo: { name: 'AssetPay Bot Olivia' },
  createdAt: ago(HOUR),
  updatedAt: ago(HOUR / 2),
  ...extra,
});

const canvasOf = (element: HTMLElement) => within(element);
const figure = (element: HTMLElement, term: string) => canvasOf(element).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
const currentStep = (element: HTMLElement) =>
  canvasOf(element).getByRole('list', { name: 'Progress' }).querySelector('[aria-current="step"]') as HTMLElement;

const meta = {
  title: 'Components/TradeStatus',
  component: TradeStatus,
  parameters: { layout: 'padded' },
  decorators: [
    // A page background in the dark theme, as a host page would have around the status.
    (Story) => (
      <div {...themeAttributes(undefined, { padding: 16, background: 'var(--ap-bg)', maxWidth: 560 })}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof TradeStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Deposits the first item the fake API accepts, then follows the trade it returns. */
function LiveDeposit(props: Omit<TradeStatusProps, 'trade'>) {
  const { deposit, trade } = useDeposit();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const row = activeMock.inventory(730).find((item) => item.tradable && item.accepted && item.offer && item.offer.price > 0)!;
    void deposit({ items: [{ itemId: row.id, offer: { price: row.offer!.price, reference: row.offer!.reference } }], game: '730', externalId: `story-${Date.now()}`, isInstant: true });
  }, [deposit]);
  return trade ? <TradeStatus trade={trade} {...props} /> : <p>Sending the deposit…</p>;
}

/** CS2, live on the fake API: created, offer sent (link and bot to check), accepted, then on hold with a countdown. */
export const Cs2InFlight: Story = {
  name: 'CS2 in flight',
  render: (args) => <LiveDeposit {...args} />,
  args: { intervalMs: 600 },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    await expect(await canvas.findByRole('status', {}, { timeout: 5000 })).toBeVisible();
    const link = await canvas.findByRole('link', { name: 'Open the trade offer in Steam' }, { timeout: 5000 });
    await expect(link.getAttribute('href')).toMatch(/^https:\/\/steamcommunity\.com\/tradeoffer\/\d+\/$/);
    const bot = activeMock.trades[0]!.botInfo.name;
    await expect(figure(canvasElement, 'Sent by')).toHaveTextContent(bot);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Items received.'), { timeout: 10_000 });
    await expect(currentStep(canvasElement)).toHaveTextContent('Trade protection (7 days)');
    await expect(figure(canvasElement, 'Hold ends in').querySelector('time')).toHaveTextContent(/^6 days, 23 hr$/);
  },
};

/** On hold: the countdown to the end of Steam's trade protection, credited now and after the hold. */
export const OnHold: Story = {
  args: { trade: cs2('HOLD', { offerID: '6123456789', holdEndDate: new Date(Date.now() + 5 * DAY + 4 * HOUR + 30 * 60_000).toISOString() }) },
  play: async ({ canvasElement }) => {
    const time = figure(canvasElement, 'Hold ends in').querySelector('time')!;
    await expect(time).toHaveTextContent(/^5 days, 4 hr$/);
    await expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(figure(canvasElement, 'Credited now')).toHaveTextContent(formatCents(toCents(60.1)));
    await expect(figure(canvasElement, 'Credited after the hold')).toHaveTextContent(formatCents(toCents(40.2)));
    await expect(currentStep(canvasElement)).toHaveTextContent('Trade protection (7 days)');
  },
};

/** CS2 completed: every step done, the last one current. */
export const Completed: Story = {
  args: { trade: cs2('COMPLETED', { offerID: '6123456789', holdEndDate: ago(HOUR) }) },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('status')).toHaveTextContent('Deposit complete.');
    await expect(currentStep(canvasElement)).toHaveTextContent('Completed');
    await expect(canvasOf(canvasElement).queryByText('Hold ends in')).toBeNull();
  },
};

/** Rust completes straight after acceptance: no hold step, credited in full. */
export const RustCompleted: Story = {
  args: { trade: cs2('COMPLETED', { game: '252490', totalPrice: 12.6, preCredit: 12.6, pendingCredit: 0, offerID: '6123456790' }) },
  play: async ({ canvasElement }) => {
    const steps = canvasOf(canvasElement).getAllByRole('listitem').map((step) => step.dataset.step);
    await expect(steps).toEqual(['creating', 'awaiting-acceptance', 'accepted', 'completed']);
    await expect(figure(canvasElement, 'Credited now')).toHaveTextContent('$12.60');
  },
};

/** Failed: the reason as the API sent it, as text; the failure ends the timeline. */
export const Failed: Story = {
  args: { trade: cs2('FAILED', { offerID: '6123456791', error: 'The trade offer expired before it was accepted' }) },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('status')).toHaveTextContent('The trade did not go through.');
    await expect(canvasOf(canvasElement).getByText('The trade offer expired before it was accepted')).toBeVisible();
    await expect(currentStep(canvasElement)).toHaveTextContent('Failed');
  },
};

/** `.gg` spelling: `declined` by the user in Steam. */
export const DeclinedGg: Story = {
  name: 'Declined (.gg)',
  args: { trade: cs2('declined', { type: 'deposit', offerID: '6123456792', error: 'OFFER_NOT_ACCEPTED' }) },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('status')).toHaveTextContent('The trade offer was declined.');
    await expect(canvasOf(canvasElement).getByText('The offer was not accepted in time.')).toBeVisible();
    await expect(currentStep(canvasElement)).toHaveTextContent('Declined');
  },
};

/** Reversed in Steam during the trade protection. */
export const Reverted: Story = {
  args: { trade: cs2('REVERTED', { offerID: '6123456793', holdEndDate: new Date(Date.now() + 2 * DAY).toISOString(), revertedBy: 'user' } as Partial<Trade>) },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('status')).toHaveTextContent('The trade was reversed in Steam.');
    await expect(currentStep(canvasElement)).toHaveTextContent('Reversed');
    await expect(canvasOf(canvasElement).queryByText('Credited now')).toBeNull();
  },
};

/** Only part of a multi-item trade went through. */
export const Partial: Story = {
  args: { trade: cs2('PARTIAL', { offerID: '6123456794' }) },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('status')).toHaveTextContent('Only part of the trade went through.');
    await expect(currentStep(canvasElement)).toHaveTextContent('Partly completed');
  },
};

/** `.gg` split basket: the deposit became three Steam offers, each followed and linked on its own. */
export const SplitIntoRelatedTrades: Story = {
  args: {
    trade: cs2('active', {
      type: 'deposit',
      offerID: '6123456795',
      relatedTrades: [
        { id: 'b7d1c0e4-2f5a-4c1e-8b39-5a2d1f7e9c20', status: 'active', items: [], totalPrice: 25, offerID: '6123456796', botInfo: { name: 'AssetPay Bot Mila' } },
        { id: 'c2e8f1a9-7b44-4d0e-9a63-1e5b2c8d7f31', status: 'hold', items: [], totalPrice: 4.75, offerID: '6123456797', botInfo: { name: 'AssetPay Bot Mila' } },
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    const group = canvasOf(canvasElement).getByRole('group', { name: 'Other offers of this deposit' });
    const offers = within(group).getAllByRole('listitem');
    await expect(offers).toHaveLength(2);
    await expect(offers[0]).toHaveTextContent('Offer 2: Waiting for you to accept · $25.00 · Sent by AssetPay Bot Mila');
    await expect(within(group).getByRole('link', { name: 'Open offer 3 in Steam' })).toHaveAttribute('href', 'https://steamcommunity.com/tradeoffer/6123456797/');
    await expect(canvasOf(canvasElement).getByText(/^Check that the offer in Steam comes from AssetPay Bot Olivia\./)).toBeVisible();
  },
};
