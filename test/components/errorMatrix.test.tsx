// Issue 4's error matrix, row by row, through the real hooks and dialog against the fake API.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { FailNextOptions, MockAssetPay, MockErrorKey } from '../../src/mock/index.js';
import { openAndConfirm, renderDialog, VARIANTS } from './dialogHarness.js';

const posts = (mock: MockAssetPay) => mock.requests.filter((request) => request.method === 'POST');
const externalIds = (mock: MockAssetPay) => posts(mock).map((request) => (request.body as { externalId: string }).externalId);
const confirmIn = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: /^(Confirm deposit|Sending…)$/ });

// The same rows against the fake API of each variant: `.co` and the `.gg` OpenAPI contract.
describe.each(VARIANTS)('on .%s', (variant) => {
  async function refusedWith(key: MockErrorKey, options: FailNextOptions = {}, setup: Parameters<typeof renderDialog>[0] = {}) {
    const view = renderDialog({ variant, ...setup });
    view.mock.failNext(key, { endpoint: 'deposit', ...options });
    const dialog = await openAndConfirm(view.user, setup.picks ?? 2);
    const alert = await within(dialog).findByRole('alert');
    return { ...view, dialog, alert };
  }

  describe('error matrix: refusals that leave the selection as it is', () => {
    it.each<[MockErrorKey, RegExp]>([
      ['TOO_MANY_ITEMS', /Too many items in one deposit/],
      ['TOO_MANY_ACTIVE_TRADES', /Accept or decline them in Steam first/],
      ['INVENTORY_FETCH_FAILED', /Steam did not return your inventory/],
      ['STEAM_UNAVAILABLE', /Steam is having trouble/],
      ['STEAM_RATE_LIMITED', /Steam is busy/],
      ['NO_BOTS_AVAILABLE', /temporarily unavailable/],
      ['SERVICE_UNAVAILABLE', /deposit service is temporarily unavailable/],
      ['SYSTEM_MAINTENANCE', /paused for maintenance/],
      ['DEPOSITS_PAUSED', /Deposits are temporarily paused/],
      // A definitive refusal of a first send: the next Confirm is a new attempt with a new id.
      ['EXTERNAL_ID_EXISTS', /This deposit was already sent/],
    ])('%s: says so in words, keeps both items, and the next Confirm sends a new externalId', async (key, words) => {
      const { mock, user, dialog, alert } = await refusedWith(key);
      expect(alert).toHaveTextContent(words);
      expect(alert).toHaveAttribute('data-error-key', key);
      expect(within(dialog).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['AK-47 | Redline', 'AWP | Asiimov']);
      expect(mock.trades).toHaveLength(0);
      await user.click(confirmIn(dialog));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      const [first, second] = externalIds(mock);
      expect(second).not.toBe(first);
      expect(mock.trades).toHaveLength(1);
    });
  });

  describe('error matrix: refusals that repair the selection', () => {
    it('ITEMS_NOT_ACCEPTED: takes the named item out and says which', async () => {
      const { dialog, alert } = await refusedWith('ITEMS_NOT_ACCEPTED', { details: { items: [{ itemId: 'item-a' }] } });
      expect(alert).toHaveTextContent('Some items are not accepted right now.');
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('AK-47 | Redline removed: not accepted right now'));
      expect(within(dialog).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['AWP | Asiimov']);
    });

    it('INSUFFICIENT_ITEM_AMOUNT: clamps the stack to what the user owns and says so', async () => {
      const { dialog, alert } = await refusedWith('INSUFFICIENT_ITEM_AMOUNT', { details: { items: [{ itemId: 'wood-1', amount: 6, available: 4 }] } }, { game: 252490, picks: 1, amount: 6 });
      expect(alert).toHaveTextContent('Some amounts are more than you own.');
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 4 (more than you own)'));
      expect(within(dialog).getByRole('row', { name: /Wood/ })).toHaveTextContent(/^Wood4/);
    });

    it.each(['documented', 'rich'] as const)('PRICE_CHANGED (%s details): the re-fetched prices, old → new, and one click to accept', async (details) => {
      const view = renderDialog({ variant, mock: { scenario: 'price-changed', details } });
      const dialog = await openAndConfirm(view.user, 2);
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveAttribute('data-error-key', 'PRICE_CHANGED');
      const accept = await within(dialog).findByRole('button', { name: 'Confirm new prices' });
      await waitFor(() => expect(accept).not.toHaveAttribute('aria-disabled'));
      expect(within(dialog).getByRole('listitem')).toHaveTextContent(/AK-47 \| Redline \$10\.00 → \$10\.50/);
      await view.user.click(accept);
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(view.mock.trades).toHaveLength(1);
    });

    // AssetPay documents `details` only for ITEM_OVERSTOCKED: without them, the re-fetched inventory tells what changed.
    it('ITEMS_NOT_ACCEPTED without details: the re-fetch shows the item is not accepted, and says so', async () => {
      const { dialog, alert } = await refusedWith('ITEMS_NOT_ACCEPTED');
      expect(alert).toHaveTextContent('Some items are not accepted right now.');
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('AK-47 | Redline removed: not accepted right now'));
      expect(within(dialog).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['AWP | Asiimov']);
    });

    it('INSUFFICIENT_ITEM_AMOUNT without details: the re-fetched stack size clamps it, and says so', async () => {
      const { dialog, alert } = await refusedWith('INSUFFICIENT_ITEM_AMOUNT', {}, { game: 252490, picks: 1, amount: 6 });
      expect(alert).toHaveTextContent('Some amounts are more than you own.');
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 5 (more than you own)'));
      expect(within(dialog).getByRole('row', { name: /Wood/ })).toHaveTextContent(/^Wood5/);
    });

    it('EXCEEDS_MAX_AMOUNT without details: the re-fetched maximum clamps it, and says so', async () => {
      const { alert } = await refusedWith('EXCEEDS_MAX_AMOUNT', {}, { game: 252490, picks: 1, amount: 6 });
      expect(alert).toHaveTextContent('Some amounts are more than accepted at once.');
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 5 (more than accepted at once)'));
    });

    it('EXCEEDS_MAX_AMOUNT with details: clamps to details.maxAmount', async () => {
      const { alert } = await refusedWith('EXCEEDS_MAX_AMOUNT', { details: { items: [{ itemId: 'wood-1', amount: 6, maxAmount: 3 }] } }, { game: 252490, picks: 1, amount: 6 });
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 3 (more than accepted at once)'));
    });

    it('ITEM_OVERSTOCKED with units remaining: caps the stack at details.remaining', async () => {
      const { alert } = await refusedWith('ITEM_OVERSTOCKED', { details: { items: [{ itemId: 'wood-1', marketHashName: 'Wood', remaining: 2 }] } }, { game: 252490, picks: 1, amount: 6 });
      await waitFor(() => expect(within(alert).getByRole('listitem')).toHaveTextContent('Wood: 6 → 2 (not needed right now)'));
    });
  });

  describe('error matrix: waiting', () => {
    it('RATE_LIMITED: a visible countdown from Retry-After; Confirm is disabled until it ends', async () => {
      const { mock, user, dialog, alert } = await refusedWith('RATE_LIMITED', { retryAfter: 2 });
      expect(alert).toHaveTextContent('Too many requests');
      const countdown = within(dialog).getByText(/^You can try again in [12] sec\.$/);
      expect(alert).not.toContainElement(countdown);
      expect(confirmIn(dialog)).toHaveAttribute('aria-disabled', 'true');
      await user.click(confirmIn(dialog));
      expect(posts(mock)).toHaveLength(1);
      await waitFor(() => expect(within(dialog).queryByText(/You can try again/)).toBeNull(), { timeout: 4000 });
      expect(confirmIn(dialog)).not.toHaveAttribute('aria-disabled');
      await user.click(confirmIn(dialog));
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(posts(mock)).toHaveLength(2);
    });

    it('DEPOSIT_IN_PROGRESS with a short Retry-After: resent once by itself with the same request, one trade', async () => {
      const view = renderDialog({ variant });
      view.mock.failNext('DEPOSIT_IN_PROGRESS', { endpoint: 'deposit', retryAfter: 1 });
      const dialog = await openAndConfirm(view.user, 2);
      await within(dialog).findByText('The service is busy. Trying again…');
      await screen.findByRole('dialog', { name: 'Deposit started' }, { timeout: 4000 });
      const bodies = posts(view.mock).map((request) => request.body);
      expect(bodies).toHaveLength(2);
      expect(bodies[1]).toEqual(bodies[0]);
      expect(view.mock.trades).toHaveLength(1);
    });

    it('DEPOSIT_IN_PROGRESS with a long Retry-After: the countdown instead of a resend', async () => {
      const { mock, dialog, alert } = await refusedWith('DEPOSIT_IN_PROGRESS', { retryAfter: 30 });
      expect(alert).toHaveTextContent('Another deposit is being processed');
      expect(within(dialog).getByText(/^You can try again in (30|29) sec\.$/)).toBeVisible();
      expect(posts(mock)).toHaveLength(1);
    });
  });

  describe('error matrix: the account', () => {
    it.each<[MockErrorKey, RegExp]>([
      ['USER_NOT_TRADEABLE', /Make your inventory public/],
      ['INVENTORY_PRIVATE', /Make it public in Steam’s privacy settings/],
      ['INVALID_TRADEURL', /set a new one/],
      ['ESCROW_NOT_ALLOWED', /Enable the Steam Guard Mobile Authenticator/],
    ])('%s: a blocking message with what to do, and the host callback once', async (key, words) => {
      const onBlockingError = vi.fn();
      const { alert } = await refusedWith(key, {}, { provider: { onBlockingError } });
      expect(alert).toHaveTextContent(words);
      expect(onBlockingError).toHaveBeenCalledTimes(1);
      expect(onBlockingError.mock.calls[0]![0]).toMatchObject({ key });
    });

    it.each<MockErrorKey>(['TOKEN_EXPIRED', 'INVALID_TOKEN'])('%s: one silent refresh and replay, one trade, no message', async (key) => {
      const getToken = vi.fn((options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? 'fresh' : 'tok'));
      const onAuthError = vi.fn();
      const view = renderDialog({ variant, provider: { getToken, onAuthError } });
      view.mock.failNext(key, { endpoint: 'deposit' });
      const dialog = await openAndConfirm(view.user, 2);
      await screen.findByRole('dialog', { name: 'Deposit started' });
      expect(within(dialog).queryByRole('alert')).toBeNull();
      expect(getToken).toHaveBeenCalledWith(expect.objectContaining({ forceRefresh: true }));
      expect(view.mock.trades).toHaveLength(1);
      expect(onAuthError).not.toHaveBeenCalled();
    });

    it('a token refused again after the refresh: "session expired", onAuthError, the selection kept', async () => {
      const onAuthError = vi.fn();
      const { dialog, alert } = await refusedWith('TOKEN_EXPIRED', { times: 2 }, { provider: { onAuthError } });
      expect(alert).toHaveTextContent('Your session has expired.');
      expect(onAuthError).toHaveBeenCalledTimes(1);
      expect(String(onAuthError.mock.calls[0]![0].message)).not.toContain('tok');
      expect(within(dialog).getAllByRole('rowheader')).toHaveLength(2);
    });
  });

  describe('error matrix: developer errors and the unknown', () => {
    it('VALIDATION_FAILED: names the rejected fields', async () => {
      const { alert } = await refusedWith('VALIDATION_FAILED', { fields: { 'items.0.price': 'must be positive', 'items.1.amount': 'must be >= 1' } });
      expect(alert).toHaveTextContent('could not be read by the service');
      expect(within(alert).getByText('Rejected fields: items.0.price, items.1.amount')).toBeVisible();
    });

    it('an unknown key: the generic text and the request id for support', async () => {
      const { alert } = await refusedWith('UNDOCUMENTED_KEY');
      expect(alert).toHaveTextContent('Something went wrong.');
      expect(alert).toHaveTextContent(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
  });
});
