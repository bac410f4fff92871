// Steam's own German names for exteriors and rarities, from CS2's csgo_german.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Fabrikneu',
  'Minimal Wear': 'Minimale Gebrauchsspuren',
  'Field-Tested': 'Einsatzerprobt',
  'Well-Worn': 'Abgenutzt',
  'Battle-Scarred': 'Kampfspuren',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Verbraucherklasse',
  'Base Grade': 'Standardqualität',
  'Industrial Grade': 'Industriequalität',
  'Mil-Spec Grade': 'Militärstandard',
  'High Grade': 'Hohe Qualität',
  'Distinguished': 'Ausgezeichnet',
  'Restricted': 'Limitiert',
  'Remarkable': 'Bemerkenswert',
  'Exceptional': 'Außergewöhnlich',
  'Classified': 'Vertraulich',
  'Exotic': 'Exotisch',
  'Superior': 'Überlegen',
  'Covert': 'Verdeckt',
  'Extraordinary': 'Außerordentlich',
  'Master': 'Meister',
  'Contraband': 'Schmuggelware',
};
