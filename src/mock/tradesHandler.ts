import { DEFAULT_GAME, GAME_IDS, wireGame } from '../core/games.js';
import { parseGame, positiveInt } from './inventoryQuery.js';
import { ok, validationFailed } from './respond.js';
import type { MockState, MockTrade } from './state.js';
import { advanceTrades } from './tradeLifecycle.js';

const CURSOR_PREFIX = 'mockc1:';

/** An opaque cursor: "trades created before the trade with this creation number". */
function encodeCursor(sequence: number): string {
  return btoa(`${CURSOR_PREFIX}${sequence}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(raw: string): number | null {
  let text: string;
  try {
    text = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const match = new RegExp(`^${CURSOR_PREFIX}(\\d{1,15})$`).exec(text);
  const sequence = match ? Number(match[1]) : Number.NaN;
  return sequence >= 1 ? sequence : null;
}

/** 1 for the first trade ever created; trades are stored newest first and never removed. */
const sequenceAt = (state: MockState, index: number) => state.trades.length - index;

/**
 * The trades of a game and type that this answer lists, newest first. A trade still inside its
 * `tradeListingLag` is left out, and this answer counts against its lag.
 */
function listed(state: MockState, game: string, type: string | undefined): { trade: MockTrade; sequence: number }[] {
  const result: { trade: MockTrade; sequence: number }[] = [];
  state.trades.forEach((trade, index) => {
    if (trade.game !== game || (type !== undefined && trade.type !== type)) return;
    const lag = state.unlisted.get(trade.id) ?? 0;
    if (lag > 0) {
      if (lag === 1) state.unlisted.delete(trade.id);
      else state.unlisted.set(trade.id, lag - 1);
      return;
    }
    result.push({ trade, sequence: sequenceAt(state, index) });
  });
  return result;
}

function gameOf(q: URLSearchParams, fields: Record<string, string>): string {
  const game = parseGame(q.get('game'));
  if (game === null) fields.game = `must be ${GAME_IDS.join(' or ')}`;
  return wireGame(game ?? DEFAULT_GAME);
}

/** `.co`: `page`, `limit` (1–100, default 10), `type` DEPOSIT | WITHDRAW, `game` → `{ trades, count }`. */
function coTrades(state: MockState, q: URLSearchParams): Response {
  const fields: Record<string, string> = {};
  const page = positiveInt(q.get('page'), 1);
  if (page === null) fields.page = 'must be an integer >= 1';
  const limit = positiveInt(q.get('limit'), 10);
  if (limit === null || limit > 100) fields.limit = 'must be an integer 1-100';
  const type = q.get('type') || undefined;
  if (type !== undefined && type !== 'DEPOSIT' && type !== 'WITHDRAW') fields.type = 'must be DEPOSIT or WITHDRAW';
  const game = gameOf(q, fields);
  if (page === null || limit === null || Object.keys(fields).length > 0) return validationFailed(state, fields);
  if (state.options.tradeProgress !== 'manual') advanceTrades(state);
  const matching = listed(state, game, type);
  const start = (page - 1) * limit;
  return ok(state, { trades: matching.slice(start, start + limit).map((entry) => entry.trade), count: matching.length });
}

/** `.gg`: `cursor`, `limit` (1–100, default 20), `type` deposit | withdraw, `game` → `{ items, nextCursor }`. */
function ggTrades(state: MockState, q: URLSearchParams): Response {
  const fields: Record<string, string> = {};
  const limit = positiveInt(q.get('limit'), 20);
  if (limit === null || limit > 100) fields.limit = 'must be an integer 1-100';
  const type = q.get('type') || undefined;
  if (type !== undefined && type !== 'deposit' && type !== 'withdraw') fields.type = 'must be deposit or withdraw';
  const cursorRaw = q.get('cursor') || null;
  const before = cursorRaw === null ? null : decodeCursor(cursorRaw);
  if (cursorRaw !== null && before === null) fields.cursor = 'is not a cursor this API gave out';
  const game = gameOf(q, fields);
  if (limit === null || Object.keys(fields).length > 0) return validationFailed(state, fields);
  if (state.options.tradeProgress !== 'manual') advanceTrades(state);
  const matching = listed(state, game, type).filter((entry) => before === null || entry.sequence < before);
  const page = matching.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = matching.length > limit && last ? encodeCursor(last.sequence) : null;
  return ok(state, { items: page.map((entry) => entry.trade), nextCursor });
}

/**
 * Answers `GET /client/trades` per variant, newest first; both list one game at a time, `730`
 * unless `game` says otherwise. With `tradeProgress: 'auto'` every answer first moves each open
 * trade one status on.
 */
export function handleTrades(state: MockState, url: URL): Response {
  return state.variant === 'gg' ? ggTrades(state, url.searchParams) : coTrades(state, url.searchParams);
}
