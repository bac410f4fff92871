export { AssetPayProvider, type AssetPayProviderProps } from './AssetPayProvider.js';
export { useAssetPay, type AssetPayContextValue } from './context.js';
export { useInventory, type UseInventoryOptions, type UseInventoryResult, type InventoryResultBase } from './useInventory.js';
export { useInfiniteInventory, type UseInfiniteInventoryOptions, type UseInfiniteInventoryResult } from './useInfiniteInventory.js';
export { inventoryKeys, inventoryQueryOptions, infiniteInventoryQueryOptions, type InventoryFilters } from './inventoryQueries.js';
export type { RefreshState } from './useRefresh.js';
export { useDepositSelection, type UseDepositSelectionOptions, type UseDepositSelectionResult } from './useDepositSelection.js';
export { useSelectionEntry } from './useSelectionEntry.js';
export { useDeposit, type UseDepositOptions, type UseDepositResult, type DepositInput } from './useDeposit.js';
