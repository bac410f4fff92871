// Steam's own Simplified Chinese names for exteriors and rarities, from CS2's csgo_schinese.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': '崭新出厂',
  'Minimal Wear': '略有磨损',
  'Field-Tested': '久经沙场',
  'Well-Worn': '破损不堪',
  'Battle-Scarred': '战痕累累',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': '消费级',
  'Base Grade': '普通级',
  'Industrial Grade': '工业级',
  'Mil-Spec Grade': '军规级',
  'High Grade': '高级',
  'Distinguished': '高级',
  'Restricted': '受限',
  'Remarkable': '卓越',
  'Exceptional': '卓越',
  'Classified': '保密',
  'Exotic': '奇异',
  'Superior': '非凡',
  'Covert': '隐秘',
  'Extraordinary': '非凡',
  'Master': '大师',
  'Contraband': '违禁',
};
