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

/** The item's rarity colour: the API's hex `color` (validated at the boundary), else the table. */
export function rarityColour(color: string | undefined, rarity: string | undefined): string | undefined {
  return color ?? (rarity ? RARITY_COLOURS[rarity] : undefined);
}
