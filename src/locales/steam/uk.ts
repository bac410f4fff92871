// Steam's own Ukrainian names for exteriors and rarities, from CS2's csgo_ukrainian.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends.
export const exteriorNames: Record<string, string> = {
  'Factory New': 'щойно з фабрики',
  'Minimal Wear': 'майже без подряпин',
  'Field-Tested': 'після бойових випробувань',
  'Well-Worn': 'з численними подряпинами',
  'Battle-Scarred': 'понівечено в боях',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'роздрібного ґатунку',
  'Base Grade': 'звичайний предмет',
  'Industrial Grade': 'промислового ґатунку',
  'Mil-Spec Grade': 'армійського ґатунку',
  'High Grade': 'дуже рідкісний предмет',
  'Distinguished': 'Видатний',
  'Restricted': 'зброя спецслужб',
  'Remarkable': 'цікавий предмет',
  'Exceptional': 'Винятковий',
  'Classified': 'секретна зброя',
  'Exotic': 'екзотичний предмет',
  'Superior': 'Старший',
  'Covert': 'надсекретна зброя',
  'Extraordinary': 'надзвичайний предмет',
  'Master': 'Експертний',
  'Contraband': 'контрабандна зброя',
};
