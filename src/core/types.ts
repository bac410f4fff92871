import type { Cents } from './money.js';
import type { InventorySort } from './api/variant.js';

import type { GameId, GameWire } from './games.js';

export type { GameId, GameWire } from './games.js';
export { CS2, RUST } from './games.js';

/** A sticker (or patch) applied to a CS2 item. */
export interface Sticker {
  name: string;
  /** Position on the weapon, 0-based. */
  slot: number;
  /** Scrape as a 0–1 fraction; `null` or missing when unscraped or unknown. */
  wear?: number | null;
  /** Steam economy icon hash (see `steamIconUrl`). */
  iconUrl?: string;
  marketHashName?: string;
}

/** A keychain/charm attached to a CS2 weapon. */
export interface Charm {
  name: string;
  iconUrl?: string;
  marketHashName?: string;
}

/** What AssetPay pays for one unit of an item. */
export interface ItemOffer {
  /** USD paid for one unit, exactly as the API sent it. Echoed back in the deposit. */
  price: number;
  /** `price` in integer cents. */
  priceCents: Cents;
  /** Opaque `.co` offer reference; must be sent back with the deposit. */
  reference?: string;
  /** Most units of this row that can be deposited. */
  maxAmount?: number;
}

/**
 * One validated inventory row. API field names are kept; `*Cents` fields are added once, at
 * the boundary. `marketPrice` is a reference price and never what the user is paid: that is
 * `offer.price`.
 */
export interface InventoryItem {
  /** AssetPay's encoded item id, sent back as `itemId`. Not the Steam asset id. */
  id: string;
  appid: number;
  contextid?: number;
  assetId?: string;
  name: string;
  marketHashName?: string;
  type?: string;
  /** Steam economy icon hash, untrusted: build URLs with `steamIconUrl`. */
  iconUrl?: string;
  tradable: boolean;
  /** Whether AssetPay accepts the item now (`.co` top-level flag, or `.gg` `offer.accepted`). */
  accepted: boolean;
  /** Market reference price in USD (for context only). */
  marketPrice?: number;
  /** `marketPrice` in cents, or `null` when absent or not a whole number of cents. */
  marketPriceCents: Cents | null;
  offer?: ItemOffer;
  /** Stack size (Rust). Missing means 1. */
  amount?: number;
  exterior?: string;
  /** Float value as a string, e.g. `"0.25432"`. */
  wear?: string;
  rarity?: string;
  /** Rarity colour as `#RRGGBB`; anything else from the API is dropped. */
  color?: string;
  paintSeed?: number;
  stickers: Sticker[];
  charm?: Charm;
  propId?: string;
  previewToken?: string;
  doppler?: { name: string; status?: number; paintIndex?: number };
  fade?: { percentage: number };
  hardened?: { status?: number; name?: string };
}

/** An inventory row that failed validation and was left out of `items`. */
export interface RejectedItem {
  /** Position in the response's `inventory` array. */
  index: number;
  /** The row's `id` when it had a readable one. */
  id?: string;
  /** What was wrong, e.g. `offer.price: fraction of a cent`. */
  reason: string;
}

/** One page of `GET /client/inventory`, validated. */
export interface InventoryPage {
  items: InventoryItem[];
  /** Total items matching the filters, across all pages. */
  count: number;
  /** When AssetPay last refreshed its cached copy of the inventory. */
  updatedAt: Date;
  /** Instant-credit collateral available now, in USD as sent. */
  collateral: number;
  /** `collateral` in cents, rounded down (an estimate may be low, never high). */
  collateralCents: Cents;
  /** Rows that were dropped because they were malformed. */
  rejected: RejectedItem[];
  requestId?: string;
}

/** Query parameters of `GET /client/inventory`, sent in the client's API variant. */
export interface InventoryParams {
  /** @default 730 */
  game?: GameId;
  /** Skip AssetPay's 15-minute cache. Use sparingly: the rate limit is shared by the merchant. */
  refresh?: boolean;
  /** Matches item names; cut to the API's 100 characters. */
  search?: string;
  /** One of the documented values (`.gg`; `.co` lists none and gets the same). @default the API's order */
  sort?: InventorySort;
  /** Only items AssetPay accepts now (`.gg` OpenAPI; sent as given on `.co`). @default false on the API */
  acceptedOnly?: boolean;
  /** USD, filters on offer price. */
  minPrice?: number;
  /** USD, filters on offer price. */
  maxPrice?: number;
  /** 1-based. @default 1 */
  page?: number;
  /** Page size, sent as `perPage` on `.co` and `limit` on `.gg` (where `-1` means all). The server may send fewer. @default 50 */
  perPage?: number;
}

/**
 * One item of a deposit request: the quote the user saw. On the wire it becomes
 * `{ itemId, offer: { price, reference }, amount }` on `.co` and `{ itemId, price, amount }` on `.gg`.
 */
export interface DepositRequestItem {
  itemId: string;
  offer: { price: number; reference?: string };
  amount?: number;
}

/** A deposit as the library sends it; `toDepositBody` gives the variant's wire body. */
export interface DepositRequest {
  items: DepositRequestItem[];
  game: GameWire;
  externalId: string;
  isInstant: boolean;
}

/** A trade as returned by the deposit endpoint and `GET /client/trades`. */
export interface Trade {
  id: string;
  type?: string;
  /** `.co` upper case (`INITIATED`) or `.gg` lower case (`initiated`), as sent. */
  status: string;
  game?: string;
  items: unknown[];
  totalPrice?: number;
  preCredit?: number;
  pendingCredit?: number;
  isInstant?: boolean;
  externalId?: string;
  offerID?: string;
  holdEndDate?: string;
  botInfo?: { name: string; avatar?: string; steamId?: string };
  error?: string;
  createdAt?: string;
  updatedAt?: string;
  /**
   * The other trades of a basket AssetPay split into several Steam offers (`.gg`). Each one
   * settles on its own: track all of them.
   */
  relatedTrades?: Trade[];
}
