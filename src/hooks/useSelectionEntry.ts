import { useCallback, useSyncExternalStore } from 'react';
import type { SelectionEntry, SelectionStore } from '../core/index.js';

/**
 * One item's selected entry (`undefined` when not selected). Re-renders only when that item's
 * selection changes, so 20,000 cards can each subscribe without re-rendering one another.
 */
export function useSelectionEntry(store: SelectionStore, id: string): SelectionEntry | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribeItem(id, listener), [store, id]);
  const snapshot = () => {
    const { entries } = store.getState();
    return Object.hasOwn(entries, id) ? entries[id] : undefined;
  };
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
