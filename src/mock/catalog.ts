/**
 * Data tables for the fake inventory: realistic CS2 and Rust names, rarities with Steam's colours,
 * exteriors with float ranges, and rough base prices in cents (for a Field-Tested copy where wear
 * applies). The prices only need to look plausible next to each other.
 */

/** An exterior and its float range `[min, max)`; Battle-Scarred includes 1.0. */
export interface Exterior {
  name: 'Factory New' | 'Minimal Wear' | 'Field-Tested' | 'Well-Worn' | 'Battle-Scarred';
  min: number;
  max: number;
  /** Price factor relative to Field-Tested. */
  priceFactor: number;
}

/** CS2 exteriors, best first. */
export const EXTERIORS: readonly Exterior[] = [
  { name: 'Factory New', min: 0, max: 0.07, priceFactor: 2.2 },
  { name: 'Minimal Wear', min: 0.07, max: 0.15, priceFactor: 1.45 },
  { name: 'Field-Tested', min: 0.15, max: 0.38, priceFactor: 1 },
  { name: 'Well-Worn', min: 0.38, max: 0.45, priceFactor: 0.85 },
  { name: 'Battle-Scarred', min: 0.45, max: 1, priceFactor: 0.75 },
];

/** The core's table: the mock colours items exactly as the library reads them. */
export { RARITY_COLOURS } from '../core/inventory/rarity.js';

/** A weapon finish: `[weapon, finish, type, rarity, minFloat, maxFloat, priceCents, souvenirOnly]`. */
export type WeaponSkin = readonly [string, string, string, string, number, number, number, boolean];

/** Gun skins. `souvenirOnly` marks map-collection skins that drop as Souvenirs but never StatTrak™. */
export const WEAPON_SKINS: readonly WeaponSkin[] = [
  ['AK-47', 'Redline', 'Rifle', 'Classified', 0.1, 0.7, 3500, false],
  ['AK-47', 'Asiimov', 'Rifle', 'Covert', 0.05, 1, 6000, false],
  ['AK-47', 'Vulcan', 'Rifle', 'Covert', 0, 0.9, 15000, false],
  ['AK-47', 'Fire Serpent', 'Rifle', 'Covert', 0.06, 0.76, 90000, false],
  ['AK-47', 'Case Hardened', 'Rifle', 'Classified', 0, 1, 15000, false],
  ['AK-47', 'Slate', 'Rifle', 'Restricted', 0, 1, 400, false],
  ['AK-47', 'Elite Build', 'Rifle', 'Mil-Spec Grade', 0, 1, 200, false],
  ['AK-47', 'Safari Mesh', 'Rifle', 'Industrial Grade', 0.06, 0.8, 30, true],
  ['AWP', 'Asiimov', 'Sniper Rifle', 'Covert', 0.18, 1, 11000, false],
  ['AWP', 'Dragon Lore', 'Sniper Rifle', 'Covert', 0, 0.7, 900000, true],
  ['AWP', 'Hyper Beast', 'Sniper Rifle', 'Covert', 0, 1, 4000, false],
  ['AWP', 'Neo-Noir', 'Sniper Rifle', 'Covert', 0, 0.7, 3000, false],
  ['AWP', 'Atheris', 'Sniper Rifle', 'Restricted', 0, 1, 500, false],
  ['AWP', 'Safari Mesh', 'Sniper Rifle', 'Industrial Grade', 0.06, 0.8, 25, true],
  ['M4A4', 'Howl', 'Rifle', 'Contraband', 0, 0.4, 400000, false],
  ['M4A4', 'The Emperor', 'Rifle', 'Covert', 0, 1, 2000, false],
  ['M4A4', 'Spider Lily', 'Rifle', 'Restricted', 0, 1, 400, false],
  ['M4A4', 'Desolate Space', 'Rifle', 'Classified', 0, 1, 1000, false],
  ['M4A1-S', 'Printstream', 'Rifle', 'Covert', 0, 1, 9000, false],
  ['M4A1-S', 'Hyper Beast', 'Rifle', 'Covert', 0, 1, 1200, false],
  ['M4A1-S', 'Decimator', 'Rifle', 'Classified', 0, 0.85, 800, false],
  ['Desert Eagle', 'Blaze', 'Pistol', 'Restricted', 0, 0.08, 40000, false],
  ['Desert Eagle', 'Printstream', 'Pistol', 'Covert', 0, 1, 3500, false],
  ['Desert Eagle', 'Code Red', 'Pistol', 'Covert', 0, 1, 3000, false],
  ['Glock-18', 'Fade', 'Pistol', 'Restricted', 0, 0.08, 150000, false],
  ['Glock-18', 'Water Elemental', 'Pistol', 'Classified', 0, 1, 500, false],
  ['USP-S', 'Kill Confirmed', 'Pistol', 'Covert', 0, 1, 5000, false],
  ['USP-S', 'Cortex', 'Pistol', 'Classified', 0, 1, 300, false],
  ['P250', 'Sand Dune', 'Pistol', 'Consumer Grade', 0.06, 0.8, 5, true],
  ['Five-SeveN', 'Hyper Beast', 'Pistol', 'Classified', 0, 1, 300, false],
  ['CZ75-Auto', 'Victoria', 'Pistol', 'Classified', 0, 0.75, 600, false],
  ['Tec-9', 'Fuel Injector', 'Pistol', 'Classified', 0, 0.9, 200, false],
  ['MP9', 'Hot Rod', 'SMG', 'Classified', 0, 0.08, 8000, true],
  ['MP7', 'Bloodsport', 'SMG', 'Classified', 0, 0.65, 600, false],
  ['P90', 'Asiimov', 'SMG', 'Covert', 0, 0.92, 1000, false],
  ['MAC-10', 'Neon Rider', 'SMG', 'Covert', 0, 1, 300, false],
  ['UMP-45', 'Primal Saber', 'SMG', 'Classified', 0, 1, 200, false],
  ['FAMAS', 'Roll Cage', 'Rifle', 'Classified', 0, 1, 300, false],
  ['Galil AR', 'Chatterbox', 'Rifle', 'Covert', 0, 1, 1500, false],
  ['SG 553', 'Integrale', 'Rifle', 'Classified', 0, 0.7, 500, false],
  ['SSG 08', 'Blood in the Water', 'Sniper Rifle', 'Covert', 0.06, 0.2, 4000, false],
  ['Nova', 'Sand Dune', 'Shotgun', 'Consumer Grade', 0.06, 0.8, 3, true],
  ['XM1014', 'Tranquility', 'Shotgun', 'Classified', 0, 1, 300, false],
];

