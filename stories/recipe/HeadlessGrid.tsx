// A complete inventory grid built on the hooks alone: no import from the components. The markup is
// plain divs (ARIA allows no grid, row or gridcell role on <ul>/<li>, so axe would flag a list). The markup,
// its styles and the card are the site's own; useInventoryGrid gives the keyboard model, the roving
// tab stop (by item id) and the ARIA through its prop getters.
import { useId, useMemo, useState } from 'react';
import { filterItems, formatCents, sortItems, type ItemSort } from '../../src/core/index.js';
import { useDepositSelection, useInventory, useInventoryGrid } from '../../src/hooks/index.js';

/** Props of {@link HeadlessGrid}. */
export interface HeadlessGridProps {
  /** Items per row. @default 3 */
  columns?: number;
  /** Items loaded (one inventory page). @default 24 */
  perPage?: number;
}

const SORTS: readonly { value: ItemSort; label: string }[] = [
  { value: 'price-desc', label: 'Price: high to low' },
  { value: 'price-asc', label: 'Price: low to high' },
  { value: 'name-asc', label: 'Name: A to Z' },
];

const cell = { border: '1px solid #888', borderRadius: 6, padding: 4 } as const;

/** The inventory as a plain grid of the site's own markup, driven by `useInventoryGrid`. */
export function HeadlessGrid({ columns = 3, perPage = 24 }: HeadlessGridProps) {
  const inventory = useInventory({ game: 730, perPage });
  const selection = useDepositSelection();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ItemSort>('price-desc');
  const shown = useMemo(() => sortItems(filterItems(inventory.items, { search }), sort), [inventory.items, search, sort]);
  const grid = useInventoryGrid({ items: shown, selection, columns, pageRows: 2 });
  const headingId = useId();
  const rows = Array.from({ length: Math.ceil(shown.length / columns) }, (_, row) => shown.slice(row * columns, row * columns + columns));

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Your items</h2>
      <label>
        Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>{' '}
      <label>
        Sort{' '}
        <select value={sort} onChange={(event) => setSort(event.target.value as ItemSort)}>
          {SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <p aria-live="polite">
        {inventory.isLoading ? 'Loading…' : `${shown.length} shown, ${selection.count} selected, ${formatCents(selection.totalCents)}`}
      </p>
      <div {...grid.getGridProps()} aria-labelledby={headingId}>
        {rows.map((row, rowIndex) => (
          <div key={row[0]!.id} {...grid.getRowProps(rowIndex)} style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, 1fr)`, gap: 4, margin: '4px 0' }}>
            {row.map((item) => {
              const stepper = grid.getStepperProps(item);
              return (
                <div key={item.id} {...grid.getItemProps(item)} style={cell}>
                  <button {...grid.getToggleProps(item)} style={{ width: '100%', textAlign: 'start' }}>
                    {item.name} · {item.offer ? formatCents(item.offer.priceCents) : 'no offer'}
                  </button>
                  {stepper && (
                    <label>
                      Quantity{' '}
                      <input
                        type="number"
                        min={stepper.min}
                        max={stepper.max}
                        value={stepper.value}
                        tabIndex={stepper.tabIndex}
                        onChange={(event) => stepper.onValueChange(Number(event.target.value))}
                      />
                    </label>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
