import { CS2, GAMES, wireGame } from '../core/games.js';
import { multiplyCents, sumCents } from '../core/money.js';
import { BOT_NAMES } from './catalog.js';
import type { DepositInput, DepositItemInput } from './depositValidation.js';
import { offerReference, type RawInventoryItem } from './generator.js';
import { toGgRow } from './ggRows.js';
import { uuidFrom } from './random.js';
import type { MockState, MockTrade } from './state.js';
import { clientSteamIdOf, publishTrade } from './tradeHub.js';

/** A requested item and the live row behind it. */
export type Resolved = { input: DepositItemInput; row: RawInventoryItem };

/** USD → cents, for prices that are whole cents up to binary noise. */
export const centsOf = (usd: number) => Math.round(usd * 100);

/** Sets a new offer price (and so a new reference) on a live row. */
export function repriceRow(state: MockState, row: RawInventoryItem, newCents: number): void {
  if (!row.offer) return;
  const revision = (state.revisions.get(row.id) ?? 0) + 1;
  state.revisions.set(row.id, revision);
  row.offer.price = newCents / 100;
  row.offer.reference = offerReference(row.id, newCents, revision);
}

/** Whether the price (and `.co` reference) the client was shown is still the row's offer. */
export function shownIsCurrent({ input, row }: Resolved): boolean {
  if (!input.shown || !row.offer) return true;
  // Exact to the cent: a price with a fraction of a cent is never the current one.
  if (Math.abs(input.shown.price * 100 - centsOf(row.offer.price)) > 1e-6) return false;
  return input.shown.reference === undefined || input.shown.reference === row.offer.reference;
}

function removeUnits(rows: RawInventoryItem[], row: RawInventoryItem, amount: number): void {
  const owned = row.amount ?? 1;
  if (amount >= owned) {
    const index = rows.indexOf(row);
    if (index >= 0) rows.splice(index, 1);
    return;
  }
  row.amount = owned - amount;
  if (row.offer?.maxAmount !== undefined) row.offer.maxAmount = Math.min(row.offer.maxAmount, row.amount);
}

/**
 * Creates the trade of an accepted deposit in the variant's shape, uses up instant-credit
 * collateral, removes the deposited units from the live rows, records the `externalId` and
 * publishes the trade.
 */
export function createTrade(state: MockState, input: DepositInput, resolved: Resolved[]): MockTrade {
  const game = input.game;
  const gg = state.variant === 'gg';
  const lines = resolved.map(({ input: item, row }) => {
    const copy = structuredClone(row);
    if (GAMES[game].stackable) copy.amount = item.amount;
    return { copy: gg ? toGgRow(copy) : copy, cents: multiplyCents(centsOf(row.offer?.price ?? 0), item.amount) };
  });
  const total = sumCents(lines.map((line) => line.cents));
  let pre = total;
  if (game === CS2) {
    // Instant credit on CS2 is capped by the collateral still available (assetpay-api.md §3.4).
    pre = input.isInstant ? Math.min(total, state.collateralCents) : 0;
    state.collateralCents -= pre;
  }
  const now = new Date().toISOString();
  const trade: MockTrade = {
    id: uuidFrom(state.random),
    type: gg ? 'deposit' : 'DEPOSIT',
    ...(gg ? { source: 'client' as const } : {}),
    status: gg ? 'initiated' : 'INITIATED',
    game: wireGame(game),
    items: lines.map((line) => line.copy),
    totalPrice: total / 100,
    isInstant: input.isInstant,
    preCredit: pre / 100,
    pendingCredit: (total - pre) / 100,
    clientSteamID: clientSteamIdOf(state),
    botInfo: { name: BOT_NAMES[state.trades.length % BOT_NAMES.length] ?? 'AssetPay Bot' },
    createdAt: now,
    updatedAt: now,
  };
  if (input.externalId !== undefined) {
    trade.externalId = input.externalId;
    state.externalIds.add(input.externalId);
  }
  const rows = state.inventories[game];
  for (const { input: item, row } of resolved) removeUnits(rows, row, item.amount);
  state.trades.unshift(trade);
  const lag = state.options.tradeListingLag ?? 0;
  if (lag > 0) state.unlisted.set(trade.id, lag);
  // Pushed at once: the event may reach a socket before the deposit's answer reaches the client.
  publishTrade(state, trade);
  return trade;
}
