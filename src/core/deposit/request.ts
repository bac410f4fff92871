import { isStackable } from '../inventory/predicates.js';
import type { DepositRequest } from '../types.js';
import type { SelectionValue } from '../selection/state.js';
import { DEFAULT_GAME, parseGame, wireGame } from '../games.js';

/** Thrown when a selection cannot become a deposit request. */
export class DepositRequestError extends Error {
  override readonly name = 'DepositRequestError';
  constructor(readonly reason: 'empty' | 'mixed-games' | 'no-offer' | 'invalid-external-id', message: string) {
    super(message);
  }
}

/** Options of {@link toDepositRequest}. */
export interface DepositRequestOptions {
  /** Your id for this attempt (≤ 128 chars, no commas). Generated when left out. */
  externalId?: string;
  /** Ask for instant credit. Always sent, since the API variants disagree on the default. @default true */
  isInstant?: boolean;
}

/** A fresh id for one deposit attempt: unique, ≤ 128 chars, no commas. */
export function createExternalId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `ap-${Date.now().toString(36)}-${random}`;
}

/** Checks an `externalId` the way AssetPay's SDK does. */
export function isValidExternalId(value: string): boolean {
  return value.trim() !== '' && value.length <= 128 && !value.includes(',');
}

/**
 * Builds the `.co` body of `POST /client/trading/deposit` from a selection: each item's
 * `offer.price` and `offer.reference` exactly as the inventory showed them, `amount` for stacks.
 */
export function toDepositRequest(entries: SelectionValue, options: DepositRequestOptions = {}): DepositRequest {
  const lines = Object.values(entries);
  if (lines.length === 0) throw new DepositRequestError('empty', 'Nothing is selected');
  const game = lines[0]!.item.appid;
  if (lines.some((line) => line.item.appid !== game)) {
    throw new DepositRequestError('mixed-games', 'A deposit carries items of one game only');
  }
  const broken = lines.find((line) => !line.item.offer);
  if (broken) throw new DepositRequestError('no-offer', `${broken.item.id} has no offer to deposit at`);
  const externalId = options.externalId ?? createExternalId();
  if (!isValidExternalId(externalId)) {
    throw new DepositRequestError('invalid-external-id', 'externalId must be 1–128 characters without commas');
  }
  return {
    items: lines.map(({ item, amount }) => ({
      itemId: item.id,
      offer: item.offer?.reference === undefined ? { price: item.offer!.price } : { price: item.offer!.price, reference: item.offer!.reference },
      ...(isStackable(item) ? { amount } : {}),
    })),
    game: wireGame(parseGame(game) ?? DEFAULT_GAME),
    externalId,
    isInstant: options.isInstant ?? true,
  };
}
