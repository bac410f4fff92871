// Steam's own Spanish names for exteriors and rarities, from CS2's csgo_spanish.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Recién fabricado',
  'Minimal Wear': 'Casi nuevo',
  'Field-Tested': 'Algo desgastado',
  'Well-Worn': 'Bastante desgastado',
  'Battle-Scarred': 'Deplorable',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'De grado de consumidor',
  'Base Grade': 'De grado básico',
  'Industrial Grade': 'De grado industrial',
  'Mil-Spec Grade': 'De grado militar',
  'High Grade': 'De grado alto',
  'Distinguished': 'Distinguido',
  'Restricted': 'De tipo restringido',
  'Remarkable': 'Singular',
  'Exceptional': 'Excepcional',
  'Classified': 'De tipo clasificado',
  'Exotic': 'De aspecto exótico',
  'Superior': 'Superior',
  'Covert': 'De aspecto encubierto',
  'Extraordinary': 'De aspecto extraordinario',
  'Master': 'Maestro',
  'Contraband': 'De contrabando',
};
