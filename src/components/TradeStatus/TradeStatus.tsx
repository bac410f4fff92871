import { forwardRef, type HTMLAttributes, type Ref } from 'react';
import { isFailedStage, steamOfferUrl, tryToCents, type Trade } from '../../core/index.js';
import { useTrade, type AssetPayTheme } from '../../hooks/index.js';
import { cx, flag, themeAttributes, useFullDisplay, type DisplayProps } from '../shared/index.js';
import { Credits, failureText, HoldCountdown, RelatedTrades, Timeline, type TradeStatusSlot } from './TradeStatusParts.js';

export type { TradeStatusSlot } from './TradeStatusParts.js';

/**
 * Props of {@link TradeStatus}. Give `trade` (from the deposit), `tradeId` or `externalId`. Other
 * HTML attributes and handlers go on its root `div`.
 */
export interface TradeStatusProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The trade the deposit returned: shown at once, then followed. @default undefined */
  trade?: Trade;
  /** Follow a trade by id. @default trade?.id */
  tradeId?: string;
  /** Follow the trade a deposit with this `externalId` created. @default undefined */
  externalId?: string;
  /** Game of the trade (`730` or `252490`, number or string). @default trade?.game */
  game?: number | string;
  /** Base time between polls of `GET /client/trades` (see `useTrade`). @default 5000 */
  intervalMs?: number;
  /** Poll at all. @default true */
  enabled?: boolean;
  /** Applies a theme on the root; leave it out inside a themed parent. @default undefined */
  theme?: AssetPayTheme;
  /** Class name of the root element. @default undefined */
  className?: string;
  /** Class names per part. @default {} */
  classNames?: Partial<Record<TradeStatusSlot, string>>;
  /** Drop our `ap-TradeStatus-*` class names (data attributes stay). @default false */
  unstyled?: boolean;
}

const EARLY = new Set(['creating', 'awaiting-acceptance', 'unknown']);

/**
 * Follows a deposit after it was sent (through `useTrade`): a status sentence in a polite live
 * region (it changes, and is announced, only when the stage does), the trade, its status, the bot
 * to look for in Steam, the payout with what is credited now and after the hold, a countdown to
 * the end of the hold, the link to the Steam offer (all-digits offer ids only), the failure
 * reason as text, a timeline (`aria-current="step"` on the current step) and the other offers of
 * a split basket.
 * @selector [data-slot=trade-status] [data-stage] [data-status] [data-terminal] [data-transport=realtime|polling]
 */
export const TradeStatus = /* @__PURE__ */ forwardRef<HTMLDivElement, TradeStatusProps>(TradeStatusRender);

function TradeStatusRender(props: TradeStatusProps, ref: Ref<HTMLDivElement>) {
  const {
    unstyled = false,
    classNames = {},
    trade: _trade,
    tradeId: _tradeId,
    externalId: _externalId,
    game: _game,
    intervalMs: _intervalMs,
    enabled: _enabled,
    theme: _theme,
    className: _className,
    labels: _labels,
    locale: _locale,
    currency: _currency,
    style,
    ...rest
  } = props;
  const display = useFullDisplay(props);
  const { labels, money } = display;
  const c = (slot: TradeStatusSlot) => (unstyled ? classNames[slot] : cx(`ap-TradeStatus-${slot}`, classNames[slot]));
  const tracked = useTrade({
    trade: props.trade,
    tradeId: props.tradeId,
    externalId: props.externalId,
    game: props.game,
    intervalMs: props.intervalMs,
    enabled: props.enabled,
  });
  const { trade, stage, timeline, related } = tracked;
  const href = steamOfferUrl(trade?.offerID);
  const total = tryToCents(trade?.totalPrice);
  const bot = trade?.botInfo?.name;
  const showHold = !!trade?.holdEndDate && (stage === 'hold' || stage === 'escrow');

  return (
    <div
      {...rest}
      ref={ref}
      data-slot="trade-status"
      data-stage={stage}
      data-status={trade?.status}
      data-terminal={flag(tracked.isTerminal)}
      // A quiet hook for a "live" indicator: 'realtime' while pushed events arrive.
      data-transport={tracked.transport}
      className={cx(c('root'), props.className)}
      {...(props.theme ? themeAttributes(props.theme, style) : { style })}
    >
      <p role="status" data-slot="trade-status-line" className={c('line')}>
        {labels.tradeStageMessage[stage]}
      </p>
      {trade && (
        <dl data-slot="trade-status-details" className={c('details')}>
          <div>
            <dt>{labels.tradeId}</dt>
            <dd data-field="trade-id">{trade.id}</dd>
          </div>
          <div>
            <dt>{labels.tradeStatus}</dt>
            <dd data-field="trade-status">
              {labels.tradeStage[stage]} <code>{trade.status}</code>
            </dd>
          </div>
          {bot && (
            <div>
              <dt>{labels.tradeBot}</dt>
              <dd data-field="bot-name">{bot}</dd>
            </div>
          )}
          {total !== null && (
            <div>
              <dt>{labels.totalPayout}</dt>
              <dd data-field="trade-total">{money(total)}</dd>
            </div>
          )}
          <Credits trade={trade} stage={stage} display={display} />
          {showHold && (
            <div>
              <dt>{labels.holdEnds}</dt>
              <dd data-field="hold-ends">
                <HoldCountdown end={trade.holdEndDate!} display={display} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {bot && EARLY.has(stage) && (
        <p data-slot="trade-status-verify" className={c('verify')}>
          {labels.verifyBot(bot)}
        </p>
      )}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer" data-slot="trade-status-link" className={c('link')}>
          {labels.openSteamOffer}
        </a>
      )}
      {trade?.error && isFailedStage(stage) && (
        <p data-slot="trade-status-failure" className={c('failure')}>
          {labels.tradeFailureReason}: <span data-field="trade-error">{failureText(trade.error, display)}</span>
        </p>
      )}
      {tracked.error && !tracked.isTerminal && (
        <p data-slot="trade-status-stale" className={c('stale')}>
          {labels.tradeStale}
        </p>
      )}
      {timeline.length > 0 && <Timeline steps={timeline} display={display} c={c} />}
      {related.length > 0 && <RelatedTrades trades={related} display={display} c={c} />}
    </div>
  );
}
