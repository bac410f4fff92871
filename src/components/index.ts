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
export { DisplayProvider, useFullDisplay as useDisplay, defaultLabels, mergeLabels, themeAttributes, parseItemName, type Labels, type LabelOverrides, type Display, type DisplayProps } from './shared/index.js';
// For writing a locale pack: plural forms and durations in the pack's own locale, cached.
export { plural, formatAgo, formatDuration, formatTimeLeft, type PluralForms, type DurationParts, type DurationStyle } from './shared/index.js';
