// Steam's own Turkish names for exteriors and rarities, from CS2's csgo_turkish.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Fabrikadan Yeni Çıkmış',
  'Minimal Wear': 'Az Aşınmış',
  'Field-Tested': 'Görevde Kullanılmış',
  'Well-Worn': 'Eskimiş',
  'Battle-Scarred': 'Savaş Görmüş',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Tüketici Sınıfı',
  'Base Grade': 'Temel Sınıf',
  'Industrial Grade': 'Endüstri Sınıfı',
  'Mil-Spec Grade': 'Askeri Sınıf',
  'High Grade': 'Yüksek Sınıf',
  'Distinguished': 'Güzide',
  'Restricted': 'Sınırlı',
  'Remarkable': 'Dikkat Çekici',
  'Exceptional': 'Sıra Dışı',
  'Classified': 'Gizli',
  'Exotic': 'Egzotik',
  'Superior': 'Üstün',
  'Covert': 'Çok Gizli',
  'Extraordinary': 'Olağandışı',
  'Master': 'Üstat',
  'Contraband': 'Kaçak',
};
