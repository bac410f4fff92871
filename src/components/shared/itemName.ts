/** Quality markers parsed from a CS2 item name (AssetPay sends only the name). */
export interface NameParts {
  /** The name without the markers. */
  base: string;
  statTrak: boolean;
  souvenir: boolean;
  /** Knives and gloves (`★`). */
  star: boolean;
}

/** Splits `★ StatTrak™ Karambit | Doppler` into its base name and quality flags. */
export function parseItemName(name: string): NameParts {
  let rest = name.trim();
  const star = rest.startsWith('★');
  if (star) rest = rest.slice(1).trimStart();
  const statTrak = rest.startsWith('StatTrak™');
  if (statTrak) rest = rest.slice('StatTrak™'.length).trimStart();
  const souvenir = rest.startsWith('Souvenir ');
  if (souvenir) rest = rest.slice('Souvenir '.length);
  return { base: rest, statTrak, souvenir, star };
}
