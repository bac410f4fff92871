import type { DisabledReason, DropReason, TimeLeft, TradeStage, TradeStepId } from '../../core/index.js';

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
  /** Confirm button text while prices changed. */
  confirmNewPrices: string;
  /** Shown instead of the error text when the deposit may have gone through although it failed here (`error.outcomeUnknown`). */
  outcomeUnknown: string;
  /** Column header of the unit payout of stacks. */
  unitPrice: string;
  /** The date the rest is credited (CS2), given the localised date. */
  creditDate: (date: string) => string;
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
  /** Shown while a deposit whose answer was lost is looked up by its `externalId`. */
  checkingDeposit: string;
  /** Button after an unknown outcome that could not be checked: look the deposit up again. */
  checkAgain: string;
  /** Button after `DEPOSIT_UNCONFIRMED`: send the same deposit (same `externalId`) once more. */
  sendAgain: string;
  /** Confirm button after `INSTANT_DEPOSITS_DISABLED`: the deposit goes ahead without instant credit. */
  confirmWithoutInstant: string;
  /** Developer-facing line under `VALIDATION_FAILED`: the fields the API named. */
  invalidFields: (fields: string) => string;
  /** Short name of each trade stage (`TradeStatus`: the status entry). */
  tradeStage: Record<TradeStage, string>;
  /** Sentence announced politely when a trade reaches a stage (never on other updates). */
  tradeStageMessage: Record<TradeStage, string>;
  /** Name of each step of the trade timeline. */
  tradeStep: Record<TradeStepId, string>;
  /** Hidden words after a step for screen readers; the current step has `aria-current` instead. */
  tradeStepState: Record<'done' | 'upcoming' | 'failed', string>;
  /** Name of the timeline list. */
  tradeProgress: string;
  /** Term before the name of the bot that sends the offer. */
  tradeBot: string;
  /** Asks the user to check who sent the offer in Steam (API-key scams swap in a look-alike bot). */
  verifyBot: (name: string) => string;
  /** Term before the hold countdown. */
  holdEnds: string;
  /** Time left on Steam's trade protection, e.g. `6 d 23 h`. */
  holdCountdown: (left: TimeLeft) => string;
  /** Term before the part credited once the trade is accepted (`preCredit`). */
  creditedOnAccept: string;
  /** Same, once the trade is on hold or done: it has been credited. */
  creditedNow: string;
  /** Term before the part credited after the hold (`pendingCredit`). */
  creditedAfterHold: string;
  /** Term before the reason a trade failed (`trade.error`, shown as text). */
  tradeFailureReason: string;
  /** Words for `.gg` trade error codes; any other reason is shown as the API sent it. */
  tradeErrors: Record<string, string>;
  /** Shown while polls fail and the status shown may be old. */
  tradeStale: string;
  /** Name of the list of the other offers of a split basket. */
  relatedTrades: string;
  /** Name of one of them (the main trade is offer 1). */
  relatedTrade: (number: number) => string;
  /** Link to one of them in Steam. */
  openRelatedOffer: (number: number) => string;
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
  confirmNewPrices: 'Confirm new prices',
  outcomeUnknown:
    'We could not confirm your deposit. It may have gone through: check your Steam trade offers and your balance before you try again.',
  unitPrice: 'Per unit',
  creditDate: (date) => `around ${date}`,
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
    INSTANT_DEPOSITS_DISABLED:
      'Instant credit is switched off on this site right now: the whole payout arrives after Steam’s 7-day trade protection. Confirm again to deposit without instant credit.',
    DEPOSIT_UNCONFIRMED:
      'We could not find this deposit at AssetPay, so it most likely never arrived. You can send the same deposit again: AssetPay takes it only once, so it cannot be paid twice.',
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
  checkingDeposit: 'Checking whether your deposit went through…',
  checkAgain: 'Check again',
  sendAgain: 'Send the deposit again',
  confirmWithoutInstant: 'Deposit without instant credit',
  invalidFields: (fields) => `Rejected fields: ${fields}`,
  tradeStage: {
    creating: 'Preparing the offer',
    'awaiting-acceptance': 'Waiting for you to accept',
    accepted: 'Accepted, items on the way',
    escrow: 'Held by Steam (escrow)',
    hold: 'On trade protection hold',
    completed: 'Completed',
    failed: 'Failed',
    declined: 'Declined',
    canceled: 'Canceled',
    reverted: 'Reversed',
    partial: 'Partly completed',
    unknown: 'Unknown status',
  },
  tradeStageMessage: {
    creating: 'We are preparing your Steam trade offer.',
    'awaiting-acceptance': 'Your Steam trade offer is ready. Accept it in Steam.',
    accepted: 'You accepted the offer. Your items are on the way.',
    escrow: 'Steam is holding this trade because your account has no mobile authenticator.',
    hold: 'Items received. Steam’s trade protection keeps the trade open for 7 days.',
    completed: 'Deposit complete.',
    failed: 'The trade did not go through.',
    declined: 'The trade offer was declined.',
    canceled: 'The trade offer was canceled.',
    reverted: 'The trade was reversed in Steam.',
    partial: 'Only part of the trade went through.',
    unknown: 'Checking the trade status…',
  },
  tradeStep: {
    creating: 'Offer',
    'awaiting-acceptance': 'Accept in Steam',
    accepted: 'Transfer',
    escrow: 'Steam escrow',
    hold: 'Trade protection (7 days)',
    completed: 'Completed',
    failed: 'Failed',
    declined: 'Declined',
    canceled: 'Canceled',
    reverted: 'Reversed',
    partial: 'Partly completed',
  },
  tradeStepState: { done: '(done)', upcoming: '(to come)', failed: '(stopped here)' },
  tradeProgress: 'Progress',
  tradeBot: 'Sent by',
  verifyBot: (name) => `Check that the offer in Steam comes from ${name}. Decline any offer from another account.`,
  holdEnds: 'Hold ends in',
  holdCountdown: ({ days, hours, minutes, ms }) =>
    ms <= 0 ? 'a moment' : days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${Math.max(1, minutes)} min`,
  creditedOnAccept: 'Credited once accepted',
  creditedNow: 'Credited now',
  creditedAfterHold: 'Credited after the hold',
  tradeFailureReason: 'Reason',
  tradeErrors: {
    LISTING_UNAVAILABLE: 'The item could not be listed.',
    NO_LISTING_AT_PRICE: 'No buyer at this price.',
    PRICE_CHANGED: 'The price changed.',
    TRADE_URL_INVALID: 'Your Steam trade URL is not valid.',
    STEAM_ACCOUNT_RESTRICTED: 'The Steam account is restricted.',
    BUYER_TRADE_RESTRICTED: 'The receiving account cannot trade right now.',
    OFFER_NOT_ACCEPTED: 'The offer was not accepted in time.',
    MARKET_UNAVAILABLE: 'The market is unavailable.',
    PURCHASE_FAILED: 'The purchase failed.',
    USER_TRADE_RESTRICTED: 'Your Steam account cannot trade right now.',
    USER_INVENTORY_PRIVATE: 'Your Steam inventory is private.',
    USER_ESCROW: 'Your trades would be held by Steam. Enable the Steam Guard Mobile Authenticator.',
    USER_NOT_FOUND: 'Your Steam account was not found.',
    SERVICE_UNAVAILABLE: 'The service was unavailable.',
    MERCHANT_REJECTED: 'The site refused this trade.',
    APPROVAL_TIMEOUT: 'The trade was not approved in time.',
  },
  tradeStale: 'Could not check the status just now. Trying again…',
  relatedTrades: 'Other offers of this deposit',
  relatedTrade: (number) => `Offer ${number}`,
  openRelatedOffer: (number) => `Open offer ${number} in Steam`,
};

/** The words for an error key, or undefined; own keys only, so `__proto__` or `constructor` from an API cannot reach the page. */
export function errorLabel(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels.errors, key) ? labels.errors[key] : undefined;
}

/** Merges partial overrides (including partial `errors` / `disabledReason`) over the defaults. */
export function mergeLabels(base: Labels, overrides?: Partial<Labels>): Labels {
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    disabledReason: { ...base.disabledReason, ...overrides.disabledReason },
    dropReason: { ...base.dropReason, ...overrides.dropReason },
    tradeStage: { ...base.tradeStage, ...overrides.tradeStage },
    tradeStageMessage: { ...base.tradeStageMessage, ...overrides.tradeStageMessage },
    tradeStep: { ...base.tradeStep, ...overrides.tradeStep },
    tradeStepState: { ...base.tradeStepState, ...overrides.tradeStepState },
    tradeErrors: { ...base.tradeErrors, ...overrides.tradeErrors },
  };
}
