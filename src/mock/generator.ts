import { CS2, DEFAULT_GAME } from '../core/games.js';
import type { GameId } from '../core/types.js';
import { fillCs2, fillRust } from './drafts.js';
import { createRandom, hashString } from './random.js';

/** A sticker on a raw CS2 row, as the `.co` API sends it. */
export interface RawSticker {
  name: string;
  slot: number;
  /** Scrape, 0–1. */
  wear?: number | null;
  /** Steam economy icon hash. */
  iconUrl: string;
}

/** The `.co` offer on a raw row. */
export interface RawOffer {
  /** USD for one unit. */
  price: number;
  /** Opaque; changes whenever `price` changes. */
  reference: string;
  maxAmount?: number;
}

/** One inventory row exactly as `GET /client/inventory` (`.co`) puts it on the wire. */
export interface RawInventoryItem {
  id: string;
  appid: number;
  contextid: number;
  name: string;
  marketHashName: string;
  type: string;
  /** Steam economy icon hash, e.g. `mock-1x2y3z`. */
  iconUrl: string;
  tradable: boolean;
  accepted: boolean;
  /** USD reference price. */
  marketPrice: number;
  offer?: RawOffer;
  /** Stack size (Rust only). */
  amount?: number;
  exterior?: string;
  /** Float as a string, e.g. `"0.25432"`. */
  wear?: string;
  rarity?: string;
  /** `#rrggbb`. */
  color?: string;
  paintSeed?: number;
  stickers?: RawSticker[];
}

/** Options of {@link createMockInventory}. */
export interface MockInventoryOptions {
  /** @default 730 */
  game?: GameId;
  /** Number of rows. @default 120 for CS2, 60 for Rust */
  count?: number;
  /** Same seed, same rows. @default 1 */
  seed?: number;
}

/**
 * A new opaque offer reference. It mixes the price in, so a new price gives a new reference;
 * `revision` makes repeated reprices differ even when a price comes back.
 */
export function offerReference(itemId: string, priceCents: number, revision = 0): string {
  return referenceFrom(hashString(itemId), priceCents, revision);
}

function referenceFrom(base: number, priceCents: number, revision: number): string {
  const a = Math.imul(base ^ priceCents, 0x9e3779b1) >>> 0;
  const b = Math.imul(a ^ (revision + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  // Shifted to stay within small-integer range: V8 prints those much faster than large doubles.
  return `ofr_${(a >>> 2).toString(36)}${(b >>> 2).toString(36)}`;
}

/**
 * Generates `count` raw `.co` inventory rows for a game. The same `(game, count, seed)` always
 * gives the same rows, and a longer list starts with the rows of a shorter one.
 */
export function createMockInventory(options: MockInventoryOptions = {}): RawInventoryItem[] {
  const game: GameId = options.game ?? DEFAULT_GAME;
  const count = options.count ?? (game === CS2 ? 120 : 60);
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  const random = createRandom(hashString(`${game}:${seed >>> 0}`));
  const rows: RawInventoryItem[] = [];
  const fill = game === CS2 ? fillCs2 : fillRust;
  const minCents = game === CS2 ? 3 : 2;
  // Ids depend only on (game, seed, index) and are at least 8 characters long.
  const prefix = `m${game}-${(seed >>> 0).toString(36)}-`;
  for (let index = 0; index < count; index++) {
    const id = prefix + index.toString(36);
    const row: RawInventoryItem = {
      id,
      appid: game,
      contextid: 2,
      name: '',
      marketHashName: '',
      type: '',
      iconUrl: '',
      tradable: !random.chance(0.08),
      accepted: !random.chance(0.07),
      marketPrice: 0,
    };
    const marketCents = Math.max(minCents, Math.round(fill(row, random) * (0.85 + random.next() * 0.3)));
    const offerCents = Math.max(1, Math.floor(marketCents * (0.6 + random.next() * 0.3)));
    row.marketPrice = marketCents / 100;
    const amount = row.amount ?? 1;
    // Some Rust stacks may only be partly deposited.
    const maxAmount = amount > 1 && random.chance(0.3) ? random.int(1, amount - 1) : amount;
    // Not-accepted rows come both with and without an offer, as on the real API.
    if (row.accepted || random.chance(0.5)) {
      row.offer = { price: offerCents / 100, reference: referenceFrom(hashString(id), offerCents, 0), maxAmount };
    }
    rows.push(row);
  }
  return rows;
}
