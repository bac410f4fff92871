import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { TradeStatus, type TradeStatusProps } from '../../src/components/TradeStatus/TradeStatus.js';
import { AssetPayProvider, parseTradeResponse, type Trade } from '../../src/index.js';
import { installMock, line, postDeposit, row } from '../mock/helpers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function show(props: TradeStatusProps) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AssetPayProvider getToken={() => 'tok'} refreshOnSessionStart={false} retry={0} queryClient={queryClient}>
      <TradeStatus {...props} />
    </AssetPayProvider>,
  );
}

const cs2 = (status: string, extra: Partial<Trade> = {}): Trade => ({
  id: 'trade-1',
  status,
  game: '730',
  items: [],
  totalPrice: 100.3,
  preCredit: 60.1,
  pendingCredit: 40.2,
  botInfo: { name: 'AssetPay Bot Olivia' },
  ...extra,
});

/** The `<dd>` next to the `<dt>` called `term`. */
const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

const steps = () => within(screen.getByRole('list', { name: 'Progress' })).getAllByRole('listitem');

afterEach(() => {
  vi.useRealTimers();
});

describe('TradeStatus', () => {
  it('forwards a ref to its root and takes className, style, DOM props and handlers there, keeping its data-slot', () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    show({ trade: cs2('ACTIVE'), enabled: false, ...({ ref } as object), className: 'mine', style: { maxWidth: 320 }, 'aria-describedby': 'help', onClick, ...({ 'data-testid': 'ts', 'data-slot': 'theirs' } as object) });
    const root = screen.getByTestId('ts');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('mine', 'ap-TradeStatus-root');
    expect(root).toHaveAttribute('data-slot', 'trade-status');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root).toHaveStyle({ maxWidth: '320px' });
    root.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('shows the timeline as an ordered list with aria-current on the current step', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: cs2('PENDING', { offerID: '123' }), enabled: false });
    const list = screen.getByRole('list', { name: 'Progress' });
    expect(list.tagName).toBe('OL');
    expect(steps().map((step) => step.textContent)).toEqual([
      'Offer (done)',
      'Accept in Steam',
      'Transfer (to come)',
      'Trade protection (7 days) (to come)',
      'Completed (to come)',
    ]);
    const current = steps().filter((step) => step.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Accept in Steam');
    expect(screen.getByRole('status')).toHaveTextContent('Your Steam trade offer is ready. Accept it in Steam.');
  });

  it('shows Rust without a hold step, and marks the last step current once completed', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: { ...cs2('COMPLETED'), game: '252490', preCredit: 100.3, pendingCredit: 0 }, enabled: false });
    expect(steps().map((step) => step.dataset.step)).toEqual(['creating', 'awaiting-acceptance', 'accepted', 'completed']);
    expect(steps().at(-1)).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('status')).toHaveTextContent('Deposit complete.');
    expect(figure('Credited now')).toHaveTextContent(/^\$100\.30$/);
    expect(screen.queryByText('Credited after the hold')).toBeNull();
  });

  it.each([
    ['7654321', true],
    ['javascript:alert(1)', false],
    ['https://steamcommunity.com.evil.example/tradeoffer/1/', false],
    ['12 34', false],
  ])('links to the Steam offer only for an all-digits offerID (%s)', (offerID, linked) => {
    installMock({ tradeProgress: 'manual' });
    const { container } = show({ trade: cs2('PENDING', { offerID }), enabled: false });
    const link = screen.queryByRole('link', { name: 'Open the trade offer in Steam' });
    if (linked) {
      expect(link).toHaveAttribute('href', `https://steamcommunity.com/tradeoffer/${offerID}/`);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      expect(link).toBeNull();
    }
    expect(container.querySelectorAll('a')).toHaveLength(linked ? 1 : 0);
  });

  it('names the bot and asks the user to check the sender of the offer', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: cs2('PENDING', { botInfo: { name: '<b>Bot</b>' } }), enabled: false });
    expect(figure('Sent by')).toHaveTextContent('<b>Bot</b>');
    expect(screen.getByText('Check that the offer in Steam comes from <b>Bot</b>. Decline any offer from another account.')).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('counts the hold down in a <time>, outside the live region, and updates it', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    installMock({ tradeProgress: 'manual' });
    const end = new Date(Date.now() + 7 * DAY - HOUR + 30_000).toISOString();
    show({ trade: cs2('HOLD', { offerID: '1', holdEndDate: end }), enabled: false });
    const time = figure('Hold ends in').querySelector('time')!;
    expect(time).toHaveAttribute('dateTime', end);
    expect(time).toHaveTextContent(/^6 days, 23 hr$/);
    const status = screen.getByRole('status');
    expect(status).not.toHaveTextContent(/\d+ days, \d+ hr/);
    act(() => void vi.advanceTimersByTime(2 * HOUR));
    expect(time).toHaveTextContent(/^6 days, 21 hr$/);
    act(() => void vi.advanceTimersByTime(6 * DAY + 20 * HOUR + 30 * 60_000));
    expect(time).toHaveTextContent(/^30 min$/);
    expect(status).toHaveTextContent('Items received.');
  });

  it('shows the payout and the credit split exactly in cents', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: cs2('HOLD', { totalPrice: 0.3, preCredit: 0.1, pendingCredit: 0.2 }), enabled: false });
    expect(figure('You get')).toHaveTextContent(/^\$0\.30$/);
    expect(figure('Credited now')).toHaveTextContent(/^\$0\.10$/);
    expect(figure('Credited after the hold')).toHaveTextContent(/^\$0\.20$/);
  });

  it('says "credited once accepted" before the hold, and drops amounts that are not whole cents', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: cs2('INITIATED', { preCredit: 10.755, pendingCredit: 89.55 }), enabled: false });
    expect(screen.queryByText('Credited once accepted')).toBeNull();
    expect(figure('Credited after the hold')).toHaveTextContent(/^\$89\.55$/);
    expect(figure('You get')).toHaveTextContent(/^\$100\.30$/);
  });

  it.each([
    ['active', 'awaiting-acceptance', 'Your Steam trade offer is ready. Accept it in Steam.'],
    ['pending', 'creating', 'We are preparing your Steam trade offer.'],
    ['hold', 'hold', 'Items received.'],
    ['declined', 'declined', 'The trade offer was declined.'],
    ['canceled', 'canceled', 'The trade offer was canceled.'],
    ['REVERTED', 'reverted', 'The trade was reversed in Steam.'],
    ['PARTIAL', 'partial', 'Only part of the trade went through.'],
    ['SOMETHING_NEW', 'unknown', 'Checking the trade status…'],
  ])('reads status %s as %s', (status, stage, sentence) => {
    installMock({ tradeProgress: 'manual' });
    const { container } = show({ trade: cs2(status), enabled: false });
    expect(container.firstElementChild).toHaveAttribute('data-stage', stage);
    expect(screen.getByRole('status')).toHaveTextContent(sentence);
    expect(figure('Status')).toHaveTextContent(status);
  });

  it('renders a hostile failure reason as text, and .gg error codes in words', () => {
    installMock({ tradeProgress: 'manual' });
    const { container, unmount } = show({ trade: cs2('FAILED', { error: '<img src=x onerror="alert(1)">' }), enabled: false });
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toHaveAttribute('data-field', 'trade-error');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Failed');
    // No credit lines for a trade that did not go through.
    expect(screen.queryByText('Credited after the hold')).toBeNull();
    unmount();
    show({ trade: cs2('failed', { error: 'OFFER_NOT_ACCEPTED' }), enabled: false });
    expect(screen.getByText('The offer was not accepted in time.')).toBeInTheDocument();
  });

  it('shows inherited property names as the text they are', () => {
    installMock({ tradeProgress: 'manual' });
    show({ trade: cs2('FAILED', { error: 'constructor' }), enabled: false });
    expect(screen.getByText('constructor')).toHaveAttribute('data-field', 'trade-error');
  });

  it('lists the related trades of a split basket with their own status, bot and offer link', () => {
    installMock({ tradeProgress: 'manual' });
    const related: Trade[] = [
      { id: 'part-2', status: 'active', items: [], totalPrice: 5.5, offerID: '888', botInfo: { name: 'Bot Two' } },
      { id: 'part-3', status: 'declined', items: [], offerID: 'javascript:void(0)' },
    ];
    show({ trade: cs2('active', { offerID: '777', relatedTrades: related }), enabled: false });
    const group = screen.getByRole('group', { name: 'Other offers of this deposit' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.tradeId)).toEqual(['part-2', 'part-3']);
    expect(items[0]).toHaveTextContent('Offer 2: Waiting for you to accept · $5.50 · Sent by Bot Two');
    expect(within(items[0]!).getByRole('link', { name: 'Open offer 2 in Steam' })).toHaveAttribute('href', 'https://steamcommunity.com/tradeoffer/888/');
    expect(items[1]).toHaveTextContent('Offer 3: Declined');
    expect(within(items[1]!).queryByRole('link')).toBeNull();
  });

  it('announces stage changes only: polls that bring the same stage change nothing in the live region', async () => {
    const mock = installMock({ tradeProgress: 'manual', inventories: { 730: [row('live-1', 'AK-47 | Redline', 10)], 252490: [] } });
    const answer = await postDeposit({ items: [line(mock.inventory(730)[0]!)], game: '730', externalId: 'ext-live', isInstant: true });
    const trade = parseTradeResponse(answer.json);
    show({ trade, intervalMs: 20 });
    const status = screen.getByRole('status');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
    const polls = () => mock.requests.filter((request) => request.url.includes('/client/trades')).length;
    await waitFor(() => expect(polls()).toBeGreaterThanOrEqual(3));
    expect(changes).toHaveLength(0);
    mock.setTradeStatus(trade.id, 'PENDING');
    await waitFor(() => expect(status).toHaveTextContent('Accept it in Steam.'));
    const afterChange = changes.length;
    expect(afterChange).toBeGreaterThan(0);
    const seen = polls();
    await waitFor(() => expect(polls()).toBeGreaterThanOrEqual(seen + 3));
    expect(changes).toHaveLength(afterChange);
    expect(await screen.findByRole('link', { name: 'Open the trade offer in Steam' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/steamcommunity\.com\/tradeoffer\/\d+\/$/));
    observer.disconnect();
  });

  it('shows that the status may be old while polls fail, and keeps the trade', async () => {
    const mock = installMock();
    mock.failNext('SERVICE_UNAVAILABLE', { endpoint: 'trades', times: 5 });
    show({ trade: cs2('PENDING'), intervalMs: 20 });
    expect(await screen.findByText('Could not check the status just now. Trying again…')).toBeInTheDocument();
    expect(figure('Trade')).toHaveTextContent('trade-1');
  });

  it('drops its own class names when unstyled, keeping data attributes and host classes', () => {
    installMock({ tradeProgress: 'manual' });
    const { container } = show({ trade: cs2('PENDING', { offerID: '1' }), enabled: false, unstyled: true, classNames: { link: 'host-link' } });
    expect(container.querySelectorAll('[class*="ap-TradeStatus"]')).toHaveLength(0);
    expect(screen.getByRole('link')).toHaveClass('host-link');
    expect(container.querySelector('[data-slot=trade-status-timeline]')).not.toBeNull();
  });
});
