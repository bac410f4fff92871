// One-shot refusals of the fake deposit endpoint: each changes the live rows the way the real
// API's state would have changed, answers once with the documented key (and, in 'rich' details
// mode, `details`), and switches the scenario back to 'default'.
import type { Resolved } from './depositTrade.js';
import type { RawInventoryItem } from './generator.js';
import { fail, validationFailed } from './respond.js';
import type { MockState } from './state.js';

/** Scenarios answered by {@link oneShotRefusal}. */
const ONE_SHOT = new Set(['items-unavailable', 'no-offer-found', 'item-overstocked', 'exceeds-max-amount', 'validation-failed', 'unknown-error']);

/**
 * The refusal of the current one-shot scenario for a deposit that got as far as pricing, or
 * `null` when the scenario has none (or nothing in the basket fits it; the scenario then waits).
 */
export function oneShotRefusal(state: MockState, rows: RawInventoryItem[], resolved: Resolved[]): Response | null {
  const scenario = state.scenario;
  if (!ONE_SHOT.has(scenario)) return null;
  const first = resolved[0];
  if (!first) return null;
  const { input, row } = first;
  let answer: Response | null = null;
  switch (scenario) {
    case 'items-unavailable': {
      // Traded away in Steam since the inventory was read.
      const index = rows.indexOf(row);
      if (index >= 0) rows.splice(index, 1);
      answer = fail(state, 'ITEMS_UNAVAILABLE', { details: { items: [{ itemId: input.itemId }] } });
      break;
    }
    case 'no-offer-found':
      delete row.offer;
      answer = fail(state, 'NO_OFFER_FOUND', { details: { items: [{ itemId: input.itemId }] } });
      break;
    case 'item-overstocked': {
      // One unit fewer than asked is still wanted: a single item is refused, a stack is cut down.
      const remaining = Math.max(0, input.amount - 1);
      if (remaining === 0) row.accepted = false;
      else if (row.offer) row.offer.maxAmount = remaining;
      answer = fail(state, 'ITEM_OVERSTOCKED', { details: { items: [{ itemId: input.itemId, marketHashName: row.marketHashName || row.name, remaining }] } });
      break;
    }
    case 'exceeds-max-amount': {
      const stack = resolved.find((entry) => entry.input.amount > 1 && entry.row.offer);
      if (!stack) return null;
      const maxAmount = stack.input.amount - 1;
      stack.row.offer!.maxAmount = maxAmount;
      answer = fail(state, 'EXCEEDS_MAX_AMOUNT', { details: { items: [{ itemId: stack.input.itemId, amount: stack.input.amount, maxAmount }] } });
      break;
    }
    case 'validation-failed': {
      const field = state.variant === 'gg' ? 'items.0.price' : 'items.0.offer.price';
      answer = validationFailed(state, { [field]: 'must be a positive number with at most 2 decimals' });
      break;
    }
    case 'unknown-error':
      answer = fail(state, 'UNDOCUMENTED_KEY');
      break;
  }
  state.scenario = 'default';
  return answer;
}
