import { multiplyCents, sumCents } from '../core/money.js';
import type { GameId } from '../core/types.js';
import { BOT_NAMES } from './catalog.js';
import type { DepositInput } from './depositValidation.js';
import { oneShotRefusal, type Resolved } from './depositScenarios.js';
import { parseDepositBody } from './depositValidation.js';
import { offerReference, type RawInventoryItem } from './generator.js';
import { uuidFrom } from './random.js';
import { bareServerError, fail, ok, validationFailed, type MockErrorKey } from './respond.js';
import { visibleRows, type MockState, type MockTrade } from './state.js';

/** The largest basket the fake API takes (the `.gg` limit; `.co` documents none). */
export const MAX_DEPOSIT_ITEMS = 250;

const centsOf = (usd: number) => Math.round(usd * 100);

/** Sets a new offer price (and so a new reference) on a live row. */
export function repriceRow(state: MockState, row: RawInventoryItem, newCents: number): void {
  if (!row.offer) return;
  const revision = (state.revisions.get(row.id) ?? 0) + 1;
  state.revisions.set(row.id, revision);
  row.offer.price = newCents / 100;
  row.offer.reference = offerReference(row.id, newCents, revision);
}


function problemOf({ row }: Resolved): MockErrorKey | null {
  if (!row.tradable) return 'ITEMS_NOT_ACCEPTED';
  if (!row.offer) return 'NO_OFFER_FOUND';
  if (!row.accepted) return 'ITEMS_NOT_ACCEPTED';
  return null;
}

function priceChanges(resolved: Resolved[]): { itemId: string; oldPrice: number; newPrice: number }[] {
  const changes: { itemId: string; oldPrice: number; newPrice: number }[] = [];
  for (const { input, row } of resolved) {
    if (!input.offer || !row.offer) continue;
    if (input.offer.priceCents !== centsOf(row.offer.price) || input.offer.reference !== row.offer.reference) {
      changes.push({ itemId: input.itemId, oldPrice: input.offer.price, newPrice: row.offer.price });
    }
  }
  return changes;
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

function createTrade(state: MockState, input: DepositInput, resolved: Resolved[]): MockTrade {
  const game = input.game;
  const lines = resolved.map(({ input: item, row }) => {
    const unitCents = centsOf(row.offer?.price ?? 0);
    const copy = structuredClone(row);
    if (game === 252490) copy.amount = item.amount;
    return { copy, cents: multiplyCents(unitCents, item.amount) };
  });
  const total = sumCents(lines.map((line) => line.cents));
  let pre = total;
  if (game === 730) {
    // Instant credit on CS2 is capped by the collateral still available (assetpay-api.md §3.4).
    pre = input.isInstant ? Math.min(total, state.collateralCents) : 0;
    state.collateralCents -= pre;
  }
  const now = new Date().toISOString();
  const trade: MockTrade = {
    id: uuidFrom(state.random),
    type: 'DEPOSIT',
    status: 'INITIATED',
    game: game === 730 ? '730' : '252490',
    items: lines.map((line) => line.copy),
    totalPrice: total / 100,
    isInstant: input.isInstant,
    preCredit: pre / 100,
    pendingCredit: (total - pre) / 100,
    botInfo: { name: BOT_NAMES[state.trades.length % BOT_NAMES.length] ?? 'AssetPay Bot' },
    createdAt: now,
    updatedAt: now,
  };
  if (input.externalId !== undefined) {
    trade.externalId = input.externalId;
    state.externalIds.add(input.externalId);
  }
  const rows = state.inventories[game as GameId];
  for (const { input: item, row } of resolved) removeUnits(rows, row, item.amount);
  state.trades.unshift(trade);
  return trade;
}

/** Answers `POST /client/trading/deposit` (`.co` body). */
export function handleDeposit(state: MockState, body: unknown): Response {
  if (state.scenario === 'rate-limited') return fail(state, 'RATE_LIMITED', { headers: { 'Retry-After': '30' } });
  if (state.scenario === 'too-many-active-trades') return fail(state, 'TOO_MANY_ACTIVE_TRADES');

  const parsed = parseDepositBody(body);
  if (!parsed.ok) return parsed.missingItems ? fail(state, 'MISSING_ITEMS') : validationFailed(state, parsed.fields);
  const input = parsed.value;
  if (input.items.length > MAX_DEPOSIT_ITEMS) {
    return fail(state, 'TOO_MANY_ITEMS', { details: { max: MAX_DEPOSIT_ITEMS, requested: input.items.length } });
  }
  if (input.externalId !== undefined && state.externalIds.has(input.externalId)) return fail(state, 'EXTERNAL_ID_EXISTS');

  const byId = new Map(visibleRows(state, input.game).map((row) => [row.id, row]));
  const unknown = input.items.filter((item) => !byId.has(item.itemId));
  if (unknown.length > 0) {
    return fail(state, 'ITEMS_UNAVAILABLE', { details: { items: unknown.map(({ itemId }) => ({ itemId })) } });
  }
  const resolved: Resolved[] = input.items.map((item) => ({ input: item, row: byId.get(item.itemId) as RawInventoryItem }));

  const firstProblem = resolved.map(problemOf).find((key) => key !== null);
  if (firstProblem) {
    const items = resolved.filter((entry) => problemOf(entry) === firstProblem).map(({ input: item }) => ({ itemId: item.itemId }));
    return fail(state, firstProblem, { details: { items } });
  }

  if (state.scenario === 'price-changed') {
    state.scenario = 'default';
    const first = resolved[0] as Resolved;
    const oldPrice = first.row.offer?.price ?? 0;
    const oldCents = centsOf(oldPrice);
    repriceRow(state, first.row, Math.max(oldCents + 1, Math.round(oldCents * 1.05)));
    const changes = priceChanges(resolved);
    if (!changes.some((change) => change.itemId === first.input.itemId)) {
      changes.unshift({ itemId: first.input.itemId, oldPrice, newPrice: first.row.offer?.price ?? 0 });
    }
    return fail(state, 'PRICE_CHANGED', { details: { items: changes } });
  }
  const changes = priceChanges(resolved);
  if (changes.length > 0) return fail(state, 'PRICE_CHANGED', { details: { items: changes } });
  const refusal = oneShotRefusal(state, state.inventories[input.game as GameId], resolved);
  if (refusal) return refusal;

  const tooMany = resolved.filter(({ input: item, row }) => item.amount > (row.amount ?? 1));
  if (tooMany.length > 0) {
    const items = tooMany.map(({ input: item, row }) => ({ itemId: item.itemId, amount: item.amount, available: row.amount ?? 1 }));
    return fail(state, 'INSUFFICIENT_ITEM_AMOUNT', { details: { items } });
  }
  const overMax = resolved.filter(({ input: item, row }) => item.amount > (row.offer?.maxAmount ?? row.amount ?? 1));
  if (overMax.length > 0) {
    const items = overMax.map(({ input: item, row }) => ({ itemId: item.itemId, amount: item.amount, maxAmount: row.offer?.maxAmount }));
    return fail(state, 'EXCEEDS_MAX_AMOUNT', { details: { items } });
  }

  const trade = createTrade(state, input, resolved);
  if (state.scenario === 'server-error') {
    // The trade exists, but the answer is lost: a resend with the same externalId gets EXTERNAL_ID_EXISTS.
    state.scenario = 'default';
    return bareServerError();
  }
  return ok(state, trade);
}
