import { memo } from 'react';
import type { InventoryItem, SelectionStore } from '../../core/index.js';
import { useIsTabStop, useSelectionEntry, type InventoryGridState } from '../../hooks/index.js';
import { ItemCard, type ItemCardSlot } from '../ItemCard/index.js';

interface GridCellProps {
  item: InventoryItem;
  /** The item's place in the list (saves the grid a look-up by id). */
  index: number;
  /** The grid's interaction (`useInventoryGrid`, updates by item): the same object while the list is the same. */
  grid: InventoryGridState;
  store: SelectionStore;
  atLimit: boolean;
  className?: string;
  classNames: Partial<Record<ItemCardSlot, string>>;
  unstyled: boolean;
}

/**
 * One `gridcell` (the card itself), rendering what the grid's getters return. It subscribes to its
 * own item's selection and tab stop, so a toggle re-renders one cell and a moved tab stop two.
 */
export const GridCell = /* @__PURE__ */ memo(function GridCell({ item, index, grid, store, atLimit, className, classNames, unstyled }: GridCellProps) {
  const entry = useSelectionEntry(store, item.id);
  const isTabStop = useIsTabStop(grid, item.id);
  // The card is the gridcell: no wrapper element per cell.
  return (
    <ItemCard
      {...grid.getItemProps(item, { className, index })}
      item={item}
      selected={entry !== undefined}
      amount={entry?.amount ?? 1}
      atLimit={atLimit}
      isTabStop={isTabStop}
      toggleProps={grid.getToggleProps(item, { index })}
      stepperProps={grid.getStepperProps(item)}
      classNames={classNames}
      unstyled={unstyled}
    />
  );
});
