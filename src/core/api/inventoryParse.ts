// Reading inventory rows: each one validated on its own, the envelope as a whole. Loaded with the
// other readers (readers.ts) once the first request goes out, not up front.
import * as v from 'valibot';
import { AssetPayError } from './errors.js';
import { collateralToCents, describeIssues } from './schemas/parts.js';
import { inventoryEnvelopeSchema, inventoryItemSchema } from './schemas/inventory.js';
import type { InventoryItem, InventoryPage, RejectedItem } from '../types.js';
import { tryToCents } from '../money.js';
import { API_VARIANTS, type VariantRules } from './variant.js';

/** A string with something visible in it, else undefined. */
const filled = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text : undefined);

/**
 * Validates raw inventory rows one by one. Malformed rows and repeated ids are left out and
 * reported in `rejected`; nothing here throws for a bad row. `rules` says where the variant keeps
 * the "accepted" flag (`.co` top level, `.gg` `offer.accepted`). @default API_VARIANTS.co
 */
export function parseInventoryItems(
  rows: readonly unknown[],
  rules: VariantRules = API_VARIANTS.co,
): { items: InventoryItem[]; rejected: RejectedItem[] } {
  const items: InventoryItem[] = [];
  const rejected: RejectedItem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const rawId = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const result = v.safeParse(inventoryItemSchema, row);
    if (!result.success) {
      rejected.push({ index, id, reason: describeIssues(result.issues) });
      return;
    }
    const raw = result.output;
    if (seen.has(raw.id)) {
      rejected.push({ index, id: raw.id, reason: 'id: duplicate of an earlier row' });
      return;
    }
    seen.add(raw.id);
    const { offer, marketPrice } = raw;
    // Every item gets every key, in one order: one object shape keeps sorting, filtering and
    // rendering 20,000 of them on the engine's fast path (absent fields are `undefined`).
    const item: InventoryItem = {
      id: raw.id,
      appid: raw.appid,
      contextid: raw.contextid,
      assetId: raw.assetId,
      name: filled(raw.name) ?? filled(raw.marketHashName) ?? raw.id,
      marketHashName: raw.marketHashName,
      type: raw.type,
      iconUrl: raw.iconUrl,
      tradable: raw.tradable,
      accepted: rules.acceptedOf({ accepted: raw.accepted, offer }),
      marketPrice,
      marketPriceCents: marketPrice === undefined ? null : tryToCents(marketPrice),
      offer: offer
        ? { price: offer.price.usd, priceCents: offer.price.cents, reference: offer.reference, maxAmount: offer.maxAmount }
        : undefined,
      amount: raw.amount,
      exterior: raw.exterior,
      wear: raw.wear,
      rarity: raw.rarity,
      color: raw.color,
      paintSeed: raw.paintSeed,
      stickers: raw.stickers,
      charm: raw.charm,
      propId: raw.propId,
      previewToken: raw.previewToken,
      doppler: raw.doppler,
      fade: raw.fade,
      hardened: raw.hardened,
    };
    items.push(item);
  });
  return { items, rejected };
}

/** Validates a whole inventory response body. Throws `INVALID_RESPONSE` for a broken envelope. */
export function parseInventoryResponse(body: unknown, rules: VariantRules = API_VARIANTS.co): InventoryPage {
  const envelope = v.safeParse(inventoryEnvelopeSchema, body);
  if (!envelope.success) {
    throw new AssetPayError({
      key: 'INVALID_RESPONSE',
      message: `Unexpected inventory response (${describeIssues(envelope.issues)})`,
      status: 200,
    });
  }
  const { data, requestId } = envelope.output;
  const { items, rejected } = parseInventoryItems(data.inventory, rules);
  return {
    items,
    rejected,
    count: data.count,
    updatedAt: new Date(data.updatedAt),
    collateral: data.collateral,
    collateralCents: collateralToCents(data.collateral),
    requestId,
  };
}
