// Tiny factories for core tests: validated `InventoryItem`s and raw `.co` API rows.
import { CS2, RUST, toCents, type InventoryItem } from '../../src/core/index.js';

/** Overrides of {@link cs2Item} / {@link rustItem}; `price: null` leaves the offer out. */
export interface ItemSpec extends Partial<Omit<InventoryItem, 'offer' | 'marketPrice' | 'marketPriceCents'>> {
  price?: number | null;
  maxAmount?: number;
  reference?: string;
  marketPrice?: number;
}

function build(appid: number, id: string, spec: ItemSpec): InventoryItem {
  const { price = 1.5, maxAmount, reference = `ref-${id}`, marketPrice, ...rest } = spec;
  return {
    id,
    appid,
    name: `Item ${id}`,
    tradable: true,
    accepted: true,
    stickers: [],
    marketPrice,
    marketPriceCents: marketPrice === undefined ? null : toCents(marketPrice),
    offer:
      price === null
        ? undefined
        : { price, priceCents: toCents(price), reference, ...(maxAmount === undefined ? {} : { maxAmount }) },
    ...rest,
  };
}

/** A depositable CS2 item (one unit, `maxAmount` 1) unless `spec` says otherwise. */
export const cs2Item = (id: string, spec: ItemSpec = {}): InventoryItem => build(CS2, id, { maxAmount: 1, ...spec });

/** A depositable Rust item; give `amount` / `maxAmount` for a stack. */
export const rustItem = (id: string, spec: ItemSpec = {}): InventoryItem => build(RUST, id, spec);

/** A raw `.co` CS2 inventory row as `GET /client/inventory` sends it. */
export function rawCs2Row(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    appid: 730,
    contextid: 2,
    name: 'AK-47 | Redline',
    marketHashName: 'AK-47 | Redline (Field-Tested)',
    type: 'Rifle',
    iconUrl: '-9a81dlWLwJ2UUGcVs_nsVtzdOEdtWwKGZZLQHTxDZ7I56KU0Zwwo4NUX4oFJZEHLbXH5ApeO4YmlhxYQknCRvCo04DEVlxkKgpot7HxfDhjxszJemkV09-5lpKKqPrxN7LEmyVQ7MEpiLuSrYmnjQO3-UdsZGHyd4_Bd1RvNQ7T_FDrw-_ng5Pu75iY1zI97bhLsvQz',
    tradable: true,
    accepted: true,
    offer: { price: 10.75, reference: `ref-${id}`, maxAmount: 1 },
    marketPrice: 12.5,
    exterior: 'Field-Tested',
    wear: '0.25432',
    rarity: 'Classified',
    color: '#D32CE6',
    paintSeed: 661,
    stickers: [{ name: 'Sticker | Crown (Foil)', slot: 0, wear: 0.1, iconUrl: 'abc_DEF-123' }],
    ...overrides,
  };
}

/** A raw `.co` Rust stack row. */
export function rawRustRow(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    appid: 252490,
    contextid: 2,
    name: 'Metal Door',
    marketHashName: 'Metal Door',
    iconUrl: 'rustIconHash_123',
    tradable: true,
    accepted: true,
    amount: 12,
    offer: { price: 0.07, reference: `ref-${id}`, maxAmount: 10 },
    marketPrice: 0.09,
    ...overrides,
  };
}

/** A success envelope of `GET /client/inventory` around `inventory`. */
export function inventoryEnvelope(inventory: unknown[], data: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requestId: 'req-1',
    success: true,
    data: { inventory, count: inventory.length, updatedAt: '2024-05-01T12:00:00.000Z', collateral: 25.5, ...data },
  };
}
