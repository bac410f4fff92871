export { errorLabel, mergeLabels, steamTerm, type LabelOverrides, type Labels } from './labels.js';
export { completeLabels, defaultLabels } from './labelsEn.js';
export { useFullDisplay } from './fullDisplay.js';
export {
  dateTime,
  durationFormat,
  formatAgo,
  formatDuration,
  formatTimeLeft,
  numberFormat,
  plural,
  pluralRules,
  relativeTime,
  type DurationFormatter,
  type DurationParts,
  type DurationStyle,
  type PluralForms,
} from './intl.js';
export { DisplayProvider, useDisplay, type Display, type DisplayProps } from './display.js';
export { themeAttributes, useTheme, type ThemeAttributes } from './theme.js';
export { cx, flag } from './cx.js';
export { parseItemName, type NameParts } from './itemName.js';
// Radix's: text for screen readers only, hidden by inline styles even without our stylesheet.
export { VisuallyHidden } from '@radix-ui/react-visually-hidden';
export { useNow } from './useNow.js';