/** Knife models with a base price in cents. */
export const KNIVES: readonly (readonly [string, number])[] = [
  ['Karambit', 60000],
  ['Butterfly Knife', 70000],
  ['M9 Bayonet', 45000],
  ['Bayonet', 30000],
  ['Talon Knife', 40000],
  ['Skeleton Knife', 45000],
  ['Flip Knife', 20000],
  ['Huntsman Knife', 15000],
  ['Gut Knife', 9000],
];

/** Knife finishes: `[finish, minFloat, maxFloat, priceFactor]`; `null` finish = vanilla (no wear). */
export const KNIFE_FINISHES: readonly (readonly [string | null, number, number, number])[] = [
  ['Doppler', 0, 0.08, 1.6],
  ['Fade', 0, 0.08, 1.8],
  ['Tiger Tooth', 0, 0.08, 1.4],
  ['Marble Fade', 0, 0.08, 1.5],
  ['Gamma Doppler', 0, 0.08, 1.7],
  ['Slaughter', 0.01, 0.26, 1.3],
  ['Crimson Web', 0.06, 0.8, 1.2],
  ['Case Hardened', 0, 1, 1.1],
  ['Night', 0.06, 0.8, 0.8],
  ['Safari Mesh', 0.06, 0.8, 0.6],
  [null, 0, 0, 1],
];

/** Gloves (all Extraordinary, float 0.06–0.80): `[name, priceCents]`. */
export const GLOVES: readonly (readonly [string, number])[] = [
  ["Sport Gloves | Pandora's Box", 250000],
  ['Sport Gloves | Vice', 90000],
  ['Driver Gloves | King Snake', 40000],
  ['Specialist Gloves | Crimson Kimono', 70000],
  ['Hand Wraps | Cobalt Skulls', 25000],
  ['Hand Wraps | Slaughter', 30000],
  ['Moto Gloves | Spearmint', 35000],
  ['Bloodhound Gloves | Charred', 12000],
];

/** Float range every glove finish uses. */
export const GLOVE_FLOAT: readonly [number, number] = [0.06, 0.8];

