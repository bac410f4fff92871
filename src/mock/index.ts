/**
 * `react-assetpay/mock`: an embedded fake of the AssetPay client API (`.co` or `.gg` contract)
 * for tests, stories and demos, built on MSW. Nothing here talks to the real API.
 */

/** Generates deterministic raw `.co` inventory rows; see {@link MockInventoryOptions}. */
export { createMockInventory } from './generator.js';
/** Raw `.co` wire shapes produced by the generator and served by a `.co` fake API. */
export type { MockInventoryOptions, RawInventoryItem, RawOffer, RawSticker } from './generator.js';
/** Raw `.gg` wire shapes served by a `.gg` fake API. */
export type { RawGgInventoryItem, RawGgOffer } from './ggRows.js';
/** Creates the fake API (MSW handlers plus live state and scenarios). */
export { createMockAssetPay } from './handlers.js';
/** Types of the fake API, its options, scenarios, recorded requests and connections, created trades. */
export type {
  DropNextOptions,
  FailNextOptions,
  MockAssetPay,
  MockAssetPayOptions,
  MockCoTradeStatus,
  MockEndpoint,
  MockErrorKey,
  MockGgTradeStatus,
  MockRequest,
  MockScenario,
  MockSocketConnection,
  MockSocketPeer,
  MockSocketScenario,
  MockSocketSession,
  MockTrade,
  MockTradeItem,
  MockTradeStatus,
  MockVariant,
} from './handlers.js';
export type { TradeStatusPatch } from './tradeLifecycle.js';
/** Starts an MSW service worker in the browser for a fake API (once). */
export { startMockWorker } from './browser.js';
/** Options of `startMockWorker`. */
export type { StartMockWorkerOptions } from './browser.js';
/** Deterministic SVG placeholder for a Steam icon hash. */
export { mockIconSvg } from './icons.js';
