import { ok, validationFailed } from './respond.js';
import type { MockState } from './state.js';
import { advanceTrades } from './tradeLifecycle.js';

function positiveInt(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}

/**
 * Answers `GET /client/trades` (`.co`: `page`, `limit`, `type`, `game` → `{ trades, count }`, newest
 * first). With `tradeProgress: 'auto'` every answer first moves each open trade one status on.
 */
export function handleTrades(state: MockState, url: URL): Response {
  const q = url.searchParams;
  const fields: Record<string, string> = {};
  const page = positiveInt(q.get('page'), 1, Number.MAX_SAFE_INTEGER);
  if (page === null) fields.page = 'must be an integer >= 1';
  const limit = positiveInt(q.get('limit'), 10, 100);
  if (limit === null) fields.limit = 'must be an integer 1-100';
  const type = q.get('type')?.toUpperCase() || undefined;
  if (type !== undefined && type !== 'DEPOSIT' && type !== 'WITHDRAW') fields.type = 'must be DEPOSIT or WITHDRAW';
  const game = q.get('game') || undefined;
  if (game !== undefined && game !== '730' && game !== '252490') fields.game = 'must be 730 or 252490';
  if (page === null || limit === null || Object.keys(fields).length > 0) return validationFailed(state, fields);
  if (state.options.tradeProgress === 'auto') advanceTrades(state);

  const matching = state.trades.filter((trade) => (type === undefined || trade.type === type) && (game === undefined || trade.game === game));
  const start = (page - 1) * limit;
  return ok(state, { trades: matching.slice(start, start + limit), count: matching.length });
}
