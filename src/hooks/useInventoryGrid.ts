import { useMemo, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { composeEventHandlers } from '@radix-ui/primitive';
import { composeRefs } from '@radix-ui/react-compose-refs';
import { gridMoveTarget, isStackable, maxDepositAmount, type InventoryItem } from '../core/index.js';
import { activeIdOf, createGridFocusStore } from './gridFocus.js';
import type { UseDepositSelectionResult } from './useDepositSelection.js';

/**
 * What {@link useInventoryGrid} needs of a selection: `useDepositSelection`'s result. The getters
 * read it when called (its functions read the store), so they see each toggle without the grid
 * re-rendering.
 */
export type GridSelection = Pick<UseDepositSelectionResult, 'isSelected' | 'amountOf' | 'toggle' | 'selectRange' | 'selectAll' | 'setAmount' | 'getDisabledReason'>;

/** Options of {@link useInventoryGrid}. */
export interface UseInventoryGridOptions {
  /** The items in the order they are shown (after filter and sort). */
  items: readonly InventoryItem[];
  selection: GridSelection;
  /** Items per row. 1 for a plain list. @default 1 */
  columns?: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. @default 5 */
  pageRows?: number;
  /**
   * Brings the item at `index` into view before it is focused: a virtualiser's `scrollToIndex`
   * (by row: `index / columns`). Focus follows once its element is rendered. @default undefined
   */
  scrollToIndex?: (index: number) => void;
  /**
   * Who re-renders when the tab stop moves. `'grid'`: the component calling the hook (simple,
   * for lists that render every item). `'items'`: only the two cells concerned, each reading its
   * own state with `useIsTabStop(grid, id)`; the getters stay the same object until `items`,
   * `columns`, `pageRows` or `scrollToIndex` change, so memoised cells skip re-rendering. @default 'grid'
   */
  updates?: 'grid' | 'items';
}

type Handlers<E> = {
  onKeyDown?: (event: KeyboardEvent<E>) => void;
  onClick?: (event: MouseEvent<E>) => void;
  onFocus?: (event: FocusEvent<E>) => void;
  onBlur?: (event: FocusEvent<E>) => void;
};
/**
 * Props a caller may pass to a getter: its own handlers run first and may `preventDefault` ours.
 * `index` (the item's place in `items`, as downshift's `getItemProps({ index })`) saves a look-up
 * by id; it is not passed on to the element.
 */
export type UserProps<E extends HTMLElement> = Handlers<E> & { ref?: Ref<E>; index?: number } & Record<string, unknown>;

/** The result of {@link useInventoryGrid}: the tab stop and the prop getters. */
export interface InventoryGridState {
  /** The item that holds the grid's single tab stop (kept by id across sort, filter and refetch). */
  activeId: string | null;
  /** Moves the tab stop to an item and focuses it (scrolling it into view first). */
  focusItem(id: string): void;
  /** Whether the item holds the tab stop now (for {@link useIsTabStop}). */
  isTabStop(id: string): boolean;
  /** Calls `listener` when the tab stop moves. */
  subscribe(listener: () => void): () => void;
  /** For the element with `role="grid"`. */
  getGridProps<E extends HTMLElement = HTMLElement>(user?: UserProps<E>): Record<string, unknown>;
  /** For a row (`row` counts from 0). */
  getRowProps(row: number): { role: 'row'; 'aria-rowindex': number };
  /** For the cell of one item (`role="gridcell"`). */
  getItemProps<E extends HTMLElement = HTMLElement>(item: InventoryItem, user?: UserProps<E>): Record<string, unknown>;
  /** For the button that toggles the item: tab stop, pressed state, keyboard and click. */
  getToggleProps<E extends HTMLElement = HTMLButtonElement>(item: InventoryItem, user?: UserProps<E>): Record<string, unknown>;
  /** For a quantity input of a selected stack, or `null` when the item has none. */
  getStepperProps(item: InventoryItem): { value: number; min: 1; max: number; tabIndex: number; onValueChange: (amount: number) => void } | null;
}

/**
 * The inventory grid's interaction, without markup: one roving tab stop kept by item id (it
 * survives sort, filter, refetch and virtualisation); arrows, Home/End (Ctrl/Cmd: whole grid),
 * PageUp/PageDown; Space/Enter toggle, Shift+Space or Shift+click select a range from the anchor
 * (extending and shrinking); Ctrl/Cmd+A selects all. Spread the getters onto your own elements.
 */
export function useInventoryGrid(options: UseInventoryGridOptions): InventoryGridState {
  const { items, selection, columns = 1, pageRows = 5, scrollToIndex, updates = 'grid' } = options;
  const { isSelected, amountOf, toggle, selectRange, selectAll, setAmount, getDisabledReason } = selection;
  const [focus] = useState(createGridFocusStore);
  // 'grid': the caller re-renders on each move (the stop is part of the getters' inputs).
  const stop = useSyncExternalStore(updates === 'grid' ? focus.subscribe : noSubscribe, focus.get, focus.get);
  const gridStop = updates === 'grid' ? stop : null;

  return useMemo(() => {
    // Built on the first look-up by id, not per list: a virtualised grid gives each cell's index.
    let byId: Map<string, number> | null = null;
    const indexOf = (id: string) => (byId ??= new Map(items.map((item, index) => [item.id, index]))).get(id);
    const placeOf = (item: InventoryItem, user?: { index?: number }) => (user?.index !== undefined && items[user.index] === item ? user.index : (indexOf(item.id) ?? 0));
    // Where the tab stop's item is in this list: one scan per list and stop (no map of 20,000 ids).
    let found: { id: string; index: number } | null = null;
    const stopIndexOf = (id: string) => {
      if (found?.id !== id) found = { id, index: byId ? (byId.get(id) ?? -1) : items.findIndex((item) => item.id === id) };
      return found.index >= 0 ? found.index : undefined;
    };
    const activeId = () => activeIdOf(focus.get(), items, stopIndexOf);
    const focusIndex = (index: number) => {
      const item = items[index];
      if (!item) return;
      focus.set({ id: item.id, index });
      scrollToIndex?.(index);
      focus.focus(item.id);
    };
    const disabled = (item: InventoryItem) => !isSelected(item.id) && getDisabledReason(item) !== null;
    const activate = (item: InventoryItem, shift: boolean) => {
      if (disabled(item)) return;
      if (shift) selectRange(items, item.id);
      else toggle(item);
    };
    const compose = <E extends HTMLElement>(user: UserProps<E> | undefined, ours: Handlers<E>) => {
      const out: Record<string, unknown> = { ...withoutIndex(user) };
      for (const key of Object.keys(ours) as (keyof Handlers<E>)[]) {
        out[key] = composeEventHandlers(user?.[key] as never, ours[key] as never);
      }
      return out;
    };
    const keyDown = (item: InventoryItem, index: number) => (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      // Right to left, the arrows follow what the user sees: ArrowLeft goes to the next item.
      const rtl = event.currentTarget.matches(':dir(rtl)');
      const next = gridMoveTarget(event.key, index, { count: items.length, columns, pageRows, rtl }, ctrl);
      if (next !== null) {
        event.preventDefault();
        focusIndex(next);
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        activate(item, event.shiftKey);
      } else if (ctrl && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        selectAll(items);
      }
    };
    return {
      get activeId() {
        return gridStop ? activeIdOf(gridStop, items, stopIndexOf) : activeId();
      },
      focusItem: (id) => {
        const index = indexOf(id);
        if (index !== undefined) focusIndex(index);
      },
      isTabStop: (id) => activeId() === id,
      subscribe: focus.subscribe,
      getGridProps: (user) => ({
        ...user,
        role: 'grid',
        'aria-multiselectable': true,
        'aria-rowcount': Math.ceil(items.length / columns),
        'aria-colcount': columns,
      }),
      getRowProps: (row) => ({ role: 'row', 'aria-rowindex': row + 1 }),
      getItemProps: (item, user) => ({
        ...withoutIndex(user),
        role: 'gridcell',
        'aria-colindex': (placeOf(item, user) % columns) + 1,
        'aria-selected': isSelected(item.id),
      }),
      getToggleProps: <E extends HTMLElement>(item: InventoryItem, user?: UserProps<E>) => {
        const index = placeOf(item, user);
        return {
          ...compose<E>(user, {
            onKeyDown: keyDown(item, index),
            onClick: (event) => activate(item, event.shiftKey),
            onFocus: () => focus.set({ id: item.id, index }),
          }),
          ref: composeRefs(user?.ref, focus.register(item.id)),
          type: 'button',
          tabIndex: item.id === activeId() ? 0 : -1,
          'aria-pressed': isSelected(item.id),
          'aria-disabled': disabled(item) || undefined,
        };
      },
      getStepperProps: (item) => {
        if (!isSelected(item.id) || !isStackable(item) || maxDepositAmount(item) <= 1) return null;
        return {
          value: amountOf(item.id),
          min: 1,
          max: maxDepositAmount(item),
          tabIndex: item.id === activeId() ? 0 : -1,
          onValueChange: (amount) => setAmount(item.id, amount),
        };
      },
    } satisfies InventoryGridState;
  }, [focus, items, columns, pageRows, scrollToIndex, gridStop, isSelected, amountOf, toggle, selectRange, selectAll, setAmount, getDisabledReason]);
}

const noSubscribe = () => () => {};

function withoutIndex(user: Record<string, unknown> | undefined) {
  if (!user || !('index' in user)) return user;
  const { index: _index, ...rest } = user;
  return rest;
}
