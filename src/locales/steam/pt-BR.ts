// Steam's own Brazilian Portuguese names for exteriors and rarities, from CS2's csgo_brazilian.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Nova de Fábrica',
  'Minimal Wear': 'Pouco Usada',
  'Field-Tested': 'Testada em Campo',
  'Well-Worn': 'Bem Desgastada',
  'Battle-Scarred': 'Veterana de Guerra',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Nível Consumidor',
  'Base Grade': 'Nível Básico',
  'Industrial Grade': 'Nível Industrial',
  'Mil-Spec Grade': 'Nível Militar',
  'High Grade': 'Alta Qualidade',
  'Distinguished': 'Distinto',
  'Restricted': 'Restrito',
  'Remarkable': 'Notável',
  'Exceptional': 'Excepcional',
  'Classified': 'Secreto',
  'Exotic': 'Exótico',
  'Superior': 'Superior',
  'Covert': 'Oculto',
  'Extraordinary': 'Extraordinário',
  'Master': 'Mestre',
  'Contraband': 'Contrabandeado',
};
