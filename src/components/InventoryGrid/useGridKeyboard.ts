import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { gridMoveTarget } from '../../core/index.js';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The grid's roving tab stop (an index into the items), kept outside React state: moving it
 * re-renders the two cells concerned ({@link useIsTabStop}), not the grid.
 */
export interface TabStop {
  get(): number;
  set(index: number): void;
  subscribe(listener: () => void): () => void;
}

function createTabStop(): TabStop {
  let index = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => index,
    set(next) {
      if (next === index) return;
      index = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether the card at `index` holds the grid's tab stop; re-renders only when that changes. */
export function useIsTabStop(tabStop: TabStop, index: number): boolean {
  const snapshot = () => tabStop.get() === index;
  return useSyncExternalStore(tabStop.subscribe, snapshot, snapshot);
}

/** What the grid's keyboard model needs to know and do. */
export interface GridKeyboardOptions {
  count: number;
  columns: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  pageRows: number;
  /** Brings a row into view (virtualised rows may not be in the DOM yet). */
  scrollToRow: (row: number) => void;
  onActivate: (index: number, event: KeyboardEvent) => void;
  onSelectAll: () => void;
}

/**
 * Roving tabindex over a virtualised grid: one card holds the tab stop; arrows, Home/End
 * (Ctrl for the whole grid), PageUp/PageDown move it; Space/Enter toggle (Shift for a range);
 * Ctrl/Cmd+A selects all. Keys typed inside a card's own controls are left alone.
 */
export function useGridKeyboard({ count, columns, pageRows, scrollToRow, onActivate, onSelectAll }: GridKeyboardOptions) {
  const [tabStop] = useState(createTabStop);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const pendingFocus = useRef<number | null>(null);

  // A shorter list keeps a tab stop: its last card (before the paint).
  useIsomorphicLayoutEffect(() => {
    if (tabStop.get() > Math.max(0, count - 1)) tabStop.set(Math.max(0, count - 1));
  }, [tabStop, count]);

  const setActive = useCallback((index: number) => tabStop.set(index), [tabStop]);

  const focusIndex = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(count - 1, index));
      tabStop.set(next);
      pendingFocus.current = next;
      scrollToRow(Math.floor(next / columns));
      const button = buttons.current.get(next);
      if (button) {
        // Rendered already: focus now (no grid render follows to do it).
        button.focus();
        pendingFocus.current = null;
      }
    },
    [tabStop, count, columns, scrollToRow],
  );

  // A row scrolled into view renders on a later frame: focus its button once it exists.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = buttons.current.get(index);
    if (button) {
      if (document.activeElement !== button) button.focus();
      pendingFocus.current = null;
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.slot !== 'item-card-toggle' || count === 0) return;
    const index = Number(target.dataset.index ?? Math.min(tabStop.get(), count - 1));
    const ctrl = event.ctrlKey || event.metaKey;
    const next = gridMoveTarget(event.key, index, { count, columns, pageRows }, ctrl);
    if (next !== null) {
      event.preventDefault();
      focusIndex(next);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      onActivate(index, event);
    } else if (ctrl && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectAll();
    }
  };

  const registerButton = useCallback((index: number, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(index, element);
    else buttons.current.delete(index);
  }, []);

  return { tabStop, setActive, onKeyDown, registerButton };
}
