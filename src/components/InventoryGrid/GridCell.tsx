import { memo, useCallback, type KeyboardEvent, type MouseEvent } from 'react';
import type { InventoryItem, SelectionStore } from '../../core/index.js';
import { useSelectionEntry } from '../../hooks/index.js';
import { ItemCard, type ItemCardSlot } from '../ItemCard/ItemCard.js';
import { useIsTabStop, type TabStop } from './useGridKeyboard.js';

interface GridCellProps {
  item: InventoryItem;
  index: number;
  column: number;
  store: SelectionStore;
  atLimit: boolean;
  /** The grid's roving tab stop: the cell re-renders when it arrives or leaves. */
  tabStop: TabStop;
  onToggle: (item: InventoryItem, event: MouseEvent | KeyboardEvent) => void;
  onAmountChange: (item: InventoryItem, amount: number) => void;
  registerButton: (index: number, element: HTMLButtonElement | null) => void;
  className?: string;
  classNames: Partial<Record<ItemCardSlot, string>>;
  unstyled: boolean;
}

/**
 * One `gridcell` (the card itself): subscribes to its own item's selection, so a toggle re-renders one cell, and
 * hands the state to its card (one subscription per card, not one for the cell and one for the card).
 */
export const GridCell = /* @__PURE__ */ memo(function GridCell(props: GridCellProps) {
  const { item, index, registerButton } = props;
  const entry = useSelectionEntry(props.store, item.id);
  const selected = entry !== undefined;
  const isTabStop = useIsTabStop(props.tabStop, index);
  const toggleRef = useCallback(
    (element: HTMLButtonElement | null) => {
      element?.setAttribute('data-index', String(index));
      registerButton(index, element);
    },
    [index, registerButton],
  );
  // The card is the gridcell: no wrapper element per cell.
  return (
    <ItemCard
      role="gridcell"
      aria-colindex={props.column + 1}
      aria-selected={selected}
      className={props.className}
      item={item}
      selected={selected}
      amount={entry?.amount ?? 1}
      atLimit={props.atLimit}
      onToggle={props.onToggle}
      onAmountChange={props.onAmountChange}
      isTabStop={isTabStop}
      toggleRef={toggleRef}
      classNames={props.classNames}
      unstyled={props.unstyled}
    />
  );
});
