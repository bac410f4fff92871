import { sameDepositTerms } from './sameTerms.js';
import { clampAmount, isDepositable } from '../inventory/predicates.js';
import type { InventoryItem } from '../types.js';
import type { AdjustedItem, DroppedItem, PriceChange, SelectionAction, SelectionEntry, SelectionState, SelectionValue } from './state.js';

/** Limits the reducer enforces. */
export interface SelectionContext {
  /** Most distinct items in one deposit. */
  maxItems: number;
}

const countOf = (entries: SelectionValue) => Object.keys(entries).length;
/**
 * The entry of `id`, own keys only: ids are the API's strings, and one such as `constructor` or
 * `__proto__` must not find `Object.prototype`'s members.
 */
const entryOf = (entries: SelectionValue, id: string): SelectionEntry | undefined => (Object.hasOwn(entries, id) ? entries[id] : undefined);
/** Sets an own entry; a plain `entries[id] = …` would set the prototype for `__proto__`. */
const put = (entries: Record<string, SelectionEntry>, id: string, entry: SelectionEntry) => {
  Object.defineProperty(entries, id, { value: entry, writable: true, enumerable: true, configurable: true });
};
const gameOf = (entries: SelectionValue): number | undefined => {
  for (const id of Object.keys(entries)) return entries[id]!.item.appid;
  return undefined;
};
const without = (entries: SelectionValue, ids: Iterable<string>): SelectionValue => {
  const next = { ...entries };
  for (const id of ids) delete next[id];
  return next;
};

function select(state: SelectionState, item: InventoryItem, amount: number | undefined, ctx: SelectionContext): SelectionState {
  if (!isDepositable(item)) return state;
  const current = entryOf(state.entries, item.id);
  const wanted = clampAmount(item, amount ?? current?.amount ?? 1);
  if (current && current.item === item && current.amount === wanted) {
    return state.anchorId === item.id ? state : { ...state, anchorId: item.id };
  }
  let entries = state.entries;
  let dropped = state.dropped;
  const game = gameOf(entries);
  if (game !== undefined && game !== item.appid) {
    // One deposit carries one game: picking another game's item starts a new selection.
    dropped = [...dropped, ...Object.values(entries).map((e): DroppedItem => ({ id: e.item.id, name: e.item.name, reason: 'other-game' }))];
    entries = {};
  }
  if (!current && countOf(entries) >= ctx.maxItems) return state;
  return { ...state, entries: { ...entries, [item.id]: { item, amount: wanted } }, anchorId: item.id, dropped };
}

function addMany(state: SelectionState, items: readonly InventoryItem[], ctx: SelectionContext): SelectionState {
  const entries: Record<string, SelectionEntry> = { ...state.entries };
  let count = countOf(entries);
  let game = gameOf(entries);
  let changed = false;
  for (const item of items) {
    if (count >= ctx.maxItems) break;
    if (entryOf(entries, item.id) || !isDepositable(item)) continue;
    if (game !== undefined && item.appid !== game) continue;
    game = item.appid;
    put(entries, item.id, { item, amount: clampAmount(item, 1) });
    count += 1;
    changed = true;
  }
  return changed ? { ...state, entries } : state;
}

function sync(state: SelectionState, items: readonly InventoryItem[], complete: boolean, game: number | undefined): SelectionState {
  const ids = Object.keys(state.entries);
  if (ids.length === 0) return state;
  const fresh = new Map<string, InventoryItem>();
  // The first row of an id wins, as in the parser; a row of another game is not this entry's item.
  for (const item of items) if (!fresh.has(item.id)) fresh.set(item.id, item);
  const listedGame = game ?? items[0]?.appid;
  const entries: Record<string, SelectionEntry> = { ...state.entries };
  const priceChanges: PriceChange[] = [...state.priceChanges];
  const dropped: DroppedItem[] = [...state.dropped];
  const adjusted: AdjustedItem[] = [...(state.adjusted ?? [])];
  let changed = false;
  for (const id of ids) {
    const entry = entries[id]!;
    const listed = fresh.get(id);
    const next = listed?.appid === entry.item.appid ? listed : undefined;
    if (!next) {
      if (complete && (listedGame === undefined || listedGame === entry.item.appid)) {
        delete entries[id];
        dropped.push({ id, name: entry.item.name, reason: 'gone' });
        changed = true;
      }
      continue;
    }
    if (next === entry.item || sameDepositTerms(next, entry.item)) continue;
    changed = true;
    if (!isDepositable(next)) {
      delete entries[id];
      // Said as precisely as the fresh row allows: a refusal without `details` is explained by it.
      dropped.push({ id, name: next.name, reason: !next.tradable ? 'not-depositable' : !next.offer ? 'no-offer' : !next.accepted ? 'not-accepted' : 'not-depositable' });
      continue;
    }
    const oldCents = entry.item.offer!.priceCents;
    const newCents = next.offer!.priceCents;
    if (oldCents !== newCents) {
      const earlier = priceChanges.findIndex((change) => change.id === id);
      const original = earlier >= 0 ? priceChanges.splice(earlier, 1)[0]!.oldPriceCents : oldCents;
      if (original !== newCents) priceChanges.push({ id, name: next.name, oldPriceCents: original, newPriceCents: newCents });
    }
    const amount = clampAmount(next, entry.amount);
    // Fresh limits lowered the amount (e.g. a refusal without `details`): say so, never silently.
    if (amount < entry.amount) {
      adjusted.push({ id, name: next.name, from: entry.amount, to: amount, reason: (next.amount ?? 1) < entry.amount ? 'not-owned' : 'max-amount' });
    }
    put(entries, id, { item: next, amount });
  }
  return changed ? { ...state, entries, priceChanges, dropped, adjusted } : state;
}

