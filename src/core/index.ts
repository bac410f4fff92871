// Framework-free core of react-assetpay: no React, no DOM globals (fetch is injected).
export * from './money.js';
export * from './types.js';
export * from './api/errors.js';
export { createAssetPayClient, buildUrl, DEFAULT_BASE_URL } from './api/client.js';
export type { AssetPayClient, AssetPayClientOptions, AuthScheme, GetToken, GetTokenOptions, RequestOptions } from './api/client.js';
export { fetchInventory, parseInventoryResponse, parseInventoryItems, inventoryQuery, pageCountOf, DEFAULT_PER_PAGE } from './api/inventory.js';
export { collateralToCents } from './api/schema.js';
export { createDeposit, submitDeposit, parseTradeResponse, DEPOSIT_TIMEOUT_MS } from './api/deposit.js';
export { fetchTrades, findTradeByExternalId, type TradesParams } from './api/trades.js';
export * from './inventory/predicates.js';
export * from './inventory/icons.js';
export * from './inventory/filter.js';
export * from './inventory/rarity.js';
export * from './selection/state.js';
export { selectionReducer, type SelectionContext } from './selection/reducer.js';
export { selectionTotals, instantCreditCents, type SelectedLine, type SelectionTotals } from './selection/totals.js';
export { createSelectionStore, type SelectionStore, type SelectionStoreOptions, type SelectionStateReducer } from './selection/store.js';
export * from './deposit/request.js';
