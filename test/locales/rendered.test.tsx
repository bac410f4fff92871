// Every locale pack, rendered: DepositPanel, DepositDialog in every view (the whole error matrix,
// the look-up of a lost answer, success) and TradeStatus through its stages show no English
// beyond item names and brands.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel, TradeStatus, type Trade } from '../../src/index.js';
import { createMockAssetPay, type FailNextOptions, type MockErrorKey } from '../../src/mock/index.js';
import { MESSAGES } from '../../src/mock/errorTable.js';
import { fixtureRows, openAndConfirm, renderDialog, type DialogSetup } from '../components/dialogHarness.js';
import { server } from '../server.js';
import { englishIn, namesIn, PACKS, SHARED_WORDS, TAGS, visibleText } from './support.js';

const ENTRIES = Object.entries(PACKS);
const fixtureNames = namesIn(Object.values(fixtureRows()).flat());

/** English words in `root` for the pack, less item names and the pack's shared words. */
const leftovers = (root: ParentNode, tag: string, names: readonly string[]) => englishIn(visibleText(root), [...names, ...(SHARED_WORDS[tag] ?? [])]);

describe.each(TAGS)('DepositPanel in %s', (tag) => {
  const labels = PACKS[tag]!;

  it('reads in the language from loading to a deposited trade', async () => {
    const mock = createMockAssetPay({ seed: 4 });
    server.use(...mock.handlers);
    const user = userEvent.setup();
    render(
      <AssetPayProvider getToken={() => 'tok'} queryClient={new QueryClient()} refreshOnSessionStart={false} retry={0} refreshCooldownMs={60_000}>
        <DepositPanel height={600} labels={labels} />
      </AssetPayProvider>,
    );
    const names = namesIn([...mock.inventory(730), ...mock.inventory(252490)]);
    const panel = screen.getByRole('region', { name: labels.depositPanel });
    expect(panel).toHaveAttribute('lang', tag);
    const grid = await screen.findByRole('grid', { name: labels.inventory });
    await within(grid).findAllByRole('gridcell');
    const usable = within(grid).getAllByRole('button').filter((button) => button.dataset.slot === 'item-card-toggle' && button.getAttribute('aria-disabled') !== 'true');
    await user.click(usable[0]!);
    await user.click(usable[1]!);
    expect(leftovers(panel, tag, names)).toEqual([]);

    await user.click(screen.getByRole('button', { name: labels.depositCount(2) }));
    const dialog = await screen.findByRole('dialog', { name: labels.confirmTitle });
    expect(dialog).toHaveAttribute('lang', tag);
    expect(leftovers(dialog, tag, names)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: labels.confirm }));
    await screen.findByRole('dialog', { name: labels.successTitle });
    expect(leftovers(screen.getByRole('dialog'), tag, names)).toEqual([]);
  });
});

// Keys that need a stack, or details, to show what they show.
const STACK: DialogSetup = { game: 252490, picks: 1, amount: 6 };
const SETUPS: Partial<Record<MockErrorKey, [FailNextOptions, DialogSetup?]>> = {
  ITEMS_NOT_ACCEPTED: [{ details: { items: [{ itemId: 'item-a' }] } }],
  INSUFFICIENT_ITEM_AMOUNT: [{ details: { items: [{ itemId: 'wood-1', amount: 6, available: 4 }] } }, STACK],
  EXCEEDS_MAX_AMOUNT: [{ details: { items: [{ itemId: 'wood-1', amount: 6, maxAmount: 3 }] } }, STACK],
  ITEM_OVERSTOCKED: [{ details: { items: [{ itemId: 'wood-1', marketHashName: 'Wood', remaining: 2 }] } }, STACK],
  RATE_LIMITED: [{ retryAfter: 30 }],
  DEPOSIT_IN_PROGRESS: [{ retryAfter: 30 }],
  VALIDATION_FAILED: [{ fields: { 'items.0.price': 'must be positive' } }],
  TOKEN_EXPIRED: [{ times: 3 }],
  INVALID_TOKEN: [{ times: 3 }],
  TOKEN_INVALID_OR_EXPIRED: [{ times: 3 }],
  MISSING_BEARER: [{ times: 3 }],
};

