import { useLatest } from './useLatest.js';
import { useEffect, useRef } from 'react';
import { useLayoutEffect } from '@radix-ui/react-use-layout-effect';
import type { InventoryItem, SelectionStore, SelectionValue } from '../core/index.js';
import {
  parseStoredSelection,
  selectionStorageKey,
  toStoredSelection,
  withFreshSnapshots,
  type SelectionStorage,
} from '../core/selection/persist.js';
import { useOptionalAssetPay } from './context.js';

// Bundlers replace `process.env.NODE_ENV` in the host app; declared here so no Node types leak into ours.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

const warned = new Set<string>();

function warnOnce(message: string) {
  const dev = typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';
  if (!dev || warned.has(message)) return;
  warned.add(message);
  console.warn(`react-assetpay: ${message}`);
}

/** The tab's `sessionStorage`, or `null` on a server or where the browser refuses it. */
function sessionStorageOrNull(): SelectionStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** What the hook needs to know; `persist` as given to `useDepositSelection`. */
export interface SelectionPersistenceSettings {
  persist: boolean | { key?: string; storage?: SelectionStorage } | undefined;
  controlled: boolean;
  game: number | undefined;
  maxItems: number;
  items: readonly InventoryItem[] | undefined;
}

/**
 * Keeps a selection store in storage (see `UseDepositSelectionOptions.persist`): restores it in a
 * layout effect, before the first paint, then writes after every change of the entries or of the
 * pending price changes. Storage errors turn it off quietly; nothing here runs during render.
 */
export function useSelectionPersistence(store: SelectionStore, settings: SelectionPersistenceSettings): void {
  const { persist, controlled, items } = settings;
  const userKey = useOptionalAssetPay()?.userKey;
  const custom = typeof persist === 'object' ? persist : undefined;
  const fromUser = typeof userKey === 'string' && userKey !== '' ? selectionStorageKey(userKey, settings.game) : null;
  const key = !persist || controlled ? null : (custom?.key ?? fromUser);
  const storage = custom?.storage;
  const latest = useLatest(settings);
  const activeKey = useRef<string | null>(null);
  const restored = useRef<Map<string, InventoryItem> | null>(null);

  const asked = !!persist;
  useEffect(() => {
    if (asked && controlled) warnOnce('`persist` does nothing while `selection` is controlled; store it yourself.');
    else if (asked && key === null) warnOnce('`persist` needs `userKey` on AssetPayProvider or a `persist.key`; the selection is not stored.');
  }, [asked, controlled, key]);

  useLayoutEffect(() => {
    if (key === null) return;
    const target = storage ?? sessionStorageOrNull();
    if (!target) return;
    let off = false;
    // A new key (another user or game) swaps in that key's selection, even an empty one.
    const switched = activeKey.current !== key;
    const isFirst = activeKey.current === null;
    activeKey.current = key;
    if (switched) {
      let value: SelectionValue | null = null;
      try {
        const text = target.getItem(key);
        value = text === null ? null : parseStoredSelection(text, latest.current);
        if (text !== null && value === null) target.removeItem(key);
      } catch {
        off = true;
      }
      restored.current = value ? new Map(Object.values(value).map((entry) => [entry.item.id, entry.item])) : null;
      if (value || !isFirst) store.dispatch({ type: 'replace', entries: value ?? {} });
    }
    let last = store.getState();
    let shown = new Map(Object.entries(last.entries).map(([id, entry]) => [id, entry.item]));
    return store.subscribe(() => {
      const state = store.getState();
      if (off || (state.entries === last.entries && state.priceChanges === last.priceChanges)) return;
      last = state;
      const stored = toStoredSelection(state, shown);
      shown = stored.shown;
      try {
        if (stored.text === null) target.removeItem(key);
        else target.setItem(key, stored.text);
      } catch {
        off = true;
      }
    });
  }, [store, key, storage]);

  // Swaps the short restored snapshots for full fresh items once fresh data confirms their terms.
  useEffect(() => {
    const waiting = restored.current;
    if (!waiting || !items) return;
    const next = withFreshSnapshots(store.getState().entries, waiting, items);
    if (next) store.dispatch({ type: 'replace', entries: next });
    if (waiting.size === 0) restored.current = null;
  }, [store, items, key]);
}
