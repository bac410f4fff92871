import { selectionReducer } from './reducer.js';
import { EMPTY_SELECTION, type SelectionAction, type SelectionState, type SelectionValue } from './state.js';
import { selectionTotals, type SelectionTotals } from './totals.js';

/** Lets a site change what an action does before it is stored (downshift's `stateReducer`). */
export type SelectionStateReducer = (
  state: SelectionState,
  actionAndChanges: { action: SelectionAction; changes: SelectionState },
) => SelectionState;

/** Options of {@link createSelectionStore}. */
export interface SelectionStoreOptions {
  /** Most distinct items in one deposit. @default 250 */
  maxItems?: number;
  initial?: SelectionValue;
  stateReducer?: SelectionStateReducer;
  /** Called after an action changed the entries. */
  onChange?: (entries: SelectionValue, meta: { action: SelectionAction }) => void;
}

/**
 * The selection outside React: a reducer, a snapshot, global subscribers and per-item
 * subscribers. A card subscribes to its own id and is told only when that id changes, so a
 * toggle touches one card however large the grid is.
 */
export interface SelectionStore {
  getState(): SelectionState;
  dispatch(action: SelectionAction): void;
  subscribe(listener: () => void): () => void;
  subscribeItem(id: string, listener: () => void): () => void;
  isSelected(id: string): boolean;
  amountOf(id: string): number;
  /** Lines and sums, memoised per state. */
  getTotals(): SelectionTotals;
  setOptions(options: Partial<SelectionStoreOptions>): void;
}

/** Creates a selection store. */
export function createSelectionStore(options: SelectionStoreOptions = {}): SelectionStore {
  let settings = { maxItems: 250, ...options };
  let state: SelectionState = options.initial ? { ...EMPTY_SELECTION, entries: options.initial } : EMPTY_SELECTION;
  let totals: { for: SelectionValue; value: SelectionTotals } | undefined;
  const listeners = new Set<() => void>();
  const itemListeners = new Map<string, Set<() => void>>();

  function notifyItems(before: SelectionValue, after: SelectionValue) {
    if (itemListeners.size === 0) return;
    const touched = new Set<string>();
    for (const id in before) if (before[id] !== after[id]) touched.add(id);
    for (const id in after) if (before[id] !== after[id]) touched.add(id);
    for (const id of touched) itemListeners.get(id)?.forEach((listener) => listener());
  }

  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      let next = selectionReducer(previous, action, { maxItems: settings.maxItems });
      if (settings.stateReducer) next = settings.stateReducer(previous, { action, changes: next });
      if (next === previous) return;
      state = next;
      if (previous.entries !== next.entries) notifyItems(previous.entries, next.entries);
      listeners.forEach((listener) => listener());
      if (previous.entries !== next.entries) settings.onChange?.(next.entries, { action });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeItem(id, listener) {
      let set = itemListeners.get(id);
      if (!set) itemListeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) itemListeners.delete(id);
      };
    },
    // Own keys only: ids such as `constructor` must not find Object.prototype.
    isSelected: (id) => Object.hasOwn(state.entries, id),
    amountOf: (id) => (Object.hasOwn(state.entries, id) ? state.entries[id]!.amount : 0),
    getTotals() {
      if (totals?.for !== state.entries) totals = { for: state.entries, value: selectionTotals(state.entries) };
      return totals.value;
    },
    setOptions(next) {
      settings = { ...settings, ...next };
    },
  };
}
