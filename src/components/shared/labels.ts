import type { DisabledReason, DropReason } from '../../core/index.js';

/** Every visible string of the components. Override any of them through `labels`. */
export interface Labels {
  gameCs2: string;
  gameRust: string;
  gameSwitch: string;
  search: string;
  searchPlaceholder: string;
  sort: string;
  sortPriceDesc: string;
  sortPriceAsc: string;
  sortNameAsc: string;
  sortNameDesc: string;
  minPrice: string;
  maxPrice: string;
  priceRange: string;
  filters: string;
  exterior: string;
  anyExterior: string;
  rarity: string;
  anyRarity: string;
  quality: string;
  anyQuality: string;
  statTrak: string;
  souvenir: string;
  star: string;
  hasStickers: string;
  hideUndepositable: string;
  refresh: string;
  refreshIn: (seconds: number) => string;
  updatedAgo: (minutes: number) => string;
  updatedNever: string;
  inventory: string;
  loading: string;
  empty: string;
  emptyFiltered: string;
  retry: string;
  loadError: string;
  offerPrice: string;
  marketPrice: string;
  youGet: string;
  marketReference: string;
  noMarketPrice: string;
  disabledReason: Record<DisabledReason, string>;
  stickers: string;
  stickerSlot: (slot: number) => string;
  stickerWear: (percentScraped: number) => string;
  stickerUnscraped: string;
  charm: string;
  paintSeed: string;
  float: string;
  stack: (amount: number) => string;
  quantity: (name: string) => string;
  decrease: string;
  increase: string;
  max: string;
  selected: string;
  selectedCount: (count: number, max: number) => string;
  units: (units: number) => string;
  totalPayout: string;
  marketTotal: string;
  instantCredit: string;
  instantCreditNow: string;
  instantCreditLater: string;
  instantCreditRust: string;
  selectionAnnouncement: (count: number, total: string) => string;
  selectAll: string;
  clear: string;
  deposit: string;
  depositCount: (count: number) => string;
  confirmTitle: string;
  confirmDescription: string;
  confirm: string;
  confirming: string;
  cancel: string;
  close: string;
  lineTotal: string;
  item: string;
  amount: string;
  successTitle: string;
  tradeId: string;
  tradeStatus: string;
  openSteamOffer: string;
  requestId: (id: string) => string;
  /** Heading of the items a refused deposit (or fresh data) took out or cut down. */
  selectionChanged: string;
  /** Why an item left the selection, in words. */
  dropReason: Record<DropReason, string>;
  removedItem: (name: string, reason: string) => string;
  adjustedItem: (name: string, from: number, to: number, reason: string) => string;
  errors: Record<string, string>;
  genericError: string;
  /** Visible countdown while `Retry-After` keeps Confirm disabled. */
  retryIn: (seconds: number) => string;
  /** Shown while the deposit is resent by itself after a refusal that did nothing (`DEPOSIT_IN_PROGRESS`, `FLEET_DEGRADED`). */
  retryingDeposit: string;
  /** Developer-facing line under `VALIDATION_FAILED`: the fields the API named. */
  invalidFields: (fields: string) => string;
}

