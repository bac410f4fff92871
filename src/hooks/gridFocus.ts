import { useSyncExternalStore } from 'react';
import type { InventoryItem } from '../core/index.js';

/** Where the grid's single tab stop is: an item id, with its last index for when the item leaves the list. */
export interface GridStop {
  id: string | null;
  index: number;
}

/**
 * The tab stop, kept outside React state so that a grid can choose who re-renders when it moves:
 * the whole grid, or only the two cells concerned ({@link useIsTabStop}). Also the element of each
 * rendered item, and the item waiting for focus until its element is rendered.
 */
export interface GridFocusStore {
  get(): GridStop;
  set(next: GridStop): void;
  subscribe(listener: () => void): () => void;
  /** The callback ref of one item's focusable element. */
  register(id: string): (element: HTMLElement | null) => void;
  /** Focuses the item's element now, or as soon as it is rendered. */
  focus(id: string): void;
}

export function createGridFocusStore(): GridFocusStore {
  let stop: GridStop = { id: null, index: 0 };
  let pending: string | null = null;
  const elements = new Map<string, HTMLElement>();
  const listeners = new Set<() => void>();
  return {
    get: () => stop,
    set(next) {
      if (next.id === stop.id && next.index === stop.index) return;
      stop = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    register: (id) => (element) => {
      if (!element) {
        elements.delete(id);
        return;
      }
      elements.set(id, element);
      // An item scrolled into view for the keyboard is focused once it exists.
      if (pending === id) {
        pending = null;
        element.focus();
      }
    },
    focus(id) {
      const element = elements.get(id);
      if (element?.isConnected) {
        pending = null;
        element.focus();
      } else pending = id;
    },
  };
}

/** The id holding the tab stop in `items`: its item, or the item now at its last place. */
export function activeIdOf(stop: GridStop, items: readonly InventoryItem[], indexOf: (id: string) => number | undefined): string | null {
  // Most often the item is still where it was: no look-up by id.
  if (stop.id !== null && (items[stop.index]?.id === stop.id || indexOf(stop.id) !== undefined)) return stop.id;
  return items[Math.min(stop.index, Math.max(0, items.length - 1))]?.id ?? null;
}

/** What {@link useIsTabStop} reads of a grid. */
export interface TabStopSource {
  isTabStop(id: string): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * Whether the item holds the grid's tab stop, re-rendering the calling cell only when that
 * changes. With `useInventoryGrid({ updates: 'items' })` the grid itself does not re-render when
 * the tab stop moves: each cell reads its own with this hook.
 */
export function useIsTabStop(grid: TabStopSource, id: string): boolean {
  const snapshot = () => grid.isTabStop(id);
  return useSyncExternalStore(grid.subscribe, snapshot, snapshot);
}
