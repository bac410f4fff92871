import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRADE_POLL_MS,
  isFailedStage,
  isTerminalStage,
  MAX_TRADE_POLL_MS,
  parseTradeResponse,
  steamOfferUrl,
  timeLeft,
  tradePollDelay,
  tradeStage,
  tradeTimeline,
  type TradeStage,
  type TradeStepState,
  type TimelineTrade,
} from '../../src/core/index.js';

describe('tradeStage', () => {
  it.each<[string, TradeStage]>([
    // .co, UPPERCASE: PENDING = offer sent, ACTIVE = accepted
    ['INITIATED', 'creating'],
    ['PENDING', 'awaiting-acceptance'],
    ['ACTIVE', 'accepted'],
    ['ESCROW', 'escrow'],
    ['HOLD', 'hold'],
    ['COMPLETED', 'completed'],
    ['FAILED', 'failed'],
    ['REVERTED', 'reverted'],
    ['PARTIAL', 'partial'],
    // .gg, lowercase: pending = still being created, active = offer sent
    ['initiated', 'creating'],
    ['pending', 'creating'],
    ['active', 'awaiting-acceptance'],
    ['hold', 'hold'],
    ['completed', 'completed'],
    ['failed', 'failed'],
    ['canceled', 'canceled'],
    ['declined', 'declined'],
    ['reverted', 'reverted'],
    // unambiguous words in another case or spelling
    ['CANCELED', 'canceled'],
    ['cancelled', 'canceled'],
    ['Declined', 'declined'],
    ['escrow', 'escrow'],
    // ambiguous or unknown
    ['Pending', 'unknown'],
    ['Active', 'unknown'],
    ['SHIPPED', 'unknown'],
    ['', 'unknown'],
    ['__proto__', 'unknown'],
    ['toString', 'unknown'],
  ])('%j → %s', (status, stage) => {
    expect(tradeStage(status)).toBe(stage);
  });

  it('gives unknown for a missing status', () => {
    expect(tradeStage(undefined)).toBe('unknown');
    expect(tradeStage(null)).toBe('unknown');
  });

  it.each<[TradeStage, boolean, boolean]>([
    ['creating', false, false],
    ['awaiting-acceptance', false, false],
    ['accepted', false, false],
    ['escrow', false, false],
    ['hold', false, false],
    ['unknown', false, false],
    ['completed', true, false],
    ['failed', true, true],
    ['declined', true, true],
    ['canceled', true, true],
    ['reverted', true, true],
    ['partial', true, true],
  ])('%s: terminal %s, failed %s', (stage, terminal, failed) => {
    expect(isTerminalStage(stage)).toBe(terminal);
    expect(isFailedStage(stage)).toBe(failed);
  });
});

/** The timeline as `id:state`, with `*` after the step that has `isCurrent`. */
const steps = (trade: TimelineTrade, options?: Parameters<typeof tradeTimeline>[1]) =>
  tradeTimeline(trade, options).map((step) => `${step.id}:${step.state}${step.isCurrent ? '*' : ''}`);

