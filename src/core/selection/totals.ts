import { multiplyCents, sumCents, type Cents } from '../money.js';
import type { InventoryItem } from '../types.js';
import type { SelectionValue } from './state.js';
import { RUST } from '../games.js';

/** One line of the deposit: the item, its units and `offer.price × amount` in cents. */
export interface SelectedLine {
  item: InventoryItem;
  amount: number;
  lineTotalCents: Cents;
}

/** Sums of a selection. Payout and market reference are kept apart and never added together. */
export interface SelectionTotals {
  selectedItems: SelectedLine[];
  /** Distinct items selected. */
  count: number;
  /** Units selected (Rust stacks count each unit). */
  units: number;
  /** What the user is paid: Σ `offer.price × amount`, exact integer cents. */
  totalCents: Cents;
  /** Market reference for context only: Σ `marketPrice × amount` over items that have one. */
  marketTotalCents: Cents;
}

/** Computes the lines and totals of a selection (O(selected items), not O(inventory)). */
export function selectionTotals(entries: SelectionValue): SelectionTotals {
  const selectedItems: SelectedLine[] = [];
  // Own keys only: a polluted Object.prototype must not add lines.
  for (const id of Object.keys(entries)) {
    const { item, amount } = entries[id]!;
    selectedItems.push({ item, amount, lineTotalCents: multiplyCents(item.offer?.priceCents ?? 0, amount) });
  }
  return {
    selectedItems,
    count: selectedItems.length,
    units: selectedItems.reduce((sum, line) => sum + line.amount, 0),
    totalCents: sumCents(selectedItems.map((line) => line.lineTotalCents)),
    marketTotalCents: sumCents(
      selectedItems.map((line) => (line.item.marketPriceCents === null ? 0 : multiplyCents(line.item.marketPriceCents, line.amount))),
    ),
  };
}

/**
 * Estimate of what is credited at once. CS2 deposits with instant credit get up to the
 * collateral now and the rest after Steam's 7-day trade protection; Rust is always credited in full.
 * The server decides the final split (`preCredit` / `pendingCredit` on the trade).
 */
export function instantCreditCents(totalCents: Cents, collateralCents: Cents, game: number | undefined): Cents {
  if (game === RUST) return totalCents;
  return Math.max(0, Math.min(totalCents, collateralCents));
}
