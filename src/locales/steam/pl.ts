// Steam's own Polish names for exteriors and rarities, from CS2's csgo_polish.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends.
export const exteriorNames: Record<string, string> = {
  'Factory New': 'prosto z fabryki',
  'Minimal Wear': 'lekkie zużycie',
  'Field-Tested': 'po testach bojowych',
  'Well-Worn': 'mocne zużycie',
  'Battle-Scarred': 'po ciężkich walkach',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'konsumenckiej jakości',
  'Base Grade': 'standardowej jakości',
  'Industrial Grade': 'przemysłowej jakości',
  'Mil-Spec Grade': 'wojskowej jakości',
  'High Grade': 'wysokiej jakości',
  'Distinguished': 'o wybitnych zdolnościach',
  'Restricted': 'spoza obiegu',
  'Remarkable': 'nadzwyczajnej rzadkości',
  'Exceptional': 'wyjątkowy w swojej klasie',
  'Classified': 'klasy „poufne”',
  'Exotic': 'egzotycznego pochodzenia',
  'Superior': 'naczelny',
  'Covert': 'klasy „tajne”',
  'Extraordinary': 'wyjątkowej jakości',
  'Master': 'o mistrzowskiej wprawie',
  'Contraband': 'z kontrabandy',
};
