// Lost answers, instant credit refused and unreadable Retry-After, through the real hooks and dialog, on both API variants.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MockAssetPay } from '../../src/mock/index.js';
import { openAndConfirm, renderDialog, VARIANTS } from './dialogHarness.js';

const posts = (mock: MockAssetPay) => mock.requests.filter((request) => request.method === 'POST');
const bodies = (mock: MockAssetPay) => posts(mock).map((request) => request.body as { externalId: string; isInstant: boolean });
const lookups = (mock: MockAssetPay) => mock.requests.filter((request) => new URL(request.url).pathname === '/client/trades' && request.method === 'GET');

describe.each(VARIANTS)('on .%s', (variant) => {
  describe('a deposit whose answer is lost', () => {
    it('the server created the trade but the answer dropped: found by externalId, never sent twice', async () => {
      const view = renderDialog({ variant });
      view.mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
      await openAndConfirm(view.user, 2);
      const done = await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(within(done).getByText(view.mock.trades[0]!.id, { exact: false })).toBeVisible();
      expect(posts(view.mock)).toHaveLength(1);
      expect(view.mock.trades).toHaveLength(1);
      const lookup = new URL(lookups(view.mock)[0]!.url);
      expect(lookup.searchParams.get('game')).toBe('730');
    });

    it('a server slow to list the new trade: looked up again until it shows', async () => {
      const view = renderDialog({ variant, mock: { tradeListingLag: 2 } });
      view.mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
      await openAndConfirm(view.user, 2);
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(lookups(view.mock).length).toBeGreaterThanOrEqual(3);
      expect(posts(view.mock)).toHaveLength(1);
    });

    it('never arrived: says so after the look-ups, and sends the same externalId again only when asked', async () => {
      const view = renderDialog({ variant });
      view.mock.dropNext({ endpoint: 'deposit' });
      const dialog = await openAndConfirm(view.user, 2);
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveAttribute('data-error-key', 'DEPOSIT_UNCONFIRMED');
      expect(alert).toHaveTextContent('it cannot be paid twice');
      expect(within(dialog).queryByRole('button', { name: 'Confirm deposit' })).toBeNull();
      expect(posts(view.mock)).toHaveLength(1);
      expect(view.mock.trades).toHaveLength(0);
      await view.user.click(within(dialog).getByRole('button', { name: 'Send the deposit again' }));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      const [first, second] = bodies(view.mock);
      expect(second!.externalId).toBe(first!.externalId);
      const ids = posts(view.mock).map((request) => request.headers['x-request-id']);
      expect(ids[1]).toBe(ids[0]);
      expect(view.mock.trades).toHaveLength(1);
    });

    it('look-ups that fail too: "may have gone through", then Check again finds it', async () => {
      const view = renderDialog({ variant });
      view.mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
      view.mock.dropNext({ endpoint: 'trades', times: 4 });
      const dialog = await openAndConfirm(view.user, 2);
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('It may have gone through');
      await view.user.click(within(dialog).getByRole('button', { name: 'Check again' }));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(posts(view.mock)).toHaveLength(1);
    });
  });

  describe('instant credit', () => {
    it('INSTANT_DEPOSITS_DISABLED: tells the user, and goes ahead without instant credit only on a second Confirm', async () => {
      const view = renderDialog({ variant, mock: { instantDeposits: false } });
      const dialog = await openAndConfirm(view.user, 2);
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveAttribute('data-error-key', 'INSTANT_DEPOSITS_DISABLED');
      expect(alert).toHaveTextContent('Instant credit is switched off');
      expect(within(dialog).getByText(/≈ \$0\.00/)).toBeVisible();
      expect(view.mock.trades).toHaveLength(0);
      await view.user.click(within(dialog).getByRole('button', { name: 'Deposit without instant credit' }));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(bodies(view.mock).map((body) => body.isInstant)).toEqual([true, false]);
      expect(view.mock.trades).toHaveLength(1);
    });

    it("the provider's instant={false}: never asks for instant credit, and promises none", async () => {
      const view = renderDialog({ variant, provider: { instant: false } });
      const trigger = await screen.findByRole('button', { name: 'Deposit 2 items' });
      await waitFor(() => expect(trigger).toBeEnabled());
      await view.user.click(trigger);
      const dialog = await screen.findByRole('dialog', { name: 'Confirm deposit' });
      expect(within(dialog).getByText(/≈ \$0\.00/)).toBeVisible();
      await view.user.click(within(dialog).getByRole('button', { name: 'Confirm deposit' }));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(bodies(view.mock).map((body) => body.isInstant)).toEqual([false]);
    });
  });

  it('RATE_LIMITED when the browser cannot read Retry-After: a fallback countdown, Confirm disabled', async () => {
    const view = renderDialog({ variant, mock: { exposeHeaders: false } });
    view.mock.failNext('RATE_LIMITED', { endpoint: 'deposit', retryAfter: 120 });
    const dialog = await openAndConfirm(view.user, 2);
    await within(dialog).findByRole('alert');
    expect(within(dialog).getByText(/^You can try again in (30|29) sec\.$/)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Confirm deposit' })).toHaveAttribute('aria-disabled', 'true');
  });
});
