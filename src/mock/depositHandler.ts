import { CS2 } from '../core/games.js';
import { oneShotRefusal } from './depositScenarios.js';
import { centsOf, createTrade, repriceRow, shownIsCurrent, type Resolved } from './depositTrade.js';
import { parseCoDepositBody } from './depositValidation.js';
import { parseGgDepositBody } from './depositValidationGg.js';
import type { RawInventoryItem } from './generator.js';
import { bareServerError, fail, ok, validationFailed, type MockErrorKey } from './respond.js';
import { visibleRows, type MockState } from './state.js';

export { repriceRow } from './depositTrade.js';

/** The largest basket the fake `.co` API takes (the `.gg` limit; `.co` documents none). */
export const MAX_DEPOSIT_ITEMS = 250;

type PriceChange = { itemId: string; oldPrice: number; newPrice: number };

function problemOf({ row }: Resolved): MockErrorKey | null {
  if (!row.tradable) return 'ITEMS_NOT_ACCEPTED';
  if (!row.offer) return 'NO_OFFER_FOUND';
  if (!row.accepted) return 'ITEMS_NOT_ACCEPTED';
  return null;
}

function priceChanges(resolved: Resolved[]): PriceChange[] {
  return resolved
    .filter((entry) => !shownIsCurrent(entry))
    .map(({ input, row }) => ({ itemId: input.itemId, oldPrice: input.shown?.price ?? 0, newPrice: row.offer?.price ?? 0 }));
}

/** Scenario `'price-changed'`: the first item's offer rises by 5 % (at least a cent) just now. */
function priceChangedNow(state: MockState, resolved: Resolved[]): Response {
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

/** Amount checks after pricing: more units than owned, or more than the offer takes. */
function amountRefusal(state: MockState, resolved: Resolved[]): Response | null {
  const tooMany = resolved.filter(({ input, row }) => input.amount > (row.amount ?? 1));
  if (tooMany.length > 0) {
    const items = tooMany.map(({ input, row }) => ({ itemId: input.itemId, amount: input.amount, available: row.amount ?? 1 }));
    return fail(state, 'INSUFFICIENT_ITEM_AMOUNT', { details: { items } });
  }
  const overMax = resolved.filter(({ input, row }) => input.amount > (row.offer?.maxAmount ?? row.amount ?? 1));
  if (overMax.length > 0) {
    const items = overMax.map(({ input, row }) => ({ itemId: input.itemId, amount: input.amount, maxAmount: row.offer?.maxAmount }));
    return fail(state, 'EXCEEDS_MAX_AMOUNT', { details: { items } });
  }
  return null;
}

/**
 * Carries out `POST /client/trading/deposit` with the variant's body (`.co` `items[].offer`,
 * `.gg` `items[].price`) and returns the answer; refusals change nothing.
 */
export function handleDeposit(state: MockState, body: unknown): Response {
  if (state.scenario === 'rate-limited') return fail(state, 'RATE_LIMITED', { headers: { 'Retry-After': '30' } });
  if (state.scenario === 'too-many-active-trades') return fail(state, 'TOO_MANY_ACTIVE_TRADES');

  const parsed = state.variant === 'gg' ? parseGgDepositBody(body) : parseCoDepositBody(body);
  if (!parsed.ok) return parsed.missingItems ? fail(state, 'MISSING_ITEMS') : validationFailed(state, parsed.fields);
  const input = parsed.value;
  if (input.items.length > MAX_DEPOSIT_ITEMS) {
    return fail(state, 'TOO_MANY_ITEMS', { details: { max: MAX_DEPOSIT_ITEMS, requested: input.items.length } });
  }
  if (state.options.instantDeposits === false && input.game === CS2 && input.isInstant) return fail(state, 'INSTANT_DEPOSITS_DISABLED');
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

  if (state.scenario === 'price-changed') return priceChangedNow(state, resolved);
  const changes = priceChanges(resolved);
  if (changes.length > 0) return fail(state, 'PRICE_CHANGED', { details: { items: changes } });
  const refusal = oneShotRefusal(state, state.inventories[input.game], resolved) ?? amountRefusal(state, resolved);
  if (refusal) return refusal;

  const trade = createTrade(state, input, resolved);
  if (state.scenario === 'server-error') {
    // The trade exists, but the answer is lost: a resend with the same externalId gets EXTERNAL_ID_EXISTS.
    state.scenario = 'default';
    return bareServerError();
  }
  return ok(state, trade);
}
