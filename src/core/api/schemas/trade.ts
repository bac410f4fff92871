import * as v from 'valibot';
import type { Trade } from '../../types.js';
import { finiteNumber, soft } from './parts.js';

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
