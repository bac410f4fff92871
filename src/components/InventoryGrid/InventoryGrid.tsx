import { forwardRef, memo, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type HTMLAttributes, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallbackRef } from '@radix-ui/react-use-callback-ref';
import { afterNextPaint, type AssetPayError, type InventoryItem, type SelectionStore } from '../../core/index.js';
import { useInventoryGrid, type AssetPayTheme, type GridSelection, type UseDepositSelectionResult } from '../../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import type { ItemCardSlot } from '../ItemCard/index.js';
import { GridCell } from './GridCell.js';
import { GridState } from './GridState.js';
import { useViewportRect } from './useViewportRect.js';

const NO_CLASSES: Partial<Record<InventoryGridSlot | ItemCardSlot, string>> = {};
/** Rows rendered beyond the viewport on each side. */
const OVERSCAN = 2;

/** Parts of the grid that take a class name. */
export type InventoryGridSlot = 'root' | 'row' | 'cell' | 'status';

/** Props of {@link InventoryGrid}. Other HTML attributes (`id`, `aria-*`, `data-*`, handlers) go on its root `div`. */
export interface InventoryGridProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'color'> {
  /** The items to show, in display order (already filtered and sorted). */
  items: readonly InventoryItem[];
  /** The selection from `useDepositSelection`. */
  selection: UseDepositSelectionResult;
  isLoading?: boolean;
  error?: AssetPayError | null;
  onRetry?: () => void;
  /** More pages exist on the server: `onLoadMore` runs when the user nears the end. */
  hasMore?: boolean;
  onLoadMore?: () => void;
  /** Text when `items` is empty and nothing is loading. @default labels.empty */
  emptyMessage?: string;
  /** Height of the scroll area. @default 560 */
  height?: number | string;
  /** Minimum card width in px; the column count follows from the width. @default 168 */
  cardWidth?: number;
  /** Row height in px (cards have a fixed height). @default 292 */
  rowHeight?: number;
  /** Gap between cards in px. @default 8 */
  gap?: number;
  /** Accessible name of the grid. @default labels.inventory */
  label?: string;
  theme?: AssetPayTheme;
  className?: string;
  classNames?: Partial<Record<InventoryGridSlot | ItemCardSlot, string>>;
  unstyled?: boolean;
}

/**
 * Virtualised grid of item cards: rows of as many cards as fit, smooth with 20,000 items. Its
 * interaction is `useInventoryGrid`'s: the cells render what its getters return.
 * Keyboard: arrows, Home/End, PageUp/PageDown, Space/Enter, Shift for ranges, Ctrl/Cmd+A.
 * @selector [data-slot=inventory-grid] [data-state=loading|error|empty|ready]
 */
export const InventoryGrid = /* @__PURE__ */ forwardRef<HTMLDivElement, InventoryGridProps>(function InventoryGrid(props, ref) {
  const { selection, onRetry, onLoadMore, ...rest } = props;
  // Stable callbacks (the latest given), so an inline callback does not re-render the grid body.
  const retry = useCallbackRef(onRetry);
  const loadMore = useCallbackRef(onLoadMore);
  // The selection's functions, not its object: a new selection object (every toggle) re-renders
  // only the toggled card, through its own subscription.
  const { isSelected, amountOf, toggle, selectRange, selectAll, setAmount, getDisabledReason } = selection;
  const actions = useMemo<GridSelection>(
    () => ({ isSelected, amountOf, toggle, selectRange, selectAll, setAmount, getDisabledReason }),
    [isSelected, amountOf, toggle, selectRange, selectAll, setAmount, getDisabledReason],
  );
  return (
    <GridBody
      {...rest}
      rootRef={ref}
      actions={actions}
      store={selection.store}
      atLimit={selection.count >= selection.maxItems}
      onRetry={onRetry && retry}
      onLoadMore={onLoadMore && loadMore}
    />
  );
});

interface GridBodyProps extends Omit<InventoryGridProps, 'selection'> {
  rootRef: Ref<HTMLDivElement>;
  actions: GridSelection;
  store: SelectionStore;
  atLimit: boolean;
}

