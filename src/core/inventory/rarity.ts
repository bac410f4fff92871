/** Rarity name → colour as Steam reports it (weapons, stickers/patches and agents use different names). */
export const RARITY_COLOURS: Readonly<Record<string, string>> = {
  'Consumer Grade': '#b0c3d9',
  'Base Grade': '#b0c3d9',
  'Industrial Grade': '#5e98d9',
  'Mil-Spec Grade': '#4b69ff',
  'High Grade': '#4b69ff',
  Distinguished: '#4b69ff',
  Restricted: '#8847ff',
  Remarkable: '#8847ff',
  Exceptional: '#8847ff',
  Classified: '#d32ce6',
  Exotic: '#d32ce6',
  Superior: '#d32ce6',
  Covert: '#eb4b4b',
  Extraordinary: '#eb4b4b',
  Master: '#eb4b4b',
  Contraband: '#e4ae39',
};

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The item's rarity colour: the item's `color` when it is a `#RRGGBB` hex, else the table's colour
 * for `rarity`, else `undefined`. Checked here too, not only at the boundary: hand-made items reach
 * a `style` through this, and a rarity such as `constructor` must not find `Object.prototype`.
 */
export function rarityColour(color: string | undefined, rarity: string | undefined): string | undefined {
  if (typeof color === 'string' && HEX_COLOUR.test(color)) return color;
  return typeof rarity === 'string' && Object.hasOwn(RARITY_COLOURS, rarity) ? RARITY_COLOURS[rarity] : undefined;
}
