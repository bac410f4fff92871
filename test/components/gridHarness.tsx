import { forwardRef } from 'react';
import { InventoryGrid, useDepositSelection, formatCents, type InventoryItem, type InventoryGridProps } from '../../src/index.js';

/** A grid with its own selection and a readout of the selection, as a site would wire it. */
type GridHarnessProps = { items: readonly InventoryItem[]; maxItems?: number } & Partial<InventoryGridProps> & Record<`data-${string}`, string>;

export const GridHarness = forwardRef<HTMLDivElement, GridHarnessProps>(function GridHarness({ items, maxItems = 250, ...rest }, ref) {
  const selection = useDepositSelection({ items, maxItems });
  return (
    <>
      <output aria-label="selected ids">{selection.selectedItems.map((line) => line.item.id).join(',')}</output>
      <output aria-label="total">{formatCents(selection.totalCents)}</output>
      <InventoryGrid items={items} selection={selection} {...rest} ref={ref} />
    </>
  );
});
