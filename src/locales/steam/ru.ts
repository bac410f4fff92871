// Steam's own Russian names for exteriors and rarities, from CS2's csgo_russian.txt (see ../shared/docs/steam-data.md, "Localised exteriors and rarities").
// Keys are the English names the API sends. First letters are capitalised for display on their own
// (Steam writes some in lower case, for use inside its sentences).
export const exteriorNames: Record<string, string> = {
  'Factory New': 'Прямо с завода',
  'Minimal Wear': 'Немного поношенное',
  'Field-Tested': 'После полевых испытаний',
  'Well-Worn': 'Поношенное',
  'Battle-Scarred': 'Закалённое в боях',
};
export const rarityNames: Record<string, string> = {
  'Consumer Grade': 'Ширпотреб',
  'Base Grade': 'Базового класса',
  'Industrial Grade': 'Промышленное качество',
  'Mil-Spec Grade': 'Армейское качество',
  'High Grade': 'Высшего класса',
  'Distinguished': 'Заслуженный',
  'Restricted': 'Запрещённое',
  'Remarkable': 'Примечательного типа',
  'Exceptional': 'Исключительный',
  'Classified': 'Засекреченное',
  'Exotic': 'Экзотичного вида',
  'Superior': 'Превосходный',
  'Covert': 'Тайное',
  'Extraordinary': 'Экстраординарного типа',
  'Master': 'Мастерский',
  'Contraband': 'Контрабанда',
};
