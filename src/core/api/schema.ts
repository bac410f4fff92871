import * as v from 'valibot';
import { toCents, tryToCents } from '../money.js';
import type { Trade } from '../types.js';

/** Optional field that becomes `undefined` when the API sends something unusable. */
const soft = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

const finiteNumber = v.pipe(v.number(), v.finite());
const positiveInt = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

/** Exact USD amount: rejects NaN, negatives and fractions of a cent (see `toCents`). */
const usd = v.pipe(
  v.number('expected a number'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return { usd: dataset.value, cents: toCents(dataset.value) };
    } catch (error) {
      addIssue({ message: (error as Error).message });
      return NEVER;
    }
  }),
);

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
  offer: v.nullish(offerSchema),
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

/** Fields of a trade the UI reads. */
const tradeFields = {
  id: v.pipe(v.string(), v.minLength(1)),
  type: v.optional(v.string()),
  status: v.string(),
  game: soft(v.union([v.string(), v.pipe(v.number(), v.transform(String))])),
  items: v.fallback(v.optional(v.array(v.unknown()), []), []),
  totalPrice: soft(finiteNumber),
  preCredit: soft(finiteNumber),
  pendingCredit: soft(finiteNumber),
  isInstant: soft(v.boolean()),
  externalId: soft(v.string()),
  offerID: soft(v.string()),
  holdEndDate: soft(v.string()),
  botInfo: soft(v.looseObject({ name: v.string(), avatar: soft(v.string()), steamId: soft(v.string()) })),
  error: soft(v.string()),
  createdAt: soft(v.string()),
  updatedAt: soft(v.string()),
};

/** A related trade: one level deep only, so a hostile answer cannot nest them without end. */
const relatedTradeSchema = v.pipe(
  v.looseObject({ ...tradeFields, relatedTrades: v.optional(v.unknown()) }),
  v.transform(({ relatedTrades: _nested, ...trade }) => trade),
);

/** The other trades of a split basket (`.gg`); a malformed one is left out, the rest stay. */
const relatedTrades = v.pipe(
  v.fallback(v.optional(v.array(v.unknown())), undefined),
  v.transform((list) =>
    list?.flatMap((raw) => {
      const result = v.safeParse(relatedTradeSchema, raw);
      return result.success ? [result.output as Trade] : [];
    }),
  ),
);

/** Schema of a trade. Unknown fields are kept for the host; the ones the UI reads are typed. */
export const tradeSchema = v.looseObject({ ...tradeFields, relatedTrades });

/** Success envelope of the deposit endpoint. */
export const tradeEnvelopeSchema = v.object({
  requestId: v.optional(v.string()),
  success: v.literal(true),
  data: tradeSchema,
});

/** Error envelope shared by every endpoint. */
export const errorEnvelopeSchema = v.object({
  requestId: v.optional(v.string()),
  success: v.literal(false),
  error: v.object({
    code: v.optional(v.number()),
    key: v.string(),
    message: v.optional(v.union([v.string(), v.array(v.string())])),
    fields: v.optional(v.record(v.string(), v.unknown())),
    details: v.optional(v.record(v.string(), v.unknown())),
  }),
});

/** Collateral in cents, rounded down: it feeds an estimate that must never promise too much. */
export function collateralToCents(usdValue: number): number {
  return tryToCents(usdValue) ?? Math.min(Math.floor(usdValue * 100), Number.MAX_SAFE_INTEGER);
}

/** Short readable description of the first validation issue. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
