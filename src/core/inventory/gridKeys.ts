/** The shape of the grid a key moves in. */
export interface GridShape {
  count: number;
  columns: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  pageRows: number;
  /** Laid out right to left: ArrowLeft moves forward and ArrowRight back. @default false */
  rtl?: boolean;
}

/**
 * Where a navigation key moves the focus from `index` in a grid laid out row by row: arrows,
 * Home/End (with Ctrl or Cmd: the whole grid), PageUp/PageDown. `null` for any other key.
 */
export function gridMoveTarget(key: string, index: number, shape: GridShape, ctrl: boolean): number | null {
  const { count, columns, pageRows, rtl } = shape;
  if (count === 0) return null;
  const column = index % columns;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return Math.min(last, Math.max(0, index + ((key === 'ArrowRight') === !rtl ? 1 : -1)));
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return ctrl ? 0 : index - column;
    case 'End':
      return ctrl ? last : Math.min(last, index - column + columns - 1);
    case 'PageDown':
      return Math.min(last, index + columns * pageRows);
    case 'PageUp':
      return Math.max(0, index - columns * pageRows);
    default:
      return null;
  }
}
