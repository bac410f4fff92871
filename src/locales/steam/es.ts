// Steam's own Spanish names for exteriors and rarities, from CS2's csgo_spanish.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends.
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Recién fabricado',
  'Minimal Wear': 'Casi nuevo',
  'Field-Tested': 'Algo desgastado',
  'Well-Worn': 'Bastante desgastado',
  'Battle-Scarred': 'Deplorable',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'de grado de consumidor',
  'Base Grade': 'de grado básico',
  'Industrial Grade': 'de grado industrial',
  'Mil-Spec Grade': 'de grado militar',
  'High Grade': 'de grado alto',
  'Distinguished': 'distinguido',
  'Restricted': 'de tipo restringido',
  'Remarkable': 'singular',
  'Exceptional': 'excepcional',
  'Classified': 'de tipo clasificado',
  'Exotic': 'de aspecto exótico',
  'Superior': 'superior',
  'Covert': 'de aspecto encubierto',
  'Extraordinary': 'de aspecto extraordinario',
  'Master': 'maestro',
  'Contraband': 'de contrabando',
};
