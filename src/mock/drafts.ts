import {
  AGENTS,
  CASES,
  EXTERIORS,
  GLOVE_FLOAT,
  GLOVES,
  KNIFE_FINISHES,
  KNIVES,
  RARITY_COLOURS,
  RUST_ITEMS,
  STICKERS,
  WEAPON_SKINS,
} from './catalog.js';
import type { RawInventoryItem, RawSticker } from './generator.js';
import { hashString, type Random } from './random.js';

/**
 * Fills the item-specific fields of a row and returns its unrounded market price in cents.
 * Names are built once per catalog entry and shared between rows: generating 20,000 rows must
 * stay fast, and most of the cost is allocation.
 */
export type Filler = (row: RawInventoryItem, random: Random) => number;

const iconCache = new Map<string, string>();

/** Deterministic Steam-like icon hash for an item family, shared by all copies of it. */
export function mockIconHash(family: string): string {
  let hash = iconCache.get(family);
  if (hash === undefined) {
    hash = `mock-${hashString(family).toString(36)}${hashString(`icon:${family}`).toString(36)}`;
    iconCache.set(family, hash);
  }
  return hash;
}

interface Variant {
  name: string;
  /** `marketHashName` per index of `EXTERIORS`. */
  withExterior: readonly string[];
  iconUrl: string;
}

