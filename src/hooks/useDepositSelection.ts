import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect';
import { useLatest } from './useLatest.js';
import {
  collateralToCents,
  createSelectionStore,
  instantCreditCents,
  itemDisabledReason,
  toDepositRequest,
  type DepositRequest,
  type AdjustedItem,
  type DepositRequestOptions,
  type DisabledReason,
  type DroppedItem,
  type InventoryItem,
  type PriceChange,
  type SelectedLine,
  type SelectionAction,
  type SelectionStateReducer,
  type SelectionStore,
  type SelectionValue,
} from '../core/index.js';
import { useSelectionPersistence } from './useSelectionPersistence.js';

const NO_ADJUSTMENTS: readonly AdjustedItem[] = [];

/** Where and under which key {@link UseDepositSelectionOptions.persist} keeps the selection. */
export interface PersistSelectionOptions {
  /**
   * Storage key, used as is. Replaces the default
   * `react-assetpay:selection:v1:<userKey>:<game>`; it must then tell users (and games) apart
   * itself. Never put the client token in it.
   * @default built from AssetPayProvider's `userKey` and `game`
   */
  key?: string;
  /** Where to keep it, e.g. `localStorage` or an in-memory fake. @default window.sessionStorage */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** Options of {@link useDepositSelection}. */
export interface UseDepositSelectionOptions {
  /** The freshest items you have (a page or everything loaded). Selected snapshots follow them. */
  items?: readonly InventoryItem[];
  /** Set when `items` is the user's whole inventory for `game`: selected items missing from it are dropped. */
  inventoryComplete?: boolean;
  /** Game `items` belong to; helps when `items` is empty. */
  game?: number;
  /** Instant-credit collateral in USD, from `useInventory().collateral`. @default 0 */
  collateral?: number;
  /** Most distinct items in one deposit. @default 250 */
  maxItems?: number;
  /** Controlled selection. */
  selection?: SelectionValue;
  /** Initial selection when uncontrolled. */
  defaultSelection?: SelectionValue;
  onSelectionChange?: (selection: SelectionValue, meta: { action: SelectionAction }) => void;
  /** Changes what an action does before it is stored. */
  stateReducer?: SelectionStateReducer;
  /**
   * Keeps the selection in `sessionStorage` (this tab only) so it survives a reload. Off unless set.
   *
   * - Key: one per Steam user and game, from AssetPayProvider's `userKey` and `game`. Without a
   *   `userKey` (or a `key` here) nothing is stored, so two users never share a selection; a
   *   development warning says so once.
   * - Stored: item ids, amounts and the offer (price, reference) the user saw, plus name and icon
   *   for the summary. Never the token. Restored before the first paint; fresh `items` then report
   *   price changes and (with `inventoryComplete`) drop vanished items, as for live data. While a
   *   price change is unacknowledged the old offer stays stored, so a reload reports it again.
   * - Restoring (and swapping the stored snapshot for the fresh item) is a `replace` action.
   * - Cleared when the selection empties: `clear()`, or the deposit of every selected item.
   * - Changing `game` (or the user) swaps in that key's own stored selection.
   * - Ignored while `selection` is controlled: store a controlled value yourself.
   * - Stored data that is broken, foreign or of another version is removed; storage errors
   *   (private mode, quota) turn persistence off without throwing.
   * @default false
   */
  persist?: boolean | PersistSelectionOptions;
}

/** Result of {@link useDepositSelection}. */
export interface UseDepositSelectionResult {
  /** The store, for per-item subscriptions (`useSelectionEntry(store, id)`). */
  store: SelectionStore;
  selection: SelectionValue;
  selectedItems: SelectedLine[];
  count: number;
  units: number;
  /** What the user is paid, in cents. */
  totalCents: number;
  /** Market reference total in cents, for context only. */
  marketTotalCents: number;
  /** Estimated part credited at once (CS2: up to the collateral; Rust: all). */
  instantCreditCents: number;
  maxItems: number;
  /** Game of the selected items, if any. */
  game: number | undefined;
  /** Selected items whose offer changed in fresh data, until acknowledged. */
  priceChanges: readonly PriceChange[];
  /** Items the selection let go of by itself or after a refused deposit, until acknowledged. */
  dropped: readonly DroppedItem[];
  /** Amounts a refused deposit lowered (`from` → `to`), until acknowledged. */
  adjusted: readonly AdjustedItem[];
  acknowledgeChanges(): void;
  isSelected(id: string): boolean;
  amountOf(id: string): number;
  toggle(item: InventoryItem): void;
  select(item: InventoryItem, amount?: number): void;
  deselect(id: string): void;
  setAmount(id: string, amount: number): void;
  /** Selects the depositable ones among `items`, in order, up to `maxItems`. */
  selectAll(items: readonly InventoryItem[]): void;
  /** Shift-range: selects from the anchor to `toId` within `items` (the visible order). */
  selectRange(items: readonly InventoryItem[], toId: string): void;
  clear(): void;
  /** Removes ids without reporting (after a deposit). */
  remove(ids: readonly string[]): void;
  getDisabledReason(item: InventoryItem): DisabledReason | null;
  toDepositRequest(options?: DepositRequestOptions): DepositRequest;
}

/** The user's pick of items to deposit, with exact totals and per-item subscriptions. */
export function useDepositSelection(options: UseDepositSelectionOptions = {}): UseDepositSelectionResult {
  const { items, inventoryComplete = false, game, collateral = 0, maxItems = 250, selection: controlled } = options;
  const latest = useLatest(options);
  const syncing = useRef(false);

  const [store] = useState(() =>
    createSelectionStore({
      maxItems,
      stateReducer: options.stateReducer,
      initial: controlled ?? options.defaultSelection,
      onChange: (next, meta) => {
        if (!syncing.current) latest.current.onSelectionChange?.(next, meta);
      },
    }),
  );
  const { stateReducer } = options;
  useLayoutEffect(() => store.setOptions({ maxItems, stateReducer }), [store, maxItems, stateReducer]);

  useLayoutEffect(() => {
    if (controlled !== undefined && controlled !== store.getState().entries) {
      syncing.current = true;
      store.dispatch({ type: 'replace', entries: controlled });
      syncing.current = false;
    }
  });

  useEffect(() => {
    if (items) store.dispatch({ type: 'sync', items, complete: inventoryComplete, game });
  }, [store, items, inventoryComplete, game]);

  useSelectionPersistence(store, { persist: options.persist, controlled: controlled !== undefined, game, maxItems, items });

  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const totals = store.getTotals();
  const selectionGame = totals.selectedItems[0]?.item.appid;

  const actions = useMemo(
    () => ({
      acknowledgeChanges: () => store.dispatch({ type: 'acknowledge' }),
      isSelected: (id: string) => store.isSelected(id),
      amountOf: (id: string) => store.amountOf(id),
      toggle: (item: InventoryItem) => store.dispatch({ type: 'toggle', item }),
      select: (item: InventoryItem, amount?: number) => store.dispatch({ type: 'select', item, amount }),
      deselect: (id: string) => store.dispatch({ type: 'deselect', id }),
      setAmount: (id: string, amount: number) => store.dispatch({ type: 'setAmount', id, amount }),
      selectAll: (list: readonly InventoryItem[]) => store.dispatch({ type: 'selectAll', items: list }),
      selectRange: (list: readonly InventoryItem[], toId: string) => store.dispatch({ type: 'selectRange', items: list, toId }),
      clear: () => store.dispatch({ type: 'clear' }),
      remove: (ids: readonly string[]) => store.dispatch({ type: 'remove', ids }),
      getDisabledReason: (item: InventoryItem): DisabledReason | null =>
        itemDisabledReason(item) ?? (!store.isSelected(item.id) && store.getTotals().count >= maxItems ? 'limit' : null),
      toDepositRequest: (requestOptions?: DepositRequestOptions) => toDepositRequest(store.getState().entries, requestOptions),
    }),
    [store, maxItems],
  );

  return {
    ...actions,
    store,
    selection: state.entries,
    ...totals,
    instantCreditCents: instantCreditCents(totals.totalCents, collateralToCents(collateral), selectionGame),
    maxItems,
    game: selectionGame,
    priceChanges: state.priceChanges,
    dropped: state.dropped,
    adjusted: state.adjusted ?? NO_ADJUSTMENTS,
  };
}