/** Brings the dialog to a view in English once, then shows that same view in every pack. */
async function eachPackSees(setup: DialogSetup, reach: (view: ReturnType<typeof renderDialog>) => Promise<void>) {
  const view = renderDialog(setup);
  await reach(view);
  const found: Record<string, string[]> = {};
  for (const [tag, labels] of ENTRIES) {
    view.setDialog({ labels });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('lang', tag));
    const english = leftovers(screen.getByRole('dialog'), tag, fixtureNames);
    if (english.length) found[tag] = english;
  }
  return found;
}

describe('DepositDialog in every pack', () => {
  it.each(Object.keys(MESSAGES) as MockErrorKey[])('%s: the view it leads to', async (key) => {
    const [options, setup] = SETUPS[key] ?? [{}];
    const found = await eachPackSees(setup ?? {}, async (view) => {
      view.mock.failNext(key, { endpoint: 'deposit', ...options });
      const dialog = await openAndConfirm(view.user, setup?.picks ?? 2);
      await waitFor(() => expect(within(dialog).queryByRole('alert') ?? screen.queryByRole('dialog', { name: 'Deposit started' })).toBeTruthy());
    });
    expect(found).toEqual({});
  });

  it.each([
    ['the price-changed re-quote', { mock: { scenario: 'price-changed' } }, null],
    ['a lost answer being looked up', {}, 'checking'],
    ['a lost answer that could not be checked', {}, 'unchecked'],
    ['a deposit that never arrived', {}, 'unconfirmed'],
  ] as const)('%s', async (_name, setup, drop) => {
    const found = await eachPackSees({ ...setup, reconcileDelaysMs: drop === 'checking' ? [60_000] : [0, 0, 0, 0] }, async (view) => {
      if (drop === 'checking' || drop === 'unchecked') view.mock.dropNext({ endpoint: 'deposit', afterProcessing: true });
      if (drop === 'unchecked') view.mock.dropNext({ endpoint: 'trades', times: 4 });
      if (drop === 'unconfirmed') view.mock.dropNext({ endpoint: 'deposit' });
      const dialog = await openAndConfirm(view.user, 2);
      if (drop === 'checking') await within(dialog).findByText('Checking whether your deposit went through…');
      else await within(dialog).findByRole('alert');
    });
    expect(found).toEqual({});
  });
});

const HOUR = 3_600_000;
const trade = (status: string, extra: Partial<Trade> = {}): Trade => ({
  id: 'trade-1',
  status,
  game: '730',
  items: [],
  totalPrice: 100.3,
  preCredit: 60.1,
  pendingCredit: 40.2,
  offerID: '123',
  botInfo: { name: 'AssetPay Olivia' },
  ...extra,
});
const TRADES: [string, Trade][] = [
  ['initiated', trade('INITIATED')],
  ['waiting for acceptance', trade('PENDING')],
  ['on hold', trade('HOLD', { holdEndDate: new Date(Date.now() + 6 * 24 * HOUR).toISOString() })],
  ['escrow', trade('ESCROW')],
  ['completed', trade('COMPLETED')],
  ['failed with a known reason', trade('FAILED', { error: 'OFFER_NOT_ACCEPTED' })],
  ['declined', trade('DECLINED')],
  ['reversed', trade('REVERTED')],
  ['split over several offers', trade('ACTIVE', { relatedTrades: [{ id: 'part-2', status: 'ACTIVE', items: [], totalPrice: 5.5, offerID: '888', botInfo: { name: 'AssetPay Two' } }] })],
  ['a Rust deposit', { ...trade('COMPLETED'), game: '252490', preCredit: 100.3, pendingCredit: 0 }],
];

describe('TradeStatus in every pack', () => {
  it.each(TRADES)('%s', (_name, shown) => {
    const found: Record<string, string[]> = {};
    for (const [tag, labels] of ENTRIES) {
      const view = render(
        <AssetPayProvider getToken={() => 'tok'} refreshOnSessionStart={false} retry={0} queryClient={new QueryClient()}>
          <TradeStatus trade={shown} enabled={false} labels={labels} />
        </AssetPayProvider>,
      );
      const english = leftovers(view.container, tag, []);
      if (english.length) found[tag] = english;
      view.unmount();
    }
    expect(found).toEqual({});
  });
});
