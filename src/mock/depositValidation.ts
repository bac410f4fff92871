import { DEFAULT_GAME, GAME_IDS, parseGame as gameFrom, wireGame } from '../core/games.js';
import type { GameId } from '../core/types.js';
import { tryToCents } from '../core/money.js';

/** One validated deposit item of either variant. */
export interface DepositItemInput {
  itemId: string;
  /**
   * What the client says it was shown: `.co` `offer.{price, reference}` (absent = sell at the
   * current offer), `.gg` `price` (always present, no reference).
   */
  shown?: { price: number; reference?: string };
  /** Units to deposit; 1 when the body left it out. */
  amount: number;
}

/** A validated deposit body of either variant, with the variant's defaults applied. */
export interface DepositInput {
  items: DepositItemInput[];
  game: GameId;
  externalId?: string;
  isInstant: boolean;
}

/** Result of parsing a deposit body: the input, or what was wrong with it. */
export type ParsedDeposit =
  | { ok: true; value: DepositInput }
  | { ok: false; missingItems: true }
  | { ok: false; missingItems: false; fields: Record<string, string> };

/** A plain JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The checks both variants share: `itemId` (5–256 characters, once per body) and `amount` (1–10000). */
export function checkItemIdAndAmount(raw: Record<string, unknown>, path: string, fields: Record<string, string>, seen: Set<string>): void {
  const { itemId, amount } = raw;
  if (typeof itemId !== 'string' || itemId.length < 5 || itemId.length > 256) {
    fields[`${path}.itemId`] = 'must be a string of 5-256 characters';
  } else if (seen.has(itemId)) {
    fields[`${path}.itemId`] = 'must not repeat an itemId';
  } else {
    seen.add(itemId);
  }
  if (amount !== undefined && !(Number.isInteger(amount) && (amount as number) >= 1 && (amount as number) <= 10_000)) {
    fields[`${path}.amount`] = 'must be an integer 1-10000';
  }
}

function parseItem(raw: unknown, path: string, fields: Record<string, string>, seen: Set<string>): DepositItemInput | null {
  if (!isObject(raw)) {
    fields[path] = 'must be an object';
    return null;
  }
  const start = Object.keys(fields).length;
  const { itemId, offer, amount } = raw;
  checkItemIdAndAmount(raw, path, fields, seen);
  let shown: DepositItemInput['shown'];
  if (offer !== undefined) {
    if (!isObject(offer)) {
      fields[`${path}.offer`] = 'must be an object';
    } else {
      const cents = typeof offer.price === 'number' ? tryToCents(offer.price) : null;
      if (cents === null) fields[`${path}.offer.price`] = 'must be a USD amount >= 0 in whole cents';
      if (typeof offer.reference !== 'string') fields[`${path}.offer.reference`] = 'must be a string';
      if (cents !== null && typeof offer.reference === 'string') {
        shown = { price: offer.price as number, reference: offer.reference };
      }
    }
  }
  if (Object.keys(fields).length > start) return null;
  const item: DepositItemInput = { itemId: itemId as string, amount: (amount as number | undefined) ?? 1 };
  if (shown) item.shown = shown;
  return item;
}

/** Checks a deposit body the way the `.co` API documents it (assetpay-api.md §3.1). */
export function parseCoDepositBody(body: unknown): ParsedDeposit {
  const fields: Record<string, string> = {};
  if (!isObject(body)) return { ok: false, missingItems: false, fields: { body: 'must be a JSON object' } };
  const { items } = body;
  const parsed: DepositItemInput[] = [];
  if (items === undefined) {
    fields.items = 'is required';
  } else if (!Array.isArray(items)) {
    fields.items = 'must be an array';
  } else if (items.length === 0) {
    return { ok: false, missingItems: true };
  } else {
    parsed.push(...parseItems(items, parseItem, fields));
  }
  return finishDeposit(fields, parsed, body, {
    isInstantDefault: true,
    externalIdProblem: (id) =>
      typeof id !== 'string' || id.trim() === '' || id.length > 128 || id.includes(',') ? 'must be a non-blank string of at most 128 characters without commas' : null,
  });
}

/** Parses each item of `items` with `parse`, each `itemId` once; invalid items leave their reasons in `fields`. */
export function parseItems(
  items: readonly unknown[],
  parse: (raw: unknown, path: string, fields: Record<string, string>, seen: Set<string>) => DepositItemInput | null,
  fields: Record<string, string>,
): DepositItemInput[] {
  const seen = new Set<string>();
  return items.flatMap((raw, index) => parse(raw, `items.${index}`, fields, seen) ?? []);
}

/** What differs between the variants at the root of a deposit body. */
export interface RootRules {
  /** `.co` true, `.gg` false (OpenAPI). */
  isInstantDefault: boolean;
  /** Why a given `externalId` is refused, or null. */
  externalIdProblem: (externalId: unknown) => string | null;
}

/** The root checks of a deposit body (`game`, `externalId`, `isInstant`) and the result: the reasons in `fields`, or the input with defaults. */
export function finishDeposit(fields: Record<string, string>, items: DepositItemInput[], body: Record<string, unknown>, rules: RootRules): ParsedDeposit {
  const { game, externalId, isInstant } = body;
  if (game !== undefined && !GAME_IDS.some((id) => wireGame(id) === game)) fields.game = `must be the string ${GAME_IDS.map((id) => `"${id}"`).join(' or ')}`;
  const idProblem = externalId === undefined ? null : rules.externalIdProblem(externalId);
  if (idProblem) fields.externalId = idProblem;
  if (isInstant !== undefined && typeof isInstant !== 'boolean') fields.isInstant = 'must be a boolean';
  if (Object.keys(fields).length > 0) return { ok: false, missingItems: false, fields };
  return {
    ok: true,
    value: {
      items,
      game: gameFrom(game) ?? DEFAULT_GAME,
      externalId: externalId as string | undefined,
      isInstant: (isInstant as boolean | undefined) ?? rules.isInstantDefault,
    },
  };
}
