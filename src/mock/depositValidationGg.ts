import { checkItemIdAndAmount, finishDeposit, isObject, parseItems, type DepositItemInput, type ParsedDeposit } from './depositValidation.js';

/** The most items one `.gg` deposit may hold (OpenAPI `maxItems`). */
export const GG_MAX_ITEMS = 250;

/** `additionalProperties: false` is on the root object only (assetpay-api.md §7.1). */
const ROOT_KEYS: ReadonlySet<string> = new Set(['items', 'game', 'externalId', 'isInstant']);

function parseItem(raw: unknown, path: string, fields: Record<string, string>, seen: Set<string>): DepositItemInput | null {
  if (!isObject(raw)) {
    fields[path] = 'must be an object';
    return null;
  }
  const start = Object.keys(fields).length;
  const { itemId, price, amount } = raw;
  checkItemIdAndAmount(raw, path, fields, seen);
  if (typeof price !== 'number' || !Number.isFinite(price) || price <= 0) fields[`${path}.price`] = 'must be a number > 0';
  if (Object.keys(fields).length > start) return null;
  return { itemId: itemId as string, shown: { price: price as number }, amount: (amount as number | undefined) ?? 1 };
}

/**
 * Checks a deposit body against the `.gg` OpenAPI schema: root keys `items`, `game`,
 * `externalId`, `isInstant` only (the OpenAPI deposit body has no `tradeUrl`); 1–250 items of `{ itemId, price, amount? }`. A
 * missing `isInstant` is false, as the OpenAPI default says.
 */
export function parseGgDepositBody(body: unknown): ParsedDeposit {
  const fields: Record<string, string> = {};
  if (!isObject(body)) return { ok: false, missingItems: false, fields: { body: 'must be a JSON object' } };
  for (const key of Object.keys(body)) if (!ROOT_KEYS.has(key)) fields[key] = 'is not allowed';
  const { items } = body;
  const parsed: DepositItemInput[] = [];
  if (items === undefined) {
    fields.items = 'is required';
  } else if (!Array.isArray(items)) {
    fields.items = 'must be an array';
  } else if (items.length === 0) {
    if (Object.keys(fields).length === 0) return { ok: false, missingItems: true };
  } else if (items.length > GG_MAX_ITEMS) {
    fields.items = `must hold at most ${GG_MAX_ITEMS} items`;
  } else {
    parsed.push(...parseItems(items, parseItem, fields));
  }
  return finishDeposit(fields, parsed, body, {
    // A missing isInstant is false on .gg, as the OpenAPI default says.
    isInstantDefault: false,
    externalIdProblem: (id) => (typeof id !== 'string' || id.length < 1 || id.length > 128 ? 'must be a string of 1-128 characters' : null),
  });
}
