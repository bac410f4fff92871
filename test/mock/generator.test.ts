import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { inventoryItemSchema } from '../../src/core/api/schemas/inventory.js';
import { toCents } from '../../src/core/money.js';
import { EXTERIORS, RARITY_COLOURS } from '../../src/mock/catalog.js';
import { createMockInventory, type RawInventoryItem } from '../../src/mock/index.js';

const GUN_TYPES = new Set(['Rifle', 'Sniper Rifle', 'Pistol', 'SMG', 'Shotgun']);
const cs2 = createMockInventory({ game: 730, count: 1000, seed: 7 });
const rust = createMockInventory({ game: 252490, count: 1000, seed: 7 });

const isCentsExact = (usd: number) => toCents(usd) / 100 === usd;

describe('createMockInventory: determinism', () => {
  it.each([730, 252490] as const)('gives the same rows for the same seed (game %s)', (game) => {
    const a = createMockInventory({ game, count: 300, seed: 42 });
    const b = createMockInventory({ game, count: 300, seed: 42 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(300);
  });

  it.each([730, 252490] as const)('gives different rows for another seed (game %s)', (game) => {
    const a = createMockInventory({ game, count: 100, seed: 1 });
    const b = createMockInventory({ game, count: 100, seed: 2 });
    expect(a.map((item) => item.marketHashName)).not.toEqual(b.map((item) => item.marketHashName));
    expect(a.map((item) => item.id)).not.toEqual(b.map((item) => item.id));
  });

  it('starts a longer list with the rows of a shorter one', () => {
    expect(createMockInventory({ game: 730, count: 500, seed: 3 }).slice(0, 50)).toEqual(
      createMockInventory({ game: 730, count: 50, seed: 3 }),
    );
  });

  it('uses defaults: CS2, 120 rows, seed 1', () => {
    expect(createMockInventory()).toEqual(createMockInventory({ game: 730, count: 120, seed: 1 }));
    expect(createMockInventory({ game: 252490 })).toHaveLength(60);
    expect(createMockInventory({ count: 0 })).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN])('rejects count %s', (count) => {
    expect(() => createMockInventory({ count })).toThrow(RangeError);
  });

  it('generates 20,000 unique rows (its speed is measured by npm run bench)', () => {
    const rows = createMockInventory({ game: 730, count: 20_000, seed: 1 });
    expect(rows).toHaveLength(20_000);
    expect(new Set(rows.map((row) => row.id)).size).toBe(20_000);
  });
});

describe('createMockInventory: row shape', () => {
  it.each([
    ['CS2', cs2],
    ['Rust', rust],
  ] as const)('%s rows pass the library’s own inventory schema', (_name, rows) => {
    for (const item of rows) {
      const result = v.safeParse(inventoryItemSchema, item);
      expect(result.issues?.[0]?.message ?? 'ok', item.id).toBe('ok');
    }
  });

  it.each([
    ['CS2', cs2],
    ['Rust', rust],
  ] as const)('%s rows have unique ids, hash-like icons and cents-exact prices below market', (_name, rows) => {
    expect(new Set(rows.map((item) => item.id)).size).toBe(rows.length);
    for (const item of rows) {
      expect(item.id.length).toBeGreaterThanOrEqual(5);
      expect(item.id.length).toBeLessThanOrEqual(256);
      expect(item.contextid).toBe(2);
      expect(item.iconUrl).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(isCentsExact(item.marketPrice)).toBe(true);
      if (item.accepted) expect(item.offer).toBeDefined();
      if (item.offer) {
        expect(isCentsExact(item.offer.price)).toBe(true);
        expect(item.offer.price).toBeGreaterThan(0);
        expect(item.offer.price).toBeLessThan(item.marketPrice);
        expect(item.offer.price).toBeGreaterThanOrEqual(Math.floor(item.marketPrice * 0.6 * 100) / 100 - 0.01);
        expect(item.offer.reference).toMatch(/\S/);
      }
    }
  });

  it('gives CS2 wear inside the exterior range, names that match, hex colours and 0–5 stickers', () => {
    for (const item of cs2) {
      expect(item.appid).toBe(730);
      expect(item.amount).toBeUndefined();
      expect(item.offer?.maxAmount ?? 1).toBe(1);
      expect(item.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(item.color).toBe(RARITY_COLOURS[item.rarity as string]);
      if (item.exterior === undefined) {
        expect(item.wear).toBeUndefined();
        expect(item.marketHashName).toBe(item.name);
      } else {
        const exterior = EXTERIORS.find((e) => e.name === item.exterior);
        expect(exterior, item.exterior).toBeDefined();
        expect(item.wear).toMatch(/^0\.\d{5}$/);
        const wear = Number(item.wear);
        expect(wear).toBeGreaterThanOrEqual(exterior!.min);
        expect(wear).toBeLessThan(exterior!.max);
        expect(item.marketHashName).toBe(`${item.name} (${item.exterior})`);
        expect(Number.isInteger(item.paintSeed)).toBe(true);
        expect(item.paintSeed).toBeGreaterThanOrEqual(1);
        expect(item.paintSeed).toBeLessThanOrEqual(1000);
      }
      if (GUN_TYPES.has(item.type)) {
        const stickers = item.stickers ?? [];
        expect(stickers.length).toBeLessThanOrEqual(5);
        const slots = stickers.map((s) => s.slot);
        expect(new Set(slots).size).toBe(slots.length);
        for (const sticker of stickers) {
          expect(sticker.name).toMatch(/^Sticker \| /);
          expect(sticker.slot).toBeGreaterThanOrEqual(0);
          expect(sticker.slot).toBeLessThanOrEqual(4);
          expect(sticker.wear).toBeGreaterThanOrEqual(0);
          expect(sticker.wear).toBeLessThanOrEqual(1);
          expect(sticker.iconUrl).toMatch(/^[A-Za-z0-9_-]+$/);
        }
      } else {
        expect(item.stickers).toBeUndefined();
      }
    }
  });

  it('gives Rust stacks an amount and a maxAmount that is never above it and sometimes below', () => {
    for (const item of rust) {
      expect(item.appid).toBe(252490);
      expect(Number.isInteger(item.amount)).toBe(true);
      expect(item.amount).toBeGreaterThanOrEqual(1);
      expect(item.amount).toBeLessThanOrEqual(5000);
      expect(item.exterior).toBeUndefined();
      expect(item.wear).toBeUndefined();
      expect(item.stickers).toBeUndefined();
      if (item.offer) expect(item.offer.maxAmount).toBeLessThanOrEqual(item.amount!);
      if (item.type !== 'Resource') expect(item.amount).toBe(1);
    }
    const stacks = rust.filter((item) => (item.amount ?? 1) > 1);
    expect(stacks.length).toBeGreaterThan(50);
    expect(stacks.some((item) => item.offer && item.offer.maxAmount! < item.amount!)).toBe(true);
    expect(stacks.some((item) => item.offer && item.offer.maxAmount === item.amount)).toBe(true);
    expect(rust.some((item) => item.name === 'Wood' || item.name === 'Sulfur Ore')).toBe(true);
  });
});

describe('createMockInventory: a realistic mix in 1,000 items', () => {
  const share = (rows: RawInventoryItem[], test: (item: RawInventoryItem) => boolean) => rows.filter(test).length / rows.length;

  it.each<[string, (item: RawInventoryItem) => boolean, number, number]>([
    ['not tradable', (i) => !i.tradable, 0.04, 0.13],
    ['not accepted', (i) => !i.accepted, 0.03, 0.12],
    ['not accepted, with an offer', (i) => !i.accepted && i.offer !== undefined, 0.005, 0.08],
    ['not accepted, without an offer', (i) => !i.accepted && i.offer === undefined, 0.005, 0.08],
    ['StatTrak™', (i) => i.name.includes('StatTrak™ ') && i.marketHashName.includes('StatTrak™ '), 0.05, 0.16],
    ['★ knives and gloves', (i) => i.name.startsWith('★ '), 0.04, 0.14],
    ['★ StatTrak™ knives', (i) => i.name.startsWith('★ StatTrak™ '), 0.003, 0.05],
    ['Souvenir', (i) => i.name.startsWith('Souvenir '), 0.002, 0.05],
    ['without exterior', (i) => i.exterior === undefined, 0.2, 0.5],
    ['guns with five stickers', (i) => i.stickers?.length === 5, 0.01, 0.2],
    ['guns with no stickers', (i) => i.stickers?.length === 0, 0.15, 0.5],
  ])('has %s items', (_label, test, min, max) => {
    const value = share(cs2, test);
    expect(value).toBeGreaterThanOrEqual(min);
    expect(value).toBeLessThanOrEqual(max);
  });

  it.each(['Sticker', 'Container', 'Agent', 'Knife', 'Gloves'])('has %s rows', (type) => {
    expect(cs2.some((item) => item.type === type)).toBe(true);
  });

  it('has ★ gloves with the Extraordinary rarity and vanilla knives without wear', () => {
    const glove = cs2.find((item) => item.type === 'Gloves');
    expect(glove?.name.startsWith('★ ')).toBe(true);
    expect(glove?.rarity).toBe('Extraordinary');
    expect(cs2.some((item) => item.type === 'Knife' && item.exterior === undefined && !item.name.includes('|'))).toBe(true);
  });

  it('has Rust rows that cannot be deposited too', () => {
    expect(share(rust, (i) => !i.tradable)).toBeGreaterThan(0.03);
    expect(share(rust, (i) => !i.accepted)).toBeGreaterThan(0.03);
  });
});