/** Agents: `[name, rarity, priceCents]`. */
export const AGENTS: readonly (readonly [string, string, number])[] = [
  ['Sir Bloody Miami Darryl | The Professionals', 'Master', 1800],
  ['Special Agent Ava | FBI', 'Master', 1500],
  ['Lt. Commander Ricksaw | NSWC SEAL', 'Master', 900],
  ["Cmdr. Mae 'Dead Cold' Jamison | SWAT", 'Superior', 1200],
  ["'The Doctor' Romanov | Sabre", 'Superior', 600],
  ['Number K | The Professionals', 'Superior', 500],
  ['Markus Delrow | FBI HRT', 'Exceptional', 250],
  ['Street Soldier | Phoenix', 'Exceptional', 150],
  ['Sergeant Bombson | SWAT', 'Distinguished', 80],
];

/** Containers (type "Container", rarity "Base Grade"): `[name, priceCents]`. */
export const CASES: readonly (readonly [string, number])[] = [
  ['Kilowatt Case', 90],
  ['Revolution Case', 60],
  ['Recoil Case', 30],
  ['Dreams & Nightmares Case', 120],
  ['Fracture Case', 40],
  ['Prisma 2 Case', 80],
  ['Chroma 3 Case', 150],
  ['Gallery Case', 70],
  ['Fever Case', 110],
  ['Operation Breakout Weapon Case', 650],
];

/** Stickers: `[name, rarity, priceCents]`; used both as inventory items and applied to guns. */
export const STICKERS: readonly (readonly [string, string, number])[] = [
  ['Sticker | Natus Vincere | Katowice 2014', 'High Grade', 45000],
  ['Sticker | iBUYPOWER | Katowice 2014', 'High Grade', 120000],
  ['Sticker | Titan (Holo) | Katowice 2014', 'Remarkable', 800000],
  ['Sticker | Crown (Foil)', 'Exotic', 90000],
  ['Sticker | Howling Dawn', 'Exotic', 40000],
  ['Sticker | Flammable (Foil)', 'Exotic', 1500],
  ['Sticker | Battle Scarred', 'High Grade', 20],
  ['Sticker | s1mple | Stockholm 2021', 'High Grade', 80],
  ['Sticker | FaZe Clan | Paris 2023', 'High Grade', 30],
  ['Sticker | G2 Esports (Holo) | Rio 2022', 'Remarkable', 150],
  ['Sticker | Team Liquid | Antwerp 2022', 'High Grade', 25],
  ['Sticker | Vitality (Glitter) | Copenhagen 2024', 'Remarkable', 60],
  ['Sticker | Natus Vincere (Holo) | Shanghai 2024', 'Remarkable', 200],
];

/** A Rust item: `[name, type, priceCents per unit, stackable]`. */
export type RustItem = readonly [string, string, number, boolean];

/** Rust skins (one per row) and stackable resources. */
export const RUST_ITEMS: readonly RustItem[] = [
  ['Tempered AK47', 'Weapon', 4500, false],
  ['Glory AK47', 'Weapon', 2200, false],
  ['Alien Red', 'Weapon', 3000, false],
  ['Tempered Mp5', 'Weapon', 900, false],
  ['Big Grin', 'Clothing', 2800, false],
  ['Metal Facemask', 'Clothing', 600, false],
  ['Whiteout Facemask', 'Clothing', 1400, false],
  ['Punishment Mask', 'Clothing', 1200, false],
  ['Azul Metal Chest Plate', 'Clothing', 700, false],
  ['Blackout Hoodie', 'Clothing', 450, false],
  ['Neon Garage Door', 'Deployable', 350, false],
  ['Dragon Rug', 'Deployable', 250, false],
  ['Rainbow Pony Sleeping Bag', 'Deployable', 120, false],
  ['Wood', 'Resource', 2, true],
  ['Stones', 'Resource', 2, true],
  ['Metal Ore', 'Resource', 4, true],
  ['Sulfur Ore', 'Resource', 5, true],
  ['Metal Fragments', 'Resource', 3, true],
  ['High Quality Metal', 'Resource', 20, true],
  ['Scrap', 'Resource', 8, true],
  ['Cloth', 'Resource', 3, true],
  ['Low Grade Fuel', 'Resource', 6, true],
];

/** Bot names for created trades. */
export const BOT_NAMES: readonly string[] = ['AssetPay Bot #12', 'AssetPay Bot #31', 'AssetPay Bot #47', 'AssetPay Bot #58'];