function variant(name: string, family: string): Variant {
  return { name, withExterior: EXTERIORS.map((e) => `${name} (${e.name})`), iconUrl: mockIconHash(family) };
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const weaponVariants = lazy(() =>
  WEAPON_SKINS.map(([gun, finish]) => {
    const family = `${gun} | ${finish}`;
    return [variant(family, family), variant(`StatTrak™ ${family}`, family), variant(`Souvenir ${family}`, family)] as const;
  }),
);
const knifeVariants = lazy(() =>
  KNIVES.map(([model]) =>
    KNIFE_FINISHES.map(([finish]) => {
      const family = finish === null ? model : `${model} | ${finish}`;
      return [variant(`★ ${family}`, family), variant(`★ StatTrak™ ${family}`, family)] as const;
    }),
  ),
);
const rustIcons = lazy(() => RUST_ITEMS.map(([name]) => mockIconHash(`rust:${name}`)));
const gloveVariants = lazy(() => GLOVES.map(([glove]) => variant(`★ ${glove}`, glove)));

function exteriorIndex(random: Random, min: number, max: number): number {
  let fits = 0;
  for (const e of EXTERIORS) if (e.min < max && e.max > min) fits++;
  let nth = random.int(0, Math.max(0, fits - 1));
  for (let i = 0; i < EXTERIORS.length; i++) {
    const e = EXTERIORS[i] as (typeof EXTERIORS)[number];
    if (e.min < max && e.max > min && nth-- === 0) return i;
  }
  return 2;
}

/** Sets name, exterior, wear and pattern; returns the exterior's price factor. */
function wearAndName(row: RawInventoryItem, random: Random, v: Variant, min: number, max: number): number {
  const index = exteriorIndex(random, min, max);
  const exterior = EXTERIORS[index] as (typeof EXTERIORS)[number];
  // Whole 1e-5 steps, so the printed string can never round onto the exterior's upper bound.
  const lo = Math.max(1, Math.round(Math.max(exterior.min, min) * 1e5));
  const hi = Math.round(Math.min(exterior.max, max) * 1e5) - 1;
  row.name = v.name;
  row.marketHashName = v.withExterior[index] as string;
  row.iconUrl = v.iconUrl;
  row.exterior = exterior.name;
  row.wear = (random.int(lo, Math.max(lo, hi)) / 1e5).toFixed(5);
  row.paintSeed = random.int(1, 1000);
  return exterior.priceFactor;
}

function setPlain(row: RawInventoryItem, name: string, type: string, rarity: string | undefined, iconFamily: string): void {
  row.name = name;
  row.marketHashName = name;
  row.type = type;
  row.iconUrl = mockIconHash(iconFamily);
  if (rarity !== undefined) setRarity(row, rarity);
}

function setRarity(row: RawInventoryItem, rarity: string): void {
  row.rarity = rarity;
  const colour = RARITY_COLOURS[rarity];
  if (colour !== undefined) row.color = colour;
}

function stickersFor(random: Random): RawSticker[] {
  const result: RawSticker[] = [];
  if (random.chance(0.55)) return result;
  // Keep each of the five slots with the probability that leaves exactly `needed` in the end.
  let needed = random.int(1, 5);
  for (let slot = 0; slot < 5 && needed > 0; slot++) {
    if (random.next() * (5 - slot) < needed) {
      const [name] = random.pick(STICKERS);
      result.push({ name, slot, wear: random.chance(0.7) ? 0 : random.int(1, 90) / 100, iconUrl: mockIconHash(name) });
      needed--;
    }
  }
  return result;
}

const weapon: Filler = (row, random) => {
  const index = random.int(0, WEAPON_SKINS.length - 1);
  const [, , type, rarity, min, max, base, souvenirOnly] = WEAPON_SKINS[index] as (typeof WEAPON_SKINS)[number];
  const quality = souvenirOnly ? (random.chance(0.25) ? 2 : 0) : random.chance(0.15) ? 1 : 0;
  const variants = weaponVariants()[index] as ReturnType<typeof weaponVariants>[number];
  row.type = type;
  const factor = wearAndName(row, random, variants[quality], min, max);
  setRarity(row, rarity);
  row.stickers = stickersFor(random);
  return base * factor * (quality === 1 ? 1.6 : quality === 2 ? 1.5 : 1);
};

const knife: Filler = (row, random) => {
  const model = random.int(0, KNIVES.length - 1);
  const finish = random.int(0, KNIFE_FINISHES.length - 1);
  const [, base] = KNIVES[model] as (typeof KNIVES)[number];
  const [finishName, min, max, factor] = KNIFE_FINISHES[finish] as (typeof KNIFE_FINISHES)[number];
  const stat = random.chance(0.3) ? 1 : 0;
  const v = knifeVariants()[model]?.[finish]?.[stat] as Variant;
  row.type = 'Knife';
  setRarity(row, 'Covert');
  const price = base * factor * (stat ? 1.3 : 1);
  if (finishName === null) {
    // Vanilla knives have no finish, so no exterior, wear or pattern.
    row.name = v.name;
    row.marketHashName = v.name;
    row.iconUrl = v.iconUrl;
    return price;
  }
  return price * wearAndName(row, random, v, min, max);
};

const gloves: Filler = (row, random) => {
  const index = random.int(0, GLOVES.length - 1);
  const [, base] = GLOVES[index] as (typeof GLOVES)[number];
  row.type = 'Gloves';
  const factor = wearAndName(row, random, gloveVariants()[index] as Variant, GLOVE_FLOAT[0], GLOVE_FLOAT[1]);
  setRarity(row, 'Extraordinary');
  return base * factor;
};

const CS2_KINDS: readonly { weight: number; fill: Filler }[] = [
  { weight: 58, fill: weapon },
  { weight: 5, fill: knife },
  { weight: 3, fill: gloves },
  {
    weight: 12,
    fill: (row, random) => {
      const [name, rarity, cents] = random.pick(STICKERS);
      setPlain(row, name, 'Sticker', rarity, name);
      return cents;
    },
  },
  {
    weight: 12,
    fill: (row, random) => {
      const [name, cents] = random.pick(CASES);
      setPlain(row, name, 'Container', 'Base Grade', name);
      return cents;
    },
  },
  {
    weight: 10,
    fill: (row, random) => {
      const [name, rarity, cents] = random.pick(AGENTS);
      setPlain(row, name, 'Agent', rarity, name);
      return cents;
    },
  },
];

/** One CS2 item: mostly guns, some knives and gloves, and wear-less stickers, cases and agents. */
export const fillCs2: Filler = (row, random) => random.weighted(CS2_KINDS).fill(row, random);

/** One Rust item: a skin, or a resource stack of 1–5000 (`amount`). */
export const fillRust: Filler = (row, random) => {
  const index = random.int(0, RUST_ITEMS.length - 1);
  const [name, type, base, stackable] = RUST_ITEMS[index] as (typeof RUST_ITEMS)[number];
  row.name = name;
  row.marketHashName = name;
  row.type = type;
  row.iconUrl = rustIcons()[index] as string;
  // Cubing skews stacks towards small sizes while still reaching the 5000 cap now and then.
  row.amount = stackable ? Math.max(1, Math.ceil(5000 * random.next() ** 3)) : 1;
  return base;
};
