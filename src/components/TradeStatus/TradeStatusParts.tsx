// Pieces of TradeStatus. Internal: TradeStatus.tsx is the public entry.
import { isFailedStage, isTerminalStage, steamOfferUrl, timeLeft, tradeStage, tryToCents, type Trade, type TradeStage, type TradeStep } from '../../core/index.js';
import { dateTime, useNow, VisuallyHidden, type Display } from '../shared/index.js';

/** Parts of {@link TradeStatus} that take a class name. */
export type TradeStatusSlot = 'root' | 'line' | 'details' | 'verify' | 'link' | 'failure' | 'stale' | 'timeline' | 'step' | 'related';

/** Class name of a slot (already resolved for `unstyled` and `classNames`). */
export type TradeSlotClass = (slot: TradeStatusSlot) => string | undefined;

/** Time left on Steam's trade protection, as `<time dateTime>` plus the end date. */
export function HoldCountdown({ end, display }: { end: string; display: Display }) {
  const now = useNow(30_000);
  const left = timeLeft(end, now);
  if (!left) return null;
  const date = new Date(Date.parse(end));
  return (
    <>
      <time dateTime={date.toISOString()}>{display.labels.holdCountdown(left)}</time>{' '}
      <span>({dateTime(display.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)})</span>
    </>
  );
}

/** The failure reason: `.gg` codes in words, any other text as sent (always as text, never markup). */
export function failureText(error: string, display: Display): string {
  return Object.hasOwn(display.labels.tradeErrors, error) ? (display.labels.tradeErrors[error] ?? error) : error;
}

/** Money the trade pays now and after the hold, in exact cents; nothing for a trade that ended badly. */
export function Credits({ trade, stage, display }: { trade: Trade; stage: TradeStage; display: Display }) {
  const { labels, money } = display;
  if (isFailedStage(stage)) return null;
  const pre = tryToCents(trade.preCredit);
  const pending = tryToCents(trade.pendingCredit);
  const credited = stage === 'hold' || stage === 'completed';
  return (
    <>
      {pre !== null && (pre > 0 || pending === null || pending === 0) && (
        <div>
          <dt>{credited ? labels.creditedNow : labels.creditedOnAccept}</dt>
          <dd data-field="pre-credit">{money(pre)}</dd>
        </div>
      )}
      {pending !== null && pending > 0 && (
        <div>
          <dt>{labels.creditedAfterHold}</dt>
          <dd data-field="pending-credit">{money(pending)}</dd>
        </div>
      )}
    </>
  );
}

/** The steps as an ordered list; the current one has `aria-current="step"`. */
export function Timeline({ steps, display, c }: { steps: readonly TradeStep[]; display: Display; c: TradeSlotClass }) {
  const { labels } = display;
  return (
    <ol aria-label={labels.tradeProgress} data-slot="trade-status-timeline" className={c('timeline')}>
      {steps.map((step) => (
        <li
          key={step.id}
          data-slot="trade-status-step"
          data-step={step.id}
          data-state={step.state}
          aria-current={step.isCurrent ? 'step' : undefined}
          className={c('step')}
        >
          {labels.tradeStep[step.id]}
          {step.state !== 'current' && <VisuallyHidden> {labels.tradeStepState[step.state]}</VisuallyHidden>}
        </li>
      ))}
    </ol>
  );
}

/** The other offers of a split basket: stage, payout, bot and offer link of each. */
export function RelatedTrades({ trades, display, c }: { trades: readonly Trade[]; display: Display; c: TradeSlotClass }) {
  const { labels, money } = display;
  return (
    <div role="group" aria-label={labels.relatedTrades} data-slot="trade-status-related" className={c('related')}>
      <ul>
        {trades.map((trade, index) => {
          const stage = tradeStage(trade.status);
          const href = steamOfferUrl(trade.offerID);
          const total = tryToCents(trade.totalPrice);
          return (
            <li key={trade.id} data-trade-id={trade.id} data-stage={stage} data-terminal={isTerminalStage(stage) ? '' : undefined}>
              <span>{labels.relatedTrade(index + 2)}</span>: <span data-field="related-status">{labels.tradeStage[stage]}</span>
              {total !== null && <span data-field="related-total"> · {money(total)}</span>}
              {trade.botInfo?.name && (
                <span>
                  {' '}
                  · {labels.tradeBot} <span data-field="related-bot">{trade.botInfo.name}</span>
                </span>
              )}
              {isFailedStage(stage) && trade.error && <span data-field="related-error"> · {failureText(trade.error, display)}</span>}
              {href && (
                <>
                  {' '}
                  <a href={href} target="_blank" rel="noopener noreferrer" className={c('link')}>
                    {labels.openRelatedOffer(index + 2)}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
