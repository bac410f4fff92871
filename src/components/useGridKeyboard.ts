import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

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
  const [active, setActive] = useState(0);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const pendingFocus = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  const focusIndex = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(count - 1, index));
      setActive(next);
      pendingFocus.current = next;
      scrollToRow(Math.floor(next / columns));
      buttons.current.get(next)?.focus();
    },
    [count, columns, scrollToRow],
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
    const index = Number(target.dataset.index ?? activeIndex);
    const column = index % columns;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, () => number> = {
      ArrowRight: () => index + 1,
      ArrowLeft: () => index - 1,
      ArrowDown: () => (index + columns < count ? index + columns : index),
      ArrowUp: () => (index - columns >= 0 ? index - columns : index),
      Home: () => (ctrl ? 0 : index - column),
      End: () => (ctrl ? count - 1 : Math.min(count - 1, index - column + columns - 1)),
      PageDown: () => Math.min(count - 1, index + columns * pageRows),
      PageUp: () => Math.max(0, index - columns * pageRows),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusIndex(move());
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

  return { activeIndex, setActive, onKeyDown, registerButton };
}