const GridBody = /* @__PURE__ */ memo(function GridBody(props: GridBodyProps) {
  const {
    items,
    store,
    atLimit,
    actions,
    rootRef,
    cardWidth = 168,
    rowHeight = 292,
    gap = 8,
    height = 560,
    unstyled = false,
    classNames = NO_CLASSES,
    isLoading,
    error,
    onRetry,
    hasMore,
    onLoadMore,
    emptyMessage,
    label,
    theme: _theme,
    labels: _labels,
    locale: _locale,
    currency: _currency,
    className,
    ...rest
  } = props;
  const display = useDisplay(props);
  const themeProp = useTheme(props.theme);
  const theme = unstyled ? {} : themeAttributes(themeProp);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rect, observeRect } = useViewportRect();
  const width = rect?.width ?? 0;
  const columns = Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
  const rowCount = rect ? Math.ceil(items.length / columns) : 0;
  // After a new list (search, sort, filter) the first frame renders the rows in view only: half
  // the cards, so the new results paint sooner. The rows beyond follow right after that frame, in
  // an interruptible render. Not while focus is in the grid (its row must stay), nor when the
  // cards already rendered stay as they are (a page appended, a refetch of the same objects).
  const [overscanList, setOverscanList] = useState(items);
  const focusInside = useRef(false);
  const shown = useRef<readonly number[]>([]);
  const overscan = overscanList === items || focusInside.current || shown.current.every((i) => overscanList[i] === items[i]) ? OVERSCAN : 0;
  useEffect(() => {
    if (overscanList === items) return;
    return afterNextPaint(() => startTransition(() => setOverscanList(items)));
  }, [items, overscanList]);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight + gap,
    observeElementRect: observeRect,
    overscan,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const pageRows = Math.max(1, Math.floor((rect?.height || rowHeight) / (rowHeight + gap)));
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' }), [virtualizer, columns]);
  const grid = useInventoryGrid({ items, selection: actions, columns, pageRows, scrollToIndex, updates: 'items' });

  const firstRow = virtualRows[0]?.index ?? 0;
  const lastRow = virtualRows[virtualRows.length - 1]?.index ?? -1;
  // The positions rendered now, for the next list's comparison (kept after commit, not in render).
  useLayoutEffect(() => {
    shown.current = Array.from({ length: Math.max(0, Math.min(items.length, (lastRow + 1) * columns) - firstRow * columns) }, (_, i) => firstRow * columns + i);
  });
  const measured = rect !== null;
  useEffect(() => {
    if (measured && hasMore && lastRow >= rowCount - 3) onLoadMore?.();
  }, [measured, hasMore, lastRow, rowCount, onLoadMore]);

  const c = (slot: InventoryGridSlot | ItemCardSlot) => (unstyled ? classNames[slot] : cx(`ap-InventoryGrid-${slot}`, classNames[slot]));
  const state = error ? 'error' : isLoading && items.length === 0 ? 'loading' : items.length === 0 ? 'empty' : 'ready';

  return (
    <div {...rest} ref={rootRef} data-slot="inventory-grid" data-state={state} className={cx(c('root'), className)} {...theme}>
      <GridState state={state} error={error} onRetry={onRetry} emptyMessage={emptyMessage} display={display} className={c('status')} />
      <div
        {...grid.getGridProps<HTMLDivElement>({
          onFocus: () => {
            focusInside.current = true;
          },
          onBlur: (event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusInside.current = false;
          },
        })}
        ref={scrollRef}
        aria-label={label ?? display.labels.inventory}
        aria-busy={isLoading || undefined}
        data-slot="inventory-grid-viewport"
        style={{ height, overflowY: 'auto', position: 'relative' }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {virtualRows.map((row) => (
            <div
              key={row.key}
              {...grid.getRowProps(row.index)}
              data-slot="inventory-grid-row"
              className={c('row')}
              style={{
                position: 'absolute',
                top: 0,
                insetInlineStart: 0,
                width: '100%',
                height: rowHeight,
                transform: `translateY(${row.start}px)`,
                display: 'grid',
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                gap,
              }}
            >
              {items.slice(row.index * columns, row.index * columns + columns).map((item, column) => (
                <GridCell key={item.id} item={item} index={row.index * columns + column} grid={grid} store={store} atLimit={atLimit} className={c('cell')} classNames={classNames} unstyled={unstyled} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}, sameBodyProps);

/** Props compared by their entries: a parent passing a new `{}` each render costs nothing. */
const BY_ENTRIES = new Set(['classNames', 'style', 'labels', 'theme']);

/** Props the body re-renders for: the plain objects above by entries, every other prop by identity. */
function sameBodyProps(a: GridBodyProps, b: GridBodyProps): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return Object.keys({ ...x, ...y }).every((key) => Object.is(x[key], y[key]) || (BY_ENTRIES.has(key) && shallowEqual(x[key], y[key])));
}

function shallowEqual(x: unknown, y: unknown): boolean {
  if (!x || !y || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
