// Trades of other users of the merchant. A client-token socket joins the merchant room (assetpay-api.md
// §1.5), so it hears them too; they exist only as events (`emitForeignTrade`), never in REST answers.
import { CS2, GAMES, RUST, parseGame as gameFrom, wireGame } from '../core/games.js';
import { BOT_NAMES } from './catalog.js';
import { createMockInventory } from './generator.js';
import { toGgRow } from './ggRows.js';
import { uuidFrom } from './random.js';
import type { MockState } from './state.js';
import { clientSteamIdOf } from './tradeHub.js';
import { applyTradeStatus, assertStatusOf } from './tradeLifecycle.js';
import type { MockTrade } from './tradeTypes.js';

/** A SteamID64 other than the user's. */
function otherSteamId(state: MockState): string {
  const own = clientSteamIdOf(state);
  for (;;) {
    const digits = String(state.foreignRandom.int(0, 999_999_999_999)).padStart(12, '0');
    const id = `76561${digits}`;
    if (id !== own) return id;
  }
}

/**
 * A plausible, newly initiated deposit of another user of the same merchant (new id, externalId
 * and `clientSteamID`), in the variant's shape, with `patch` applied. A `status` in `patch` must be
 * the variant's spelling and brings the fields that go with it (see `applyTradeStatus`). It is not
 * stored: `GET /client/trades` lists only the user's own trades.
 */
export function foreignTrade(state: MockState, patch: Partial<MockTrade> = {}): MockTrade {
  const random = state.foreignRandom;
  const gg = state.variant === 'gg';
  const game = patch.game ?? wireGame(random.chance(0.5) ? CS2 : RUST);
  const id = gameFrom(game) ?? CS2;
  const rows = createMockInventory({ game: id, count: 6, seed: random.int(1, 2 ** 31) });
  const row = rows.find((candidate) => candidate.offer && candidate.accepted && candidate.tradable) ?? rows[0];
  if (!row) throw new Error('The generator gave no row for a foreign trade');
  const copy = structuredClone(row);
  const amount = GAMES[id].stackable ? Math.min(copy.amount ?? 1, random.int(1, 20)) : 1;
  if (GAMES[id].stackable) copy.amount = amount;
  const cents = Math.round((copy.offer?.price ?? 0.5) * 100) * amount;
  const now = new Date().toISOString();
  const trade: MockTrade = {
    id: uuidFrom(random),
    type: gg ? 'deposit' : 'DEPOSIT',
    ...(gg ? { source: 'client' as const } : {}),
    status: gg ? 'initiated' : 'INITIATED',
    game,
    items: [gg ? toGgRow(copy) : copy],
    totalPrice: cents / 100,
    isInstant: false,
    preCredit: 0,
    pendingCredit: cents / 100,
    externalId: `other-${uuidFrom(random).slice(0, 8)}`,
    clientSteamID: otherSteamId(state),
    botInfo: { name: random.pick(BOT_NAMES) },
    createdAt: now,
    updatedAt: now,
  };
  const { status, ...rest } = patch;
  if (status !== undefined) {
    assertStatusOf(state.variant, status);
    applyTradeStatus(trade, status);
  }
  return Object.assign(trade, rest);
}
