// Steam's own French names for exteriors and rarities, from CS2's csgo_french.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Neuve',
  'Minimal Wear': 'Très peu usée',
  'Field-Tested': 'Testée sur le terrain',
  'Well-Worn': 'Usée',
  'Battle-Scarred': 'Marquée par les combats',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Artisanale',
  'Base Grade': 'Qualité de base',
  'Industrial Grade': 'Industrielle',
  'Mil-Spec Grade': 'Militaire',
  'High Grade': 'Qualité supérieure',
  'Distinguished': 'Prestigieux',
  'Restricted': 'Limitée',
  'Remarkable': 'Remarquable',
  'Exceptional': "D'exception",
  'Classified': 'Classifiée',
  'Exotic': 'Exotique',
  'Superior': 'Supérieur',
  'Covert': 'Secrète',
  'Extraordinary': 'Extraordinaire',
  'Master': 'Commandement',
  'Contraband': 'Contrebande',
};
