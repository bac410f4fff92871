import type { InventoryItem } from '../types.js';
import type { RepairClamp, RepairReason, RepairRemoval } from '../deposit/resolveError.js';

/** One selected item: a snapshot of the row as last seen, and how many units to deposit. */
export interface SelectionEntry {
  item: InventoryItem;
  amount: number;
}

/** The selection as a serialisable record keyed by item `id`, in selection order. */
export type SelectionValue = Readonly<Record<string, SelectionEntry>>;

/** A selected item whose offer changed in fresh data. Kept until acknowledged. */
export interface PriceChange {
  id: string;
  name: string;
  oldPriceCents: number;
  newPriceCents: number;
}

/** Why the selection let go of an item by itself, or after a refused deposit ({@link RepairReason}). */
export type DropReason = 'gone' | 'not-depositable' | 'other-game' | RepairReason;

/** A selected item that the selection dropped by itself. Kept until acknowledged. */
export interface DroppedItem {
  id: string;
  name: string;
  reason: DropReason;
}

/** A selected item whose amount a refused deposit lowered. Kept until acknowledged. */
export interface AdjustedItem {
  id: string;
  name: string;
  from: number;
  to: number;
  reason: RepairReason;
}

/** Full state of a selection store. */
export interface SelectionState {
  entries: SelectionValue;
  /** Start of a Shift range: the last item selected or toggled on its own. */
  anchorId: string | null;
  priceChanges: readonly PriceChange[];
  dropped: readonly DroppedItem[];
  /** Amounts lowered after a refused deposit. Optional so hand-made states stay valid; read as `[]` when absent. */
  adjusted?: readonly AdjustedItem[];
  /** What the last Shift range from `anchorId` added, so the next one from there can shrink it. */
  rangeIds?: readonly string[];
}

/** Everything that can happen to a selection. `type`s are stable, for a `stateReducer`. */
export type SelectionAction =
  | { type: 'toggle'; item: InventoryItem }
  | { type: 'select'; item: InventoryItem; amount?: number }
  | { type: 'deselect'; id: string }
  | { type: 'setAmount'; id: string; amount: number }
  | { type: 'selectAll'; items: readonly InventoryItem[] }
  | { type: 'selectRange'; items: readonly InventoryItem[]; toId: string }
  | { type: 'clear' }
  | { type: 'remove'; ids: readonly string[] }
  | { type: 'replace'; entries: SelectionValue }
  | { type: 'sync'; items: readonly InventoryItem[]; complete: boolean; game?: number }
  | { type: 'repair'; remove: readonly RepairRemoval[]; clamp: readonly RepairClamp[] }
  | { type: 'acknowledge' };

/** The action type names, e.g. for a `stateReducer` switch. */
export const selectionActionTypes = [
  'toggle',
  'select',
  'deselect',
  'setAmount',
  'selectAll',
  'selectRange',
  'clear',
  'remove',
  'replace',
  'sync',
  'repair',
  'acknowledge',
] as const satisfies readonly SelectionAction['type'][];

/** An empty selection. */
export const EMPTY_SELECTION: SelectionState = Object.freeze({
  entries: Object.freeze({}),
  anchorId: null,
  priceChanges: Object.freeze([]) as readonly PriceChange[],
  dropped: Object.freeze([]) as readonly DroppedItem[],
  adjusted: Object.freeze([]) as readonly AdjustedItem[],
});
