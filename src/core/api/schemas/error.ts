import * as v from 'valibot';

/** Error envelope shared by every endpoint. */
export const errorEnvelopeSchema = v.object({
  requestId: v.optional(v.string()),
  success: v.literal(false),
  error: v.object({
    code: v.optional(v.number()),
    key: v.string(),
    message: v.optional(v.union([v.string(), v.array(v.string())])),
    // looseObject rather than record: the same check, and one schema fewer in every bundle (the
    // trade schema needs looseObject anyway).
    fields: v.optional(v.looseObject({})),
    details: v.optional(v.looseObject({})),
  }),
});
