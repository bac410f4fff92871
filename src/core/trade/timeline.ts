import type { Trade } from '../types.js';
import { isFailedStage, tradeStage, type TradeStage } from './stage.js';
import { parseGame, RUST } from '../games.js';

/** A step of the timeline: a stage on the way to `completed`, or the terminal stage that ended it. */
export type TradeStepId = Exclude<TradeStage, 'unknown'>;

/** `done` before the current step, `current` (the trade is there now), `upcoming`, or `failed` (the step that ended it). */
export type TradeStepState = 'done' | 'current' | 'upcoming' | 'failed';

/** One step of {@link tradeTimeline}. */
export interface TradeStep {
  id: TradeStepId;
  state: TradeStepState;
  /** The step the trade is at: the `current` one, or the last one once the trade is over. */
  isCurrent: boolean;
}

/** Options of {@link tradeTimeline}. */
export interface TradeTimelineOptions {
  /** `730` / `'730'` (CS2) or `252490` / `'252490'` (Rust). @default trade.game */
  game?: number | string;
  /** Stages the trade was seen in before, e.g. by polling: adds the escrow step once it went through escrow. */
  visited?: Iterable<TradeStage>;
}

/** The fields of a trade the timeline reads. */
export type TimelineTrade = Pick<Trade, 'status' | 'game' | 'offerID' | 'holdEndDate'>;


/** The way to `completed`: escrow only when the trade went through it; no hold on Rust (unless the API says so). */
function happyPath(stage: TradeStage, visited: ReadonlySet<TradeStage>, isRust: boolean, hasHoldDate: boolean): TradeStepId[] {
  const path: TradeStepId[] = ['creating', 'awaiting-acceptance', 'accepted'];
  if (stage === 'escrow' || visited.has('escrow')) path.push('escrow');
  if (!isRust || stage === 'hold' || visited.has('hold') || hasHoldDate) path.push('hold');
  path.push('completed');
  return path;
}

/** Index in `path` of the step that was in progress when the trade ended or left the known statuses. */
function stoppedAt(stage: TradeStage, path: readonly TradeStepId[], trade: TimelineTrade, visited: ReadonlySet<TradeStage>): number {
  const afterAccepted = path.indexOf('accepted') + 1;
  let at = 0;
  if (trade.offerID) at = 1;
  if (trade.holdEndDate && path.includes('hold')) at = path.indexOf('hold');
  if (stage === 'declined') at = Math.max(at, 1);
  if (stage === 'reverted') at = Math.max(at, afterAccepted);
  if (stage === 'partial') at = path.length - 1;
  for (const seen of visited) {
    const index = path.indexOf(seen as TradeStepId);
    if (index >= 0 && seen !== 'completed') at = Math.max(at, index);
  }
  return Math.min(at, path.length - 1);
}

/**
 * The ordered steps of a trade, for a progress display:
 * CS2 `creating → awaiting-acceptance → accepted → (escrow) → hold → completed`, Rust the same
 * without `hold`. A trade that ended badly keeps the steps it got through (`done`) and ends on one
 * `failed` step named after how it ended (`failed`, `declined`, `canceled`, `reverted`, `partial`).
 * An unknown status shows what the trade's fields prove (an `offerID` means the offer exists)
 * and marks no step current.
 */
export function tradeTimeline(trade: TimelineTrade, options: TradeTimelineOptions = {}): TradeStep[] {
  const stage = tradeStage(trade.status);
  const visited = new Set(options.visited ?? []);
  const isRust = parseGame(options.game ?? trade.game) === RUST;
  const path = happyPath(stage, visited, isRust, !!trade.holdEndDate);

  if (stage === 'completed') {
    return path.map((id, index) => ({ id, state: 'done', isCurrent: index === path.length - 1 }));
  }
  const position = path.indexOf(stage as TradeStepId);
  if (position >= 0) {
    return path.map((id, index) => ({
      id,
      state: index < position ? 'done' : index === position ? 'current' : 'upcoming',
      isCurrent: index === position,
    }));
  }
  const stop = stoppedAt(stage, path, trade, visited);
  const before = path.slice(0, stop).map((id): TradeStep => ({ id, state: 'done', isCurrent: false }));
  if (isFailedStage(stage)) return [...before, { id: stage as TradeStepId, state: 'failed', isCurrent: true }];
  return [...before, ...path.slice(stop).map((id): TradeStep => ({ id, state: 'upcoming', isCurrent: false }))];
}
