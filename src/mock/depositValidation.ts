import type { GameId } from '../core/types.js';
import { tryToCents } from '../core/money.js';

/** One validated item of a `.co` deposit body. */
export interface DepositItemInput {
  itemId: string;
  offer?: { price: number; priceCents: number; reference: string };
  /** Units to deposit; 1 when the body left it out. */
  amount: number;
}

/** A validated `.co` deposit body with defaults applied. */
export interface DepositInput {
  items: DepositItemInput[];
  game: GameId;
  externalId?: string;
  isInstant: boolean;
}

/** Result of {@link parseDepositBody}: the input, or what was wrong with it. */
export type ParsedDeposit =
  | { ok: true; value: DepositInput }
  | { ok: false; missingItems: true }
  | { ok: false; missingItems: false; fields: Record<string, string> };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseItem(raw: unknown, path: string, fields: Record<string, string>, seen: Set<string>): DepositItemInput | null {
  if (!isObject(raw)) {
    fields[path] = 'must be an object';
    return null;
  }
  const start = Object.keys(fields).length;
  const { itemId, offer, amount } = raw;
  if (typeof itemId !== 'string' || itemId.length < 5 || itemId.length > 256) {
    fields[`${path}.itemId`] = 'must be a string of 5-256 characters';
  } else if (seen.has(itemId)) {
    fields[`${path}.itemId`] = 'must not repeat an itemId';
  } else {
    seen.add(itemId);
  }
  let parsedOffer: DepositItemInput['offer'];
  if (offer !== undefined) {
    if (!isObject(offer)) {
      fields[`${path}.offer`] = 'must be an object';
    } else {
      const cents = typeof offer.price === 'number' ? tryToCents(offer.price) : null;
      if (cents === null) fields[`${path}.offer.price`] = 'must be a USD amount >= 0 in whole cents';
      if (typeof offer.reference !== 'string') fields[`${path}.offer.reference`] = 'must be a string';
      if (cents !== null && typeof offer.reference === 'string') {
        parsedOffer = { price: offer.price as number, priceCents: cents, reference: offer.reference };
      }
    }
  }
  if (amount !== undefined && !(Number.isInteger(amount) && (amount as number) >= 1 && (amount as number) <= 10_000)) {
    fields[`${path}.amount`] = 'must be an integer 1-10000';
  }
  if (Object.keys(fields).length > start) return null;
  return { itemId: itemId as string, offer: parsedOffer, amount: (amount as number | undefined) ?? 1 };
}

/** Checks a deposit body the way the `.co` API documents it (assetpay-api.md §3.1). */
export function parseDepositBody(body: unknown): ParsedDeposit {
  const fields: Record<string, string> = {};
  if (!isObject(body)) return { ok: false, missingItems: false, fields: { body: 'must be a JSON object' } };
  const { items, game, externalId, isInstant } = body;
  const parsed: DepositItemInput[] = [];
  if (items === undefined) {
    fields.items = 'is required';
  } else if (!Array.isArray(items)) {
    fields.items = 'must be an array';
  } else if (items.length === 0) {
    return { ok: false, missingItems: true };
  } else {
    const seen = new Set<string>();
    items.forEach((raw: unknown, index) => {
      const item = parseItem(raw, `items.${index}`, fields, seen);
      if (item) parsed.push(item);
    });
  }
  if (game !== undefined && game !== '730' && game !== '252490') fields.game = 'must be the string "730" or "252490"';
  if (externalId !== undefined && (typeof externalId !== 'string' || externalId.trim() === '' || externalId.length > 128 || externalId.includes(','))) {
    fields.externalId = 'must be a non-blank string of at most 128 characters without commas';
  }
  if (isInstant !== undefined && typeof isInstant !== 'boolean') fields.isInstant = 'must be a boolean';
  if (Object.keys(fields).length > 0) return { ok: false, missingItems: false, fields };
  return {
    ok: true,
    value: {
      items: parsed,
      game: game === '252490' ? 252490 : 730,
      externalId: externalId as string | undefined,
      isInstant: (isInstant as boolean | undefined) ?? true,
    },
  };
}
