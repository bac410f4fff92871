// Steam's own Polish names for exteriors and rarities, from CS2's csgo_polish.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Prosto z fabryki',
  'Minimal Wear': 'Lekkie zużycie',
  'Field-Tested': 'Po testach bojowych',
  'Well-Worn': 'Mocne zużycie',
  'Battle-Scarred': 'Po ciężkich walkach',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Konsumenckiej jakości',
  'Base Grade': 'Standardowej jakości',
  'Industrial Grade': 'Przemysłowej jakości',
  'Mil-Spec Grade': 'Wojskowej jakości',
  'High Grade': 'Wysokiej jakości',
  'Distinguished': 'O wybitnych zdolnościach',
  'Restricted': 'Spoza obiegu',
  'Remarkable': 'Nadzwyczajnej rzadkości',
  'Exceptional': 'Wyjątkowy w swojej klasie',
  'Classified': 'Klasy „poufne”',
  'Exotic': 'Egzotycznego pochodzenia',
  'Superior': 'Naczelny',
  'Covert': 'Klasy „tajne”',
  'Extraordinary': 'Wyjątkowej jakości',
  'Master': 'O mistrzowskiej wprawie',
  'Contraband': 'Z kontrabandy',
};
