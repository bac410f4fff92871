// Framework-free core of react-assetpay: no React, no DOM globals (fetch is injected).
export * from './money.js';
export * from './types.js';
export { GAMES, DEFAULT_GAME, GAME_IDS, isGameId, parseGame, wireGame, type GameInfo } from './games.js';
export * from './api/errors.js';
export { createAssetPayClient, buildUrl, DEFAULT_BASE_URL } from './api/client.js';
export type { AssetPayClient, AssetPayClientOptions, GetToken, GetTokenOptions, RequestOptions } from './api/client.js';
export { API_VARIANTS, INVENTORY_SORTS, MAX_SEARCH_LENGTH, inferApiVariant } from './api/variant.js';
export type { ApiVariant, AuthScheme, InventorySort, VariantRules } from './api/variant.js';
export { createRequestId } from './api/response.js';
export { fetchInventory, inventoryQuery, clampSearch, pageCountOf, DEFAULT_PER_PAGE } from './api/inventory.js';
export { parseInventoryResponse, parseInventoryItems } from './api/inventoryParse.js';
export { nextInventoryPage, servedPageSize, isInventoryWalkComplete, MAX_INVENTORY_ROWS, type InventoryPageParam } from './api/inventoryWalk.js';
export { collateralToCents } from './api/schemas/parts.js';
export {
  createDeposit,
  submitDeposit,
  reconcileDeposit,
  toDepositBody,
  parseTradeResponse,
  DEPOSIT_TIMEOUT_MS,
  BUSY_DEPOSIT_KEYS,
  RECONCILE_DELAYS_MS,
  type SubmitDepositOptions,
} from './api/deposit.js';
export { fetchTrades, fetchTradesPage, findTrade, findTradeByExternalId, tradesQuery } from './api/trades.js';
export type { TradesParams, TradesPage, TradesPosition, FindTradeOptions } from './api/trades.js';
export * from './inventory/predicates.js';
export * from './inventory/icons.js';
export * from './inventory/filter.js';
export { createSearchIndex, searchIndexBuilder, permuteSearchIndex, type SearchIndex } from './inventory/search.js';
export * from './inventory/sort.js';
export { gridMoveTarget, type GridShape } from './inventory/gridKeys.js';
export * from './inventory/rarity.js';
export * from './selection/state.js';
export { selectionReducer, type SelectionContext } from './selection/reducer.js';
export { selectionTotals, instantCreditCents, type SelectedLine, type SelectionTotals } from './selection/totals.js';
export { createSelectionStore, type SelectionStore, type SelectionStoreOptions, type SelectionStateReducer } from './selection/store.js';
export * from './deposit/request.js';
export * from './deposit/resolveError.js';
export * from './deposit/blocking.js';
export * from './trade/status.js';
export { selectionStorageKey, parseStoredSelection, toStoredSelection, STORED_SELECTION_VERSION, type SelectionStorage } from './selection/persist.js';
export { createRealtimeConnection } from './realtime/connection.js';
export { createLazyRealtimeConnection } from './realtime/lazy.js';
export type { RealtimeConnection, RealtimeConnectionOptions, RealtimeSocket, RealtimeSocketFactory, RealtimeSocketOptions, RealtimeStatus } from './realtime/connection.js';
export { isFollowedTrade, tradeOfEvent, type FollowedTrade } from './realtime/filter.js';
export { reconnectDelay, MAX_DROP_RECONNECT_MS, AUTH_RECONNECT_MS, MAX_AUTH_RECONNECT_MS } from './realtime/backoff.js';
export { afterNextPaint, whenIdle } from './schedule.js';
export { numberSeparators, parseLocaleCents, parseLocaleNumber, typedNumberToCents, type NumberSeparators, type TypedNumber } from './locale/number.js';
