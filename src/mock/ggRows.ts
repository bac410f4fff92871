import type { RawInventoryItem, RawSticker } from './generator.js';
import { hashString } from './random.js';

/** The `.gg` offer on a raw row: no `reference`, and `accepted` lives here instead of on the row. */
export interface RawGgOffer {
  /** USD for one unit. */
  price: number;
  maxAmount?: number;
  /** The item can be deposited now. */
  accepted: boolean;
}

/**
 * One inventory row exactly as `GET /client/inventory` (`.gg`, OpenAPI) puts it on the wire: no
 * top-level `accepted`, no `contextid`, no `offer.reference`, and a Steam `assetId`.
 */
export interface RawGgInventoryItem {
  id: string;
  /** Raw Steam asset id: digits only, stable per row. */
  assetId: string;
  appid: number;
  name: string;
  marketHashName: string;
  type: string;
  /** Steam economy icon hash. */
  iconUrl: string;
  tradable: boolean;
  /** USD reference price. */
  marketPrice: number;
  offer?: RawGgOffer;
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

const assetIds = new Map<string, string>();

/** A Steam-like asset id for a row id: digits only, the same for the same id. */
export function mockAssetId(itemId: string): string {
  let found = assetIds.get(itemId);
  if (found === undefined) {
    // Two independent 32-bit hashes (53 bits in all) so that 20,000 rows do not collide.
    const high = hashString(`asset:${itemId}`) & 0x1fffff;
    found = String(high * 2 ** 32 + hashString(itemId) + 10_000_000_000);
    assetIds.set(itemId, found);
  }
  return found;
}

/** The `.gg` wire form of a live (`.co`-shaped) row; the row itself is not changed. */
export function toGgRow(row: RawInventoryItem): RawGgInventoryItem {
  const { accepted, contextid: _contextid, offer, id, ...rest } = row;
  const out: RawGgInventoryItem = { id, assetId: mockAssetId(id), ...rest };
  if (offer) {
    out.offer = { price: offer.price, accepted };
    if (offer.maxAmount !== undefined) out.offer.maxAmount = offer.maxAmount;
  }
  return out;
}