describe('tradeTimeline', () => {
  it.each<[string, TimelineTrade, string[]]>([
    ['CS2 just created', { status: 'INITIATED', game: '730' }, ['creating:current*', 'awaiting-acceptance:upcoming', 'accepted:upcoming', 'hold:upcoming', 'completed:upcoming']],
    ['CS2 offer sent (.co)', { status: 'PENDING', game: '730', offerID: '1' }, ['creating:done', 'awaiting-acceptance:current*', 'accepted:upcoming', 'hold:upcoming', 'completed:upcoming']],
    ['CS2 offer sent (.gg active)', { status: 'active', game: '730' }, ['creating:done', 'awaiting-acceptance:current*', 'accepted:upcoming', 'hold:upcoming', 'completed:upcoming']],
    ['CS2 on hold', { status: 'HOLD', game: '730' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'hold:current*', 'completed:upcoming']],
    ['CS2 completed', { status: 'COMPLETED', game: '730' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'hold:done', 'completed:done*']],
    ['CS2 in escrow', { status: 'ESCROW', game: '730' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'escrow:current*', 'hold:upcoming', 'completed:upcoming']],
    ['Rust accepted: no hold', { status: 'ACTIVE', game: '252490' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:current*', 'completed:upcoming']],
    ['Rust completed', { status: 'COMPLETED', game: '252490' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'completed:done*']],
    ['Rust .gg completed', { status: 'completed', game: '252490' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'completed:done*']],
    ['failed before the offer was sent', { status: 'FAILED', game: '730' }, ['failed:failed*']],
    ['failed after the offer was sent', { status: 'FAILED', game: '730', offerID: '55' }, ['creating:done', 'failed:failed*']],
    ['declined (.gg)', { status: 'declined', game: '730' }, ['creating:done', 'declined:failed*']],
    ['canceled (.gg)', { status: 'canceled', game: '730' }, ['canceled:failed*']],
    ['reverted on hold', { status: 'REVERTED', game: '730', offerID: '9', holdEndDate: '2030-01-01T00:00:00Z' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'reverted:failed*']],
    ['reverted, Rust', { status: 'reverted', game: '252490' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'reverted:failed*']],
    ['partial, CS2', { status: 'PARTIAL', game: '730' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'hold:done', 'partial:failed*']],
    ['partial, Rust', { status: 'PARTIAL', game: '252490' }, ['creating:done', 'awaiting-acceptance:done', 'accepted:done', 'partial:failed*']],
    ['unknown status with an offer id', { status: 'SHIPPED', game: '730', offerID: '1' }, ['creating:done', 'awaiting-acceptance:upcoming', 'accepted:upcoming', 'hold:upcoming', 'completed:upcoming']],
  ])('%s', (_name, trade, expected) => {
    expect(steps(trade)).toEqual(expected);
  });

  it('keeps the escrow step once the trade went through escrow', () => {
    expect(steps({ status: 'HOLD', game: '730' }, { visited: ['PENDING', 'ESCROW'].map(tradeStage) })).toEqual([
      'creating:done',
      'awaiting-acceptance:done',
      'accepted:done',
      'escrow:done',
      'hold:current*',
      'completed:upcoming',
    ]);
  });

  it('ends a failure where the trade was last seen', () => {
    expect(steps({ status: 'FAILED', game: '730' }, { visited: ['creating', 'awaiting-acceptance', 'accepted', 'escrow'] })).toEqual([
      'creating:done',
      'awaiting-acceptance:done',
      'accepted:done',
      'failed:failed*',
    ]);
  });

  it('takes the game from the options over the trade and shows a hold the API reports even on Rust', () => {
    expect(steps({ status: 'ACTIVE' }, { game: 252490 })).not.toContain('hold:upcoming');
    expect(steps({ status: 'ACTIVE' })).toContain('hold:upcoming');
    expect(steps({ status: 'HOLD', game: '252490' })).toContain('hold:current*');
  });

  it('marks exactly one step current, in flight and terminal alike', () => {
    const statuses = ['INITIATED', 'PENDING', 'ACTIVE', 'ESCROW', 'HOLD', 'COMPLETED', 'FAILED', 'REVERTED', 'PARTIAL', 'declined', 'canceled'];
    for (const status of statuses) {
      const timeline = tradeTimeline({ status, game: '730' });
      expect(timeline.filter((step) => step.isCurrent), status).toHaveLength(1);
      expect(timeline.filter((step) => step.state === ('current' satisfies TradeStepState)).length, status).toBeLessThanOrEqual(1);
    }
  });
});

describe('tradePollDelay', () => {
  it.each<[string, Parameters<typeof tradePollDelay>, number | false]>([
    ['in flight: the base interval', ['awaiting-acceptance', {}], DEFAULT_TRADE_POLL_MS],
    ['a custom interval', ['creating', { intervalMs: 1000 }], 1000],
    ['on hold: 12 times slower', ['hold', { intervalMs: 1000 }], 12_000],
    ['in escrow: 12 times slower', ['escrow', { intervalMs: 1000 }], 12_000],
    ['one related trade still moving keeps the base interval', [['hold', 'awaiting-acceptance'], { intervalMs: 1000 }], 1000],
    ['terminal: stop', ['completed', {}], false],
    ['all terminal: stop', [['completed', 'failed', 'declined'], {}], false],
    ['one open among terminal ones: go on', [['completed', 'creating'], { intervalMs: 1000 }], 1000],
    ['nothing known yet: poll', [[], { intervalMs: 1000 }], 1000],
    ['unknown status: poll', ['unknown', { intervalMs: 1000 }], 1000],
    ['1 failure doubles', ['creating', { intervalMs: 1000, failures: 1 }], 2000],
    ['3 failures: 8 times', ['creating', { intervalMs: 1000, failures: 3 }], 8000],
    ['many failures: capped', ['creating', { intervalMs: 1000, failures: 40 }], MAX_TRADE_POLL_MS],
    ['own cap', ['creating', { intervalMs: 1000, failures: 10, maxMs: 30_000 }], 30_000],
    ['Retry-After is a minimum', ['creating', { intervalMs: 1000, failures: 1, error: { retryAfterMs: 2000 } }], 2000],
    ['Retry-After beyond the cap is still honoured', ['creating', { intervalMs: 1000, failures: 1, error: { retryAfterMs: 600_000 } }], 600_000],
    ['a shorter Retry-After does not shorten the backoff', ['creating', { intervalMs: 1000, failures: 3, error: { retryAfterMs: 10 } }], 8000],
    ['the hold interval is not shortened by an error', ['hold', { intervalMs: 1000, failures: 1, error: { retryAfterMs: 2000 } }], 12_000],
  ])('%s', (_name, args, expected) => {
    expect(tradePollDelay(...args)).toBe(expected);
  });
});

describe('timeLeft', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  it.each<[string, string, { days: number; hours: number; minutes: number } | null]>([
    ['7 days minus an hour', '2026-12-01T09:00:00Z', { days: 6, hours: 23, minutes: 0 }],
    ['rounded down to the minute', '2026-11-24T12:34:59Z', { days: 0, hours: 2, minutes: 34 }],
    ['past', '2026-11-24T09:00:00Z', { days: 0, hours: 0, minutes: 0 }],
    ['unreadable', 'soon', null],
    ['empty', '', null],
  ])('%s', (_name, end, expected) => {
    const left = timeLeft(end, now);
    if (expected === null) expect(left).toBeNull();
    else expect(left).toMatchObject(expected);
  });
});

describe('steamOfferUrl', () => {
  it.each<[string | undefined, string | null]>([
    ['7654321', 'https://steamcommunity.com/tradeoffer/7654321/'],
    ['javascript:alert(1)', null],
    ['123/../../evil', null],
    [' 123', null],
    ['123456789012345678901', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (offerID, url) => {
    expect(steamOfferUrl(offerID)).toBe(url);
  });
});

describe('relatedTrades in the trade schema', () => {
  it('keeps valid related trades, drops malformed ones and nests no deeper than one level', () => {
    const trade = parseTradeResponse({
      success: true,
      data: {
        id: 'main',
        status: 'active',
        relatedTrades: [
          { id: 'r1', status: 'active', totalPrice: 1.5, relatedTrades: [{ id: 'deep', status: 'active' }] },
          { status: 'active' },
          'junk',
        ],
      },
    });
    expect(trade.relatedTrades).toEqual([expect.objectContaining({ id: 'r1', status: 'active', totalPrice: 1.5 })]);
    expect(trade.relatedTrades?.[0]).not.toHaveProperty('relatedTrades');
  });

  it('leaves relatedTrades out when the API sends none or something unusable', () => {
    expect(parseTradeResponse({ success: true, data: { id: 'a', status: 'INITIATED' } }).relatedTrades).toBeUndefined();
    expect(parseTradeResponse({ success: true, data: { id: 'a', status: 'INITIATED', relatedTrades: 'x' } }).relatedTrades).toBeUndefined();
  });
});