/**
 * Shift range from the anchor to `toId` in `items` (the visible order). A second range from the
 * same anchor replaces the first, as React Aria's selection manager does: it extends or shrinks,
 * and takes back only what the previous range added; what was selected before it stays.
 */
function range(state: SelectionState, items: readonly InventoryItem[], toId: string, ctx: SelectionContext): SelectionState {
  const to = items.findIndex((item) => item.id === toId);
  if (to < 0) return state;
  const from = state.anchorId === null ? -1 : items.findIndex((item) => item.id === state.anchorId);
  if (from < 0) return select(state, items[to]!, undefined, ctx);
  const [start, end] = from <= to ? [from, to] : [to, from];
  const span = items.slice(start, end + 1);
  const inSpan = new Set(span.map((item) => item.id));
  const previous = state.rangeIds ?? [];
  const outside = previous.filter((id) => !inSpan.has(id) && entryOf(state.entries, id));
  const base = outside.length > 0 ? { ...state, entries: without(state.entries, outside) } : state;
  const next = addMany(base, span, ctx);
  if (next === state) return state;
  const added = span.filter((item) => !entryOf(base.entries, item.id) && entryOf(next.entries, item.id)).map((item) => item.id);
  const kept = previous.filter((id) => inSpan.has(id) && entryOf(next.entries, id));
  return { ...next, anchorId: state.anchorId, rangeIds: [...kept, ...added] };
}

/** Applies what a refused deposit asked for: removals go to `dropped`, lowered amounts to `adjusted`. */
function repair(state: SelectionState, action: Extract<SelectionAction, { type: 'repair' }>): SelectionState {
  const entries: Record<string, SelectionEntry> = { ...state.entries };
  const dropped: DroppedItem[] = [...state.dropped];
  const adjusted: AdjustedItem[] = [...(state.adjusted ?? [])];
  let changed = false;
  for (const { id, reason } of action.remove) {
    const entry = entryOf(entries, id);
    if (!entry) continue;
    delete entries[id];
    dropped.push({ id, name: entry.item.name, reason });
    changed = true;
  }
  for (const { id, amount, reason } of action.clamp) {
    const entry = entryOf(entries, id);
    if (!entry || !Number.isFinite(amount)) continue;
    if (amount < 1) {
      delete entries[id];
      dropped.push({ id, name: entry.item.name, reason });
      changed = true;
      continue;
    }
    const to = Math.min(entry.amount, clampAmount(entry.item, amount));
    if (to === entry.amount) continue;
    put(entries, id, { item: entry.item, amount: to });
    adjusted.push({ id, name: entry.item.name, from: entry.amount, to, reason });
    changed = true;
  }
  return changed ? { ...state, entries, dropped, adjusted } : state;
}


/** A price report only makes sense while its item is still selected. */
function withoutStaleReports(state: SelectionState): SelectionState {
  if (!state.priceChanges.some((change) => !entryOf(state.entries, change.id))) return state;
  return { ...state, priceChanges: state.priceChanges.filter((change) => entryOf(state.entries, change.id)) };
}

/**
 * Pure reducer of the deposit selection. Never throws for unknown ids or bad amounts; returns
 * the same state object when nothing changed, so subscribers can skip work.
 */
export function selectionReducer(state: SelectionState, action: SelectionAction, ctx: SelectionContext): SelectionState {
  const next = reduce(state, action, ctx);
  return next === state ? state : withoutStaleReports(next);
}

/** A toggle or a single select starts a new anchor: the next Shift range adds to what is selected now. */
function newAnchor(state: SelectionState, next: SelectionState): SelectionState {
  return next === state || next.rangeIds === undefined ? next : { ...next, rangeIds: undefined };
}

function reduce(state: SelectionState, action: SelectionAction, ctx: SelectionContext): SelectionState {
  switch (action.type) {
    case 'toggle':
      return newAnchor(
        state,
        entryOf(state.entries, action.item.id)
          ? { ...state, entries: without(state.entries, [action.item.id]), anchorId: action.item.id }
          : select(state, action.item, undefined, ctx),
      );
    case 'select':
      return newAnchor(state, select(state, action.item, action.amount, ctx));
    case 'deselect':
      return entryOf(state.entries, action.id) ? { ...state, entries: without(state.entries, [action.id]) } : state;
    case 'setAmount': {
      const entry = entryOf(state.entries, action.id);
      if (!entry) return state;
      const amount = clampAmount(entry.item, action.amount);
      return amount === entry.amount ? state : { ...state, entries: { ...state.entries, [action.id]: { item: entry.item, amount } } };
    }
    case 'selectAll':
      return addMany(state, action.items, ctx);
    case 'selectRange':
      return range(state, action.items, action.toId, ctx);
    case 'clear':
      return countOf(state.entries) === 0 ? state : { ...state, entries: {}, anchorId: null, rangeIds: undefined };
    case 'remove':
      return action.ids.some((id) => entryOf(state.entries, id)) ? { ...state, entries: without(state.entries, action.ids) } : state;
    case 'replace':
      return action.entries === state.entries ? state : { ...state, entries: action.entries };
    case 'sync':
      return sync(state, action.items, action.complete, action.game);
    case 'repair':
      return repair(state, action);
    case 'acknowledge':
      return state.priceChanges.length === 0 && state.dropped.length === 0 && !state.adjusted?.length
        ? state
        : { ...state, priceChanges: [], dropped: [], adjusted: [] };
  }
}
