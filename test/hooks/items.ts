import { parseInventoryItems, type InventoryItem } from '../../src/index.js';
import { apiItem } from './utils.js';

/** Validated items built through the real parser, so tests use what the hooks would get. */
export function items(...rows: Record<string, unknown>[]): InventoryItem[] {
  const { items: parsed, rejected } = parseInventoryItems(rows);
  if (rejected.length) throw new Error(`test rows rejected: ${JSON.stringify(rejected)}`);
  return parsed;
}

export const cs2 = (id: string, price = 10.75, extra: Record<string, unknown> = {}) =>
  items(apiItem(id, { offer: { price, reference: `ref-${id}-${price}`, maxAmount: 1 }, ...extra }))[0]!;

export const rust = (id: string, amount: number, maxAmount: number, price = 0.15) =>
  items(
    apiItem(id, {
      appid: 252490,
      name: `Wood ${id}`,
      amount,
      marketPrice: 0.2,
      offer: { price, reference: `ref-${id}-${price}`, maxAmount },
      exterior: undefined,
      wear: undefined,
    }),
  )[0]!;
