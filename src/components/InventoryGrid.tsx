import { memo, startTransition, useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import type { AssetPayError, InventoryItem, SelectionStore } from '../core/index.js';
import type { AssetPayTheme, UseDepositSelectionResult } from '../hooks/index.js';
import { cx, themeAttributes, useDisplay, useTheme, type DisplayProps } from './shared/index.js';
import type { ItemCardSlot } from './ItemCard.js';
import { GridCell } from './GridCell.js';
import { useGridKeyboard } from './useGridKeyboard.js';
import { GridState } from './GridState.js';
import { afterNextPaint } from './schedule.js';

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
  const latest = useRef({ selection, onRetry: props.onRetry, onLoadMore: props.onLoadMore });
  latest.current = { selection, onRetry: props.onRetry, onLoadMore: props.onLoadMore };
  return <GridBody {...rest} store={selection.store} atLimit={selection.count >= selection.maxItems} latest={latest} />;
}

interface GridBodyProps extends Omit<InventoryGridProps, 'selection'> {
  store: SelectionStore;
  atLimit: boolean;
  latest: RefObject<{ selection: UseDepositSelectionResult; onRetry?: () => void; onLoadMore?: () => void }>;
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
  const observeRect = useCallback(
    (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
      observeElementRect(instance, (next) => {
        setRect((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
        cb(next);
      }),
    [],
  );
  const width = rect?.width ?? 0;
  const columns = Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
  const rowCount = rect ? Math.ceil(items.length / columns) : 0;
  // After a new list (search, sort, filter) the first frame renders the rows in view only: half
  // the cards, so the new results paint sooner. The rows beyond follow right after that frame, in
  // an interruptible render. Not while focus is in the grid (its row must stay), nor when the
  // cards already rendered stay as they are (a page appended, a refetch of the same objects).
  const [overscanList, setOverscanList] = useState(items);
  const focusInside = useRef(false);
  const rendered = useRef({ start: 0, end: 0 });
  const overscan = overscanList === items || focusInside.current || sameAt(overscanList, items, rendered.current) ? OVERSCAN : 0;
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
  rendered.current = {
    start: (virtualRows[0]?.index ?? 0) * columns,
    end: Math.min(items.length, ((virtualRows[virtualRows.length - 1]?.index ?? -1) + 1) * columns),
  };
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

  // A card focused by a pointer becomes the tab stop with the click that follows, in the same
  // render as the toggle, rather than in a render of its own between pointerdown and click.
  const pointerFocus = useRef<{ down: boolean; index: number | null }>({ down: false, index: null });
  const applyPointerFocus = () => {
    const { index } = pointerFocus.current;
    pointerFocus.current = { down: false, index: null };
    if (index !== null) keyboard.setActive(index);
  };

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
        onPointerDownCapture={() => {
          pointerFocus.current.down = true;
        }}
        onPointerUpCapture={() => {
          pointerFocus.current.down = false;
        }}
        onClickCapture={applyPointerFocus}
        onKeyDown={(event) => {
          applyPointerFocus();
          keyboard.onKeyDown(event);
        }}
        onFocus={(event) => {
          focusInside.current = true;
          const index = (event.target as HTMLElement).dataset.index;
          if (index === undefined) return;
          if (pointerFocus.current.down) pointerFocus.current.index = Number(index);
          else keyboard.setActive(Number(index));
        }}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          focusInside.current = false;
          applyPointerFocus();
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
 * Props the body re-renders for. Callbacks are read through `latest` (their identity does not
 * matter, whether they are given does), and class names, theme and labels by their entries, so
 * a parent passing a new `{}` or an inline callback each render costs nothing.
 */
function sameBodyProps(a: GridBodyProps, b: GridBodyProps): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof GridBodyProps>);
  for (const key of keys) {
    const x: unknown = a[key];
    const y: unknown = b[key];
    if (Object.is(x, y)) continue;
    if ((key === 'onRetry' || key === 'onLoadMore') && typeof x === 'function' && typeof y === 'function') continue;
    if ((key === 'classNames' || key === 'theme' || key === 'labels') && shallowEqual(x, y)) continue;
    return false;
  }
  return true;
}

function shallowEqual(x: unknown, y: unknown): boolean {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}

/** Whether `a` and `b` hold the same item objects at positions `start` to `end`. */
function sameAt(a: readonly InventoryItem[], b: readonly InventoryItem[], { start, end }: { start: number; end: number }): boolean {
  if (end > a.length || end > b.length) return false;
  for (let i = start; i < end; i++) if (a[i] !== b[i]) return false;
  return true;
}
