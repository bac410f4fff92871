/**
 * `react-assetpay/mock`: an embedded fake of the AssetPay `.co` client API for tests, stories and
 * demos, built on MSW. Nothing here talks to the real API.
 */

/** Generates deterministic raw `.co` inventory rows; see {@link MockInventoryOptions}. */
export { createMockInventory } from './generator.js';
/** Raw wire shapes produced by the generator and served by the fake API. */
export type { MockInventoryOptions, RawInventoryItem, RawOffer, RawSticker } from './generator.js';
/** Creates the fake API (MSW handlers plus live state and scenarios). */
export { createMockAssetPay } from './handlers.js';
/** Types of the fake API, its options, scenarios, recorded requests and created trades. */
export type { FailNextOptions, MockAssetPay, MockAssetPayOptions, MockEndpoint, MockErrorKey, MockRequest, MockScenario, MockTrade, MockTradeStatus } from './handlers.js';
export type { TradeStatusPatch } from './tradeLifecycle.js';
/** Starts an MSW service worker in the browser for a fake API (once). */
export { startMockWorker } from './browser.js';
/** Options of `startMockWorker`. */
export type { StartMockWorkerOptions } from './browser.js';
/** Deterministic SVG placeholder for a Steam icon hash. */
export { mockIconSvg } from './icons.js';
