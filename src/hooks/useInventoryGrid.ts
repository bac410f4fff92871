import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { composeEventHandlers } from '@radix-ui/primitive';
import { composeRefs } from '@radix-ui/react-compose-refs';
import { gridMoveTarget, isStackable, itemDisabledReason, maxDepositAmount, type InventoryItem } from '../core/index.js';
import type { UseDepositSelectionResult } from './useDepositSelection.js';

/** What {@link useInventoryGrid} needs of a selection: `useDepositSelection`'s result. */
export type GridSelection = Pick<UseDepositSelectionResult, 'isSelected' | 'amountOf' | 'toggle' | 'selectRange' | 'selectAll' | 'setAmount' | 'count' | 'maxItems'>;

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
}

type Handlers<E> = {
  onKeyDown?: (event: KeyboardEvent<E>) => void;
  onClick?: (event: MouseEvent<E>) => void;
  onFocus?: (event: FocusEvent<E>) => void;
  onBlur?: (event: FocusEvent<E>) => void;
};
/** Props a caller may pass to a getter: its own handlers run first and may `preventDefault` ours. */
export type UserProps<E extends HTMLElement> = Handlers<E> & { ref?: Ref<E> } & Record<string, unknown>;

/** The result of {@link useInventoryGrid}: the tab stop and the prop getters. */
export interface InventoryGridState {
  /** The item that holds the grid's single tab stop (kept by id across sort, filter and refetch). */
  activeId: string | null;
  /** Moves the tab stop to an item and focuses it (scrolling it into view first). */
  focusItem(id: string): void;
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
  const { items, selection, columns = 1, pageRows = 5, scrollToIndex } = options;
  const indexOf = useMemo(() => new Map(items.map((item, index) => [item.id, index])), [items]);
  // The tab stop by id, with its last index: when its item leaves the list, the stop stays at that place.
  const [stop, setStop] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const stopIndex = stop.id !== null && indexOf.has(stop.id) ? indexOf.get(stop.id)! : Math.min(stop.index, Math.max(0, items.length - 1));
  const activeId = items[stopIndex]?.id ?? null;
  const elements = useRef(new Map<string, HTMLElement>());
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  useEffect(() => {
    if (pendingFocus === null) return;
    const element = elements.current.get(pendingFocus);
    if (!element) return;
    if (element.ownerDocument.activeElement !== element) element.focus();
    setPendingFocus(null);
  });

  const focusIndex = (index: number) => {
    const item = items[index];
    if (!item) return;
    setStop({ id: item.id, index });
    scrollToIndex?.(index);
    const element = elements.current.get(item.id);
    if (element) element.focus();
    else setPendingFocus(item.id);
  };

  const atLimit = selection.count >= selection.maxItems;
  const disabled = (item: InventoryItem) => !selection.isSelected(item.id) && (itemDisabledReason(item) !== null || atLimit);
  const activate = (item: InventoryItem, shift: boolean) => {
    if (disabled(item)) return;
    if (shift) selection.selectRange(items, item.id);
    else selection.toggle(item);
  };

  const register = useCallback((id: string) => (element: HTMLElement | null) => {
    if (element) elements.current.set(id, element);
    else if (elements.current.get(id)) elements.current.delete(id);
  }, []);

  const compose = <E extends HTMLElement>(user: UserProps<E> | undefined, ours: Handlers<E>) => {
    const out: Record<string, unknown> = { ...user };
    for (const key of Object.keys(ours) as (keyof Handlers<E>)[]) {
      out[key] = composeEventHandlers(user?.[key] as never, ours[key] as never);
    }
    return out;
  };

  return {
    activeId,
    focusItem: (id) => {
      const index = indexOf.get(id);
      if (index !== undefined) focusIndex(index);
    },
    getGridProps: (user) => ({
      ...user,
      role: 'grid',
      'aria-multiselectable': true,
      'aria-rowcount': Math.ceil(items.length / columns),
      'aria-colcount': columns,
    }),
    getRowProps: (row) => ({ role: 'row', 'aria-rowindex': row + 1 }),
    getItemProps: (item, user) => ({
      ...user,
      role: 'gridcell',
      'aria-colindex': ((indexOf.get(item.id) ?? 0) % columns) + 1,
      'aria-selected': selection.isSelected(item.id),
    }),
    getToggleProps: <E extends HTMLElement>(item: InventoryItem, user?: UserProps<E>) => {
      const index = indexOf.get(item.id) ?? 0;
      return {
        ...compose<E>(user, {
          onKeyDown: (event) => {
            const ctrl = event.ctrlKey || event.metaKey;
            const next = gridMoveTarget(event.key, index, { count: items.length, columns, pageRows }, ctrl);
            if (next !== null) {
              event.preventDefault();
              focusIndex(next);
            } else if (event.key === ' ' || event.key === 'Enter') {
              event.preventDefault();
              activate(item, event.shiftKey);
            } else if (ctrl && event.key.toLowerCase() === 'a') {
              event.preventDefault();
              selection.selectAll(items);
            }
          },
          onClick: (event) => activate(item, event.shiftKey),
          onFocus: () => {
            if (activeId !== item.id) setStop({ id: item.id, index });
          },
        }),
        ref: composeRefs(user?.ref, register(item.id)),
        type: 'button',
        tabIndex: item.id === activeId ? 0 : -1,
        'aria-pressed': selection.isSelected(item.id),
        'aria-disabled': disabled(item) || undefined,
      };
    },
    getStepperProps: (item) => {
      if (!selection.isSelected(item.id) || !isStackable(item) || maxDepositAmount(item) <= 1) return null;
      return {
        value: selection.amountOf(item.id),
        min: 1,
        max: maxDepositAmount(item),
        tabIndex: item.id === activeId ? 0 : -1,
        onValueChange: (amount) => selection.setAmount(item.id, amount),
      };
    },
  };
}
