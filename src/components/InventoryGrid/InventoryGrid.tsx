import { memo, startTransition, useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import type { AssetPayError, InventoryItem, SelectionStore } from '../../core/index.js';
import type { AssetPayTheme, UseDepositSelectionResult } from '../../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import type { ItemCardSlot } from '../ItemCard/ItemCard.js';
import { GridCell } from './GridCell.js';
import { useGridKeyboard } from './useGridKeyboard.js';
import { GridState } from './GridState.js';
import { afterNextPaint } from '../../core/index.js';

const NO_CLASSES: Partial<Record<InventoryGridSlot | ItemCardSlot, string>> = {};
/** Rows rendered beyond the viewport on each side. */
const OVERSCAN = 2;

/** Parts of the grid that take a class name. */
export type InventoryGridSlot = 'root' | 'row' | 'cell' | 'status';

/** Props of {@link InventoryGrid}. */
export interface InventoryGridProps extends DisplayProps {
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
 * Virtualised grid of item cards: rows of as many cards as fit, smooth with 20,000 items.
 * Keyboard: arrows, Home/End, PageUp/PageDown, Space/Enter, Shift for ranges, Ctrl/Cmd+A.
 * @selector [data-slot=inventory-grid] [data-state=loading|error|empty|ready]
 */
export function InventoryGrid(props: InventoryGridProps) {
  const { selection, ...rest } = props;
  // The grid body reads the selection's actions and the callbacks through this ref, so a new
  // selection object (every toggle) or an inline callback does not re-render it: a toggle
  // re-renders the toggled card, a moved tab stop its two cards.
  const latest = useRef(props);
  latest.current = props;
  return <GridBody {...rest} store={selection.store} atLimit={selection.count >= selection.maxItems} latest={latest} />;
}

interface GridBodyProps extends Omit<InventoryGridProps, 'selection'> {
  store: SelectionStore;
  atLimit: boolean;
  latest: RefObject<InventoryGridProps>;
}

const GridBody = /* @__PURE__ */ memo(function GridBody(props: GridBodyProps) {
  const { items, store, atLimit, cardWidth = 168, rowHeight = 292, gap = 8, height = 560, unstyled = false, classNames = NO_CLASSES } = props;
  const display = useDisplay(props);
  const themeProp = useTheme(props.theme);
  const theme = unstyled ? {} : themeAttributes(themeProp);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The scroll area's size, as the virtualizer measures it (one read, one ResizeObserver). Until
  // the first measurement (a layout effect, before the first paint) no card is rendered: cards laid
  // out for an unknown width would be thrown away at once.
  const [rect, setRect] = useState<Rect | null>(null);
  // The content box (clientWidth/clientHeight, no scrollbar), on mount and on every resize.
  const observeRect = useCallback((instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) => {
    const element = instance.scrollElement;
    if (!element) return undefined;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setRect((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
      cb(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const width = rect?.width ?? 0;
  const columns = Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
  const rowCount = rect ? Math.ceil(items.length / columns) : 0;
  // After a new list (search, sort, filter) the first frame renders the rows in view only: half
  // the cards, so the new results paint sooner. The rows beyond follow right after that frame, in
  // an interruptible render. Not while focus is in the grid (its row must stay), nor when the
  // cards already rendered stay as they are (a page appended, a refetch of the same objects).
  const [overscanList, setOverscanList] = useState(items);
  const focusInside = useRef(false);
  const rendered = useRef<number[]>([]);
  const overscan = overscanList === items || focusInside.current || rendered.current.every((i) => overscanList[i] === items[i]) ? OVERSCAN : 0;
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
  // Positions of the cards rendered now, for the next list's comparison.
  rendered.current = [];
  const pageRows = Math.max(1, Math.floor((rect?.height || rowHeight) / (rowHeight + gap)));
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const { latest } = props;

  const activate = useCallback(
    (item: InventoryItem, event: MouseEvent | KeyboardEvent) => {
      const { selection } = latest.current;
      if (event.shiftKey) selection.selectRange(itemsRef.current, item.id);
      else selection.toggle(item);
    },
    [latest],
  );
  const changeAmount = useCallback((item: InventoryItem, amount: number) => latest.current.selection.setAmount(item.id, amount), [latest]);
  const scrollToRow = useCallback((row: number) => virtualizer.scrollToIndex(row, { align: 'auto' }), [virtualizer]);

  const keyboard = useGridKeyboard({
    count: items.length,
    columns,
    pageRows,
    scrollToRow,
    onActivate: (index, event) => items[index] && activate(items[index], event),
    onSelectAll: () => latest.current.selection.selectAll(items),
  });

  const lastRow = virtualRows[virtualRows.length - 1]?.index ?? -1;
  const { hasMore } = props;
  const measured = rect !== null;
  useEffect(() => {
    if (measured && hasMore && lastRow >= rowCount - 3) latest.current.onLoadMore?.();
  }, [measured, hasMore, lastRow, rowCount, latest]);

  const c = (slot: InventoryGridSlot | ItemCardSlot) => (unstyled ? classNames[slot] : cx(`ap-InventoryGrid-${slot}`, classNames[slot]));
  const state = props.error ? 'error' : props.isLoading && items.length === 0 ? 'loading' : items.length === 0 ? 'empty' : 'ready';

  return (
    <div data-slot="inventory-grid" data-state={state} className={cx(c('root'), props.className)} {...theme}>
      <GridState
        state={state}
        error={props.error}
        onRetry={props.onRetry && (() => latest.current.onRetry?.())}
        emptyMessage={props.emptyMessage}
        display={display}
        className={c('status')}
      />
      <div
        ref={scrollRef}
        role="grid"
        aria-label={props.label ?? display.labels.inventory}
        aria-multiselectable="true"
        aria-rowcount={Math.ceil(items.length / columns)}
        aria-colcount={columns}
        aria-busy={props.isLoading || undefined}
        data-slot="inventory-grid-viewport"
        style={{ height, overflowY: 'auto', position: 'relative' }}
        onKeyDown={keyboard.onKeyDown}
        onFocus={(event) => {
          focusInside.current = true;
          // The focused card becomes the tab stop: its cell and the previous one re-render.
          const index = (event.target as HTMLElement).dataset.index;
          if (index !== undefined) keyboard.setActive(Number(index));
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusInside.current = false;
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {virtualRows.map((row) => (
            <div
              key={row.key}
              role="row"
              aria-rowindex={row.index + 1}
              data-slot="inventory-grid-row"
              className={c('row')}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: rowHeight,
                transform: `translateY(${row.start}px)`,
                display: 'grid',
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                gap,
              }}
            >
              {items.slice(row.index * columns, row.index * columns + columns).map((item, column) => {
                const index = row.index * columns + column;
                rendered.current.push(index);
                return (
                  <GridCell
                    key={item.id}
                    item={item}
                    index={index}
                    column={column}
                    store={store}
                    atLimit={atLimit}
                    tabStop={keyboard.tabStop}
                    onToggle={activate}
                    onAmountChange={changeAmount}
                    registerButton={keyboard.registerButton}
                    className={c('cell')}
                    classNames={classNames}
                    unstyled={unstyled}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}, sameBodyProps);

/**
 * Props the body re-renders for. Callbacks (`on…`) are read through `latest`: their identity does
 * not matter, whether they are given does. Plain objects (class names, theme, labels) compare by
 * their entries, so a parent passing a new `{}` or an inline callback each render costs nothing.
 */
function sameBodyProps(a: GridBodyProps, b: GridBodyProps): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return Object.keys({ ...x, ...y }).every(
    (key) => Object.is(x[key], y[key]) || (key.startsWith('on') && typeof x[key] === typeof y[key]) || shallowEqual(x[key], y[key]),
  );
}

function shallowEqual(x: unknown, y: unknown): boolean {
  if (!x || !y || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
