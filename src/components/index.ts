// One folder per public component: its private parts, CSS and an index.ts with what it exports.
export * from './DepositPanel/index.js';
export * from './InventoryGrid/index.js';
export * from './ItemCard/index.js';
export * from './QuantityStepper/index.js';
export * from './StickerTooltip/index.js';
export * from './PriceFilter/index.js';
export * from './DepositSummary/index.js';
export * from './DepositDialog/index.js';
export * from './TradeStatus/index.js';
export { DisplayProvider, useDisplay, defaultLabels, mergeLabels, themeAttributes, parseItemName, type Labels, type Display, type DisplayProps } from './shared/index.js';
