import * as v from 'valibot';
import { finiteNumber, positiveInt, soft, usd } from './parts.js';

const hexColour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/));

const stickerSchema = v.object({
  name: v.string(),
  slot: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  wear: soft(v.nullable(v.pipe(finiteNumber, v.minValue(0), v.maxValue(1)))),
  iconUrl: soft(v.string()),
  marketHashName: soft(v.string()),
});

/** Stickers are decoration: a broken one is dropped on its own, the item stays. */
const stickers = v.pipe(
  v.fallback(v.optional(v.array(v.unknown()), []), []),
  v.transform((list) =>
    list.flatMap((raw) => {
      const result = v.safeParse(stickerSchema, raw);
      return result.success ? [result.output] : [];
    }),
  ),
);

const offerSchema = v.object({
  price: usd,
  reference: v.optional(v.string()),
  maxAmount: v.optional(positiveInt),
  accepted: soft(v.boolean()),
});

/** Schema of one raw inventory row. Identity, flags and money are strict; cosmetics are soft. */
export const inventoryItemSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  appid: v.pipe(v.number(), v.safeInteger()),
  contextid: soft(v.number()),
  assetId: soft(v.string()),
  name: soft(v.string()),
  marketHashName: soft(v.string()),
  type: soft(v.string()),
  iconUrl: soft(v.string()),
  tradable: v.boolean(),
  accepted: v.optional(v.boolean()),
  marketPrice: soft(v.pipe(finiteNumber, v.minValue(0))),
  offer: v.optional(v.nullable(offerSchema)),
  amount: v.optional(positiveInt),
  exterior: soft(v.string()),
  wear: soft(v.string()),
  rarity: soft(v.string()),
  color: soft(hexColour),
  paintSeed: soft(v.pipe(v.number(), v.safeInteger())),
  stickers,
  charm: soft(v.object({ name: v.string(), iconUrl: soft(v.string()), marketHashName: soft(v.string()) })),
  propId: soft(v.string()),
  previewToken: soft(v.string()),
  doppler: soft(v.object({ name: v.string(), status: soft(v.number()), paintIndex: soft(v.number()) })),
  fade: soft(v.object({ percentage: finiteNumber })),
  hardened: soft(v.object({ status: soft(v.number()), name: soft(v.string()) })),
});

/** Schema of the success envelope of `GET /client/inventory`. Items are checked one by one. */
export const inventoryEnvelopeSchema = v.object({
  requestId: v.optional(v.string()),
  success: v.literal(true),
  data: v.object({
    inventory: v.array(v.unknown()),
    count: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    collateral: v.fallback(v.pipe(finiteNumber, v.minValue(0)), 0),
  }),
});
