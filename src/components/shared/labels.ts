import type { DisabledReason, DropReason, TimeLeft, TradeStage, TradeStepId } from '../../core/index.js';

/**
 * Every visible string of the components, in one language: a locale pack
 * (`react-assetpay/locales/<tag>`). Pass a whole pack as `labels`, or overrides of any of its
 * strings (`LabelOverrides`), merged over the pack above.
 */
export interface Labels {
  /** BCP 47 tag the strings are written in; it formats numbers, money and dates unless a `locale` prop says otherwise. */
  locale: string;
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
  /** Steam's exterior names (English, as the API sends them) in this language, where Steam's own translation is known; others are shown as sent. */
  exteriorNames: Record<string, string>;
  rarity: string;
  anyRarity: string;
  /** Steam's rarity names (English, as the API sends them) in this language, like `exteriorNames`. */
  rarityNames: Record<string, string>;
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
  /** Name of `DepositPanel`'s root region. */
  depositPanel: string;
  /** Heading of the region that holds the grid in `DepositPanel`. */
  inventoryHeading: string;
  loading: string;
  empty: string;
  emptyFiltered: string;
  retry: string;
  loadError: string;
  marketPrice: string;
  youGet: string;
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
  /** Time left on Steam's trade protection, e.g. `6 days, 23 hr` (`formatTimeLeft`). */
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

/** The strings first shown once the user confirms: the deposit dialog and the trade status. */
export type DepositLabelKey =
  | 'adjustedItem'
  | 'amount'
  | 'cancel'
  | 'checkAgain'
  | 'checkingDeposit'
  | 'close'
  | 'confirm'
  | 'confirmDescription'
  | 'confirmNewPrices'
  | 'confirmTitle'
  | 'confirmWithoutInstant'
  | 'confirming'
  | 'creditDate'
  | 'creditedAfterHold'
  | 'creditedNow'
  | 'creditedOnAccept'
  | 'dropReason'
  | 'genericError'
  | 'holdCountdown'
  | 'holdEnds'
  | 'invalidFields'
  | 'item'
  | 'lineTotal'
  | 'openRelatedOffer'
  | 'openSteamOffer'
  | 'outcomeUnknown'
  | 'relatedTrade'
  | 'relatedTrades'
  | 'removedItem'
  | 'retryIn'
  | 'retryingDeposit'
  | 'selected'
  | 'selectionChanged'
  | 'sendAgain'
  | 'successTitle'
  | 'tradeBot'
  | 'tradeErrors'
  | 'tradeFailureReason'
  | 'tradeId'
  | 'tradeProgress'
  | 'tradeStage'
  | 'tradeStageMessage'
  | 'tradeStale'
  | 'tradeStatus'
  | 'tradeStep'
  | 'tradeStepState'
  | 'unitPrice'
  | 'verifyBot';

/** The strings shown before Confirm (English: loaded up front), with the errors the inventory can show. */
export type PanelLabels = Omit<Labels, DepositLabelKey>;

/** The strings from Confirm on (English: loaded with the dialog), with the errors of deposits. */
export type DepositLabels = Pick<Labels, DepositLabelKey> & Pick<Labels, 'errors'>;

/** Overrides of any strings of a pack; tables such as `errors` or `tradeStage` may be partial too. */
export type LabelOverrides = {
  [K in keyof Labels]?: Labels[K] extends (...args: never[]) => unknown ? Labels[K] : Labels[K] extends object ? Partial<Labels[K]> : Labels[K];
};

/** The words for an error key, or undefined; own keys only, so `__proto__` or `constructor` from an API cannot reach the page. */
export function errorLabel(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels.errors, key) ? labels.errors[key] : undefined;
}

/** A Steam term (an exterior or rarity, in English as sent) in the pack's language, or as sent when the pack has no word for it. */
export function steamTerm(table: Record<string, string>, term: string): string {
  return (Object.hasOwn(table, term) && table[term]) || term;
}

/** Merges overrides over a pack: strings replace, tables (`errors`, `tradeStage`, …) merge key by key. */
export function mergeLabels(base: Labels, overrides?: LabelOverrides): Labels {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const key in overrides) {
    const table = base[key as keyof Labels];
    if (typeof table === 'object') merged[key] = { ...table, ...(overrides[key as keyof Labels] as object) };
  }
  return merged as unknown as Labels;
}
