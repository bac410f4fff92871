import { isAssetPayError } from '../api/errors.js';

/**
 * Keys that no retry fixes: the user (or the merchant app) must act first — make the inventory
 * public, set a new trade URL, enable Steam Guard, or contact support (assetpay-api.md §2.6, §4.2).
 */
export const BLOCKING_ERROR_KEYS: ReadonlySet<string> = new Set([
  'USER_NOT_TRADEABLE',
  'INVENTORY_PRIVATE',
  'INVALID_TRADEURL',
  'ESCROW_NOT_ALLOWED',
  'ACCOUNT_DISABLED',
  'FORBIDDEN',
]);

/** True for an {@link AssetPayError} whose key is in {@link BLOCKING_ERROR_KEYS}. */
export function isBlockingError(error: unknown): boolean {
  return isAssetPayError(error) && BLOCKING_ERROR_KEYS.has(error.key);
}