/** English defaults. */
export const defaultLabels: Labels = {
  gameCs2: 'CS2',
  gameRust: 'Rust',
  gameSwitch: 'Game',
  search: 'Search items',
  searchPlaceholder: 'Search…',
  sort: 'Sort',
  sortPriceDesc: 'Price: high to low',
  sortPriceAsc: 'Price: low to high',
  sortNameAsc: 'Name: A to Z',
  sortNameDesc: 'Name: Z to A',
  minPrice: 'Minimum price',
  maxPrice: 'Maximum price',
  priceRange: 'Price range',
  filters: 'Filters',
  exterior: 'Exterior',
  anyExterior: 'Any exterior',
  rarity: 'Rarity',
  anyRarity: 'Any rarity',
  quality: 'Quality',
  anyQuality: 'Any quality',
  statTrak: 'StatTrak™',
  souvenir: 'Souvenir',
  star: '★',
  hasStickers: 'With stickers',
  hideUndepositable: 'Hide items that cannot be deposited',
  refresh: 'Refresh',
  refreshIn: (seconds) => `Refresh in ${seconds} s`,
  updatedAgo: (minutes) => (minutes < 1 ? 'Updated just now' : `Updated ${minutes} min ago`),
  updatedNever: 'Not loaded yet',
  inventory: 'Inventory',
  loading: 'Loading inventory…',
  empty: 'No items in this inventory.',
  emptyFiltered: 'No items match these filters.',
  retry: 'Try again',
  loadError: 'The inventory could not be loaded.',
  offerPrice: 'You get',
  marketPrice: 'Market',
  youGet: 'You get',
  marketReference: 'Market reference',
  noMarketPrice: 'no market price',
  disabledReason: {
    'not-tradable': 'Not tradable',
    'not-accepted': 'Not accepted',
    'no-offer': 'No offer right now',
    limit: 'Selection limit reached',
  },
  stickers: 'Stickers',
  stickerSlot: (slot) => `Slot ${slot + 1}`,
  stickerWear: (percent) => `${percent}% scraped`,
  stickerUnscraped: 'Not scraped',
  charm: 'Charm',
  paintSeed: 'Pattern',
  float: 'Float',
  stack: (amount) => `×${amount}`,
  quantity: (name) => `Quantity of ${name}`,
  decrease: 'Decrease',
  increase: 'Increase',
  max: 'Max',
  selected: 'Selected',
  selectedCount: (count, max) => `${count} of ${max} selected`,
  units: (units) => `${units} ${units === 1 ? 'unit' : 'units'}`,
  totalPayout: 'You get',
  marketTotal: 'Market reference',
  instantCredit: 'Credited now (estimate)',
  instantCreditNow: 'now',
  instantCreditLater: 'after Steam’s 7-day trade protection',
  instantCreditRust: 'Rust deposits are credited in full at once.',
  selectionAnnouncement: (count, total) => (count === 0 ? 'Nothing selected' : `${count} selected, you get ${total}`),
  selectAll: 'Select all',
  clear: 'Clear',
  deposit: 'Deposit',
  depositCount: (count) => `Deposit ${count} ${count === 1 ? 'item' : 'items'}`,
  confirmTitle: 'Confirm deposit',
  confirmDescription: 'A Steam trade offer will be sent to you. Accept it in Steam to finish.',
  confirm: 'Confirm deposit',
  confirming: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  lineTotal: 'Line total',
  item: 'Item',
  amount: 'Amount',
  successTitle: 'Deposit started',
  tradeId: 'Trade',
  tradeStatus: 'Status',
  openSteamOffer: 'Open the trade offer in Steam',
  requestId: (id) => `Support reference: ${id}`,
  selectionChanged: 'Your selection was changed:',
  dropReason: {
    gone: 'no longer in your inventory',
    'not-depositable': 'cannot be deposited right now',
    'other-game': 'from another game',
    'no-offer': 'no offer right now',
    unavailable: 'no longer in your inventory',
    'not-accepted': 'not accepted right now',
    overstocked: 'not needed right now',
    'max-amount': 'more than accepted at once',
    'not-owned': 'more than you own',
  },
  removedItem: (name, reason) => `${name} removed: ${reason}`,
  adjustedItem: (name, from, to, reason) => `${name}: ${from} → ${to} (${reason})`,
  errors: {
    PRICE_CHANGED: 'Prices changed since you picked these items. Check the new prices and confirm again.',
    NO_OFFER_FOUND: 'Some items have no offer right now.',
    ITEMS_UNAVAILABLE: 'Some items are no longer in your inventory.',
    ITEMS_NOT_ACCEPTED: 'Some items are not accepted right now.',
    TOO_MANY_ITEMS: 'Too many items in one deposit.',
    TOO_MANY_ACTIVE_TRADES: 'You have too many pending trade offers. Accept or decline them in Steam first.',
    RATE_LIMITED: 'Too many requests. Please wait a moment.',
    DEPOSIT_IN_PROGRESS: 'Another deposit is being processed. Please wait a moment.',
    USER_NOT_TRADEABLE: 'Your Steam inventory is private or your account cannot trade. Make your inventory public in Steam’s privacy settings.',
    INVENTORY_PRIVATE: 'Your Steam inventory is private. Make it public in Steam’s privacy settings.',
    INVALID_TRADEURL: 'Your Steam trade URL is no longer valid. Please set a new one.',
    ESCROW_NOT_ALLOWED: 'Your trades would be held by Steam. Enable the Steam Guard Mobile Authenticator.',
    STEAM_UNAVAILABLE: 'Steam is having trouble right now. Retrying…',
    STEAM_RATE_LIMITED: 'Steam is busy right now. Retrying…',
    INVENTORY_FETCH_FAILED: 'Steam did not return your inventory. Please try again.',
    NO_BOTS_AVAILABLE: 'Deposits are temporarily unavailable. Please try again shortly.',
    FLEET_DEGRADED: 'Deposits are temporarily slow. Please try again shortly.',
    SERVICE_UNAVAILABLE: 'The deposit service is temporarily unavailable.',
    SYSTEM_MAINTENANCE: 'Deposits are paused for maintenance.',
    DEPOSITS_PAUSED: 'Deposits are temporarily paused.',
    ITEM_OVERSTOCKED: 'Some items are not needed right now, or only in smaller amounts.',
    EXCEEDS_MAX_AMOUNT: 'Some amounts are more than accepted at once.',
    INSUFFICIENT_ITEM_AMOUNT: 'Some amounts are more than you own.',
    TOKEN_INVALID_OR_EXPIRED: 'Your session has expired. Please reload the page.',
    MISSING_BEARER: 'Your session has expired. Please reload the page.',
    TOKEN_UNAVAILABLE: 'Your session has expired. Please reload the page.',
    ACCOUNT_DISABLED: 'This account cannot deposit. Please contact support.',
    FORBIDDEN: 'This account cannot deposit. Please contact support.',
    VALIDATION_FAILED: 'The deposit could not be read by the service. Please contact support.',
    SERVER_ERROR: 'The deposit service had a problem. Please try again.',
    HTTP_ERROR: 'The deposit service is not answering properly. Please try again later.',
    EXTERNAL_ID_EXISTS: 'This deposit was already sent. Check your Steam trade offers.',
    TOKEN_EXPIRED: 'Your session has expired. Please reload the page.',
    INVALID_TOKEN: 'Your session has expired. Please reload the page.',
    UNAUTHORIZED: 'Your session has expired. Please reload the page.',
    NETWORK_ERROR: 'Network problem. Check your connection.',
    TIMEOUT: 'The request took too long.',
    INVALID_RESPONSE: 'The deposit service sent an unexpected answer.',
  },
  genericError: 'Something went wrong.',
  retryIn: (seconds) => `You can try again in ${seconds} s.`,
  retryingDeposit: 'The service is busy. Trying again…',
  invalidFields: (fields) => `Rejected fields: ${fields}`,
};

/** Merges partial overrides (including partial `errors` / `disabledReason`) over the defaults. */
export function mergeLabels(base: Labels, overrides?: Partial<Labels>): Labels {
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    disabledReason: { ...base.disabledReason, ...overrides.disabledReason },
    dropReason: { ...base.dropReason, ...overrides.dropReason },
  };
}
