// Steam's own Ukrainian names for exteriors and rarities, from CS2's csgo_ukrainian.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Щойно з фабрики',
  'Minimal Wear': 'Майже без подряпин',
  'Field-Tested': 'Після бойових випробувань',
  'Well-Worn': 'З численними подряпинами',
  'Battle-Scarred': 'Понівечено в боях',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Роздрібного ґатунку',
  'Base Grade': 'Звичайний предмет',
  'Industrial Grade': 'Промислового ґатунку',
  'Mil-Spec Grade': 'Армійського ґатунку',
  'High Grade': 'Дуже рідкісний предмет',
  'Distinguished': 'Видатний',
  'Restricted': 'Зброя спецслужб',
  'Remarkable': 'Цікавий предмет',
  'Exceptional': 'Винятковий',
  'Classified': 'Секретна зброя',
  'Exotic': 'Екзотичний предмет',
  'Superior': 'Старший',
  'Covert': 'Надсекретна зброя',
  'Extraordinary': 'Надзвичайний предмет',
  'Master': 'Експертний',
  'Contraband': 'Контрабандна зброя',
};
