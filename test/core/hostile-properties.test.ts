// Issue 4, property-based: hostile-but-valid rows (markup names, prototype-key ids, foreign icon
// URLs, broken cosmetics) mixed with garbage and with rows broken in exactly one required field.
// properties.test.ts already proves the parser on `v-<n>` ids and plain values; this adds hostile
// ids and values, the JSON wire, broken envelopes, and selection runs with refetches and repairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssetPayError,
  createSelectionStore,
  fromCents,
  isDepositable,
  MAX_USD,
  maxDepositAmount,
  parseInventoryItems,
  parseInventoryResponse,
  STEAM_IMAGE_HOSTS,
  steamIconUrl,
  type InventoryItem,
  type RepairReason,
  type SelectionAction,
} from '../../src/core/index.js';
import { inventoryEnvelope } from './makeItem.js';

const PROTO_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineSetter__'] as const;
const LONG = '<img src=x onerror=alert(1)>'.repeat(400).slice(0, 10_000);
const HOSTILE_TEXT = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '\u202eevil', '', LONG];
const HOSTILE_ICONS = [
  'javascript:alert(1)',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  '//evil.com/x.png',
  'https://evil.com/x.png',
  'https://steamcommunity-a.akamaihd.net.evil.com/x',
  'https://evil@community.cloudflare.steamstatic.com/x',
  'https://community.cloudflare.steamstatic.com@evil.com/x',
  'http://community.cloudflare.steamstatic.com/economy/image/abc',
  ' https://community.cloudflare.steamstatic.com/x',
  'https://community.cloudflare.steamstatic.com/economy/image/abc',
  'abcDEF_123-xyz',
];
const HOSTILE_COLOURS = ['red; background:url(x)', '#12345g', 'expression(alert(1))', 'url(javascript:alert(1))', '#D32CE6', '#4b69ff'];

const junk = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withDate: true, withBigInt: true });
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 20, unit: 'binary' }), fc.constantFrom(...HOSTILE_TEXT));
const usd = fc.integer({ min: 0, max: MAX_USD * 100 }).map(fromCents);
/** Ids the parser must keep: any non-empty string up to 256, prototype keys included. Never starting with NUL. */
const validId = fc
  .oneof(fc.constantFrom(...PROTO_IDS), fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }), fc.constant('i'.repeat(256)))
  .filter((id) => !id.startsWith('\u0000'));

/** A row that must be kept: required fields right, everything optional either right or junk a soft field drops. */
const validBody = (json: boolean) =>
  fc.record(
    {
      appid: fc.constantFrom(730, 252490, 440),
      contextid: fc.oneof(fc.constant(2), fc.string()),
      name: fc.oneof(text, fc.integer()),
      marketHashName: text,
      iconUrl: fc.oneof(fc.constantFrom(...HOSTILE_ICONS), fc.string({ maxLength: 30 })),
      tradable: fc.boolean(),
      accepted: fc.boolean(),
      offer: fc.oneof(
        fc.constant(null),
        fc.record(
          { price: usd, reference: fc.string({ maxLength: 20 }), maxAmount: fc.integer({ min: 1, max: 1e12 }), accepted: fc.oneof(fc.boolean(), fc.string()) },
          { requiredKeys: ['price'] },
        ),
      ),
      amount: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      marketPrice: fc.oneof(usd, fc.constantFrom(1e308, -1, 12.345, 'abc', '12.5')),
      exterior: text,
      wear: fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.constant(null)),
      rarity: fc.oneof(fc.constantFrom('Covert', ...PROTO_IDS), text),
      color: fc.oneof(fc.constantFrom(...HOSTILE_COLOURS), fc.string({ maxLength: 10 })),
      paintSeed: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double(), fc.string()),
      stickers: fc.oneof(
        fc.array(fc.record({ name: text, slot: fc.integer({ min: -1, max: 6 }), wear: fc.oneof(fc.double(), fc.constant(null)), iconUrl: fc.constantFrom(...HOSTILE_ICONS) }), { maxLength: 5 }),
        json ? fc.jsonValue() : junk,
      ),
      charm: json ? fc.jsonValue() : junk,
      doppler: json ? fc.jsonValue() : junk,
      fade: json ? fc.jsonValue() : junk,
      hardened: json ? fc.jsonValue() : junk,
    },
    { requiredKeys: ['appid', 'tradable'] },
  );

/** Unique valid ids, each with a valid body. */
const validRows = (json: boolean) =>
  fc.uniqueArray(validId, { maxLength: 12 }).chain((ids) =>
    fc.tuple(...ids.map(() => validBody(json))).map((bodies) => bodies.map((body, i): Record<string, unknown> => ({ ...body, id: ids[i]! }))),
  );

/** Values that break a required field for good, whatever the rest of the row says (JSON-safe). */
const BROKEN: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.constantFrom('', 'x'.repeat(257), null, 42, true), fc.array(fc.string(), { maxLength: 2 })),
  appid: fc.oneof(fc.string(), fc.constantFrom(1.5, 2 ** 60, -0.5, null, true), fc.double({ noInteger: true })),
  tradable: fc.oneof(fc.string(), fc.integer(), fc.constantFrom(null, undefined)),
  accepted: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
  amount: fc.oneof(fc.constantFrom(0, 1.5, 2 ** 60, null, '3', 1e308), fc.integer({ min: -1e6, max: -1 })),
  offer: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant([])),
  'offer.price': fc.oneof(
    fc.constantFrom(Number.NaN, null, undefined, -0.01, 1e308, MAX_USD + 0.01, '12.5', 'abc', true),
    fc.integer({ min: -1e6, max: -1 }),
    fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100 + 0.001),
  ),
  'offer.maxAmount': fc.oneof(fc.constantFrom(0, 2.5, null, '10'), fc.integer({ min: -50, max: -1 })),
};
/** A valid row with one required field broken; its id is NUL-prefixed, so it can never clash with a valid one. */
const brokenRow = (json: boolean) =>
  fc.tuple(validBody(json), fc.constantFrom(...Object.keys(BROKEN)), fc.nat(1000)).chain(([body, key, n]) =>
    BROKEN[key]!.map((value) => {
      const row: Record<string, unknown> = { ...body, id: `\u0000g${n}` };
      if (key.startsWith('offer.')) row.offer = { price: 1, ...(body.offer ?? {}), [key.slice(6)]: value };
      else row[key] = value;
      return row;
    }),
  );

/** Garbage that is not a valid row; a junk object that carries a valid id is wrapped in an array (never valid). */
function noise(json: boolean) {
  return fc.oneof(fc.jsonValue(), json ? fc.jsonValue() : junk, brokenRow(json), fc.constantFrom(null, [], {}, 'row', 0));
}

function interleave(valid: unknown[], bad: unknown[], picks: boolean[]): unknown[] {
  const rows: unknown[] = [];
  const queues = [[...valid], [...bad]];
  for (const pick of picks) {
    const queue = queues[pick ? 0 : 1]!;
    if (queue.length) rows.push(queue.shift());
  }
  return [...rows, ...queues[0]!, ...queues[1]!];
}

function checkParsed(valid: Record<string, unknown>[], rows: unknown[], items: InventoryItem[], rejected: { index: number; reason: string }[]) {
  const validIds = valid.map((row) => row.id as string);
  expect(items.map((item) => item.id).filter((id) => validIds.includes(id))).toEqual(validIds);
  expect(items.length + rejected.length).toBe(rows.length);
  expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  for (const r of rejected) {
    expect(Number.isInteger(r.index) && r.index >= 0 && r.index < rows.length).toBe(true);
    expect(r.reason).toEqual(expect.any(String));
    expect(r.reason).not.toBe('');
  }
  for (const item of items) {
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(typeof item.name).toBe('string');
    if (item.color !== undefined) expect(item.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    if (item.offer) expect(Number.isSafeInteger(item.offer.priceCents) && item.offer.priceCents >= 0).toBe(true);
    if (item.marketPriceCents !== null) expect(Number.isSafeInteger(item.marketPriceCents) && item.marketPriceCents >= 0).toBe(true);
    if (item.amount !== undefined) expect(Number.isSafeInteger(item.amount) && item.amount >= 1).toBe(true);
    const icons = [item.iconUrl, item.charm?.iconUrl, ...item.stickers.map((sticker) => sticker.iconUrl)];
    for (const icon of icons) {
      const url = steamIconUrl(icon, { size: 128 });
      if (url !== null) {
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(STEAM_IMAGE_HOSTS).toContain(parsed.hostname);
        expect(parsed.username + parsed.password + parsed.port).toBe('');
      }
    }
  }
}

describe('the inventory parser under hostile rows', () => {
  it('every valid row comes out, in order, among garbage and broken rows (objects)', () => {
    fc.assert(
      fc.property(validRows(false), fc.array(noise(false), { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 24 }), (valid, bad, picks) => {
        const ids = new Set(valid.map((row) => row.id));
        const safeBad = bad.map((row) => (typeof row === 'object' && row !== null && ids.has((row as { id?: unknown }).id as string) ? [row] : row));
        const rows = interleave(valid, safeBad, picks);
        const page = parseInventoryResponse(inventoryEnvelope(rows));
        checkParsed(valid, rows, page.items, page.rejected);
        // Every broken row is reported, never kept.
        for (const [index, row] of rows.entries()) {
          if (typeof row === 'object' && row !== null && String((row as { id?: unknown }).id).startsWith('\u0000g')) {
            expect(page.rejected.some((r) => r.index === index)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the same holds through JSON text, as fetch hands it over', () => {
    fc.assert(
      fc.property(validRows(true), fc.array(noise(true), { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 24 }), (valid, bad, picks) => {
        const ids = new Set(valid.map((row) => row.id));
        const safeBad = bad.map((row) => (typeof row === 'object' && row !== null && ids.has((row as { id?: unknown }).id as string) ? [row] : row));
        const body = JSON.parse(JSON.stringify(inventoryEnvelope(interleave(valid, safeBad, picks)))) as { data: { inventory: unknown[] } };
        const page = parseInventoryResponse(body);
        checkParsed(valid, body.data.inventory, page.items, page.rejected);
      }),
      { numRuns: 150 },
    );
  });

  it('a row repeated later in the response is reported as a duplicate, the first copy kept', () => {
    fc.assert(
      fc.property(validRows(false), fc.array(fc.nat(), { maxLength: 6 }), (valid, repeats) => {
        const copies = valid.length ? repeats.map((n) => ({ ...valid[n % valid.length]!, name: 'copy' })) : [];
        const { items, rejected } = parseInventoryItems([...valid, ...copies]);
        expect(items.map((item) => item.id)).toEqual(valid.map((row) => row.id));
        expect(rejected.map((r) => r.index)).toEqual(copies.map((_, i) => valid.length + i));
        for (const r of rejected) expect(r.reason).toMatch(/duplicate/);
      }),
      { numRuns: 100 },
    );
  });
});

const ENVELOPE_PATHS = ['', 'requestId', 'success', 'data', 'data.inventory', 'data.count', 'data.updatedAt', 'data.collateral'] as const;
const PROTO_JSON = ['{"__proto__":{"success":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"__proto__":{"polluted":true},"success":true}'];

describe('the inventory envelope under hostile values', () => {
  it('one envelope field replaced by anything: a page or INVALID_RESPONSE, nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENVELOPE_PATHS),
        fc.oneof(junk, fc.jsonValue(), fc.constantFrom(...PROTO_JSON).map((json) => JSON.parse(json) as unknown)),
        fc.array(fc.oneof(junk, brokenRow(false)), { maxLength: 4 }),
        (path, value, rows) => {
          const body: Record<string, unknown> = inventoryEnvelope(rows);
          const data = body.data as Record<string, unknown>;
          let input: unknown = body;
          if (path === '') input = value;
          else if (path.startsWith('data.')) data[path.slice(5)] = value;
          else body[path] = value;
          try {
            const page = parseInventoryResponse(input);
            expect(Number.isSafeInteger(page.count) && page.count >= 0).toBe(true);
            expect(Number.isNaN(page.updatedAt.getTime())).toBe(false);
            expect(page.collateral).toBeGreaterThanOrEqual(0);
            expect(page.collateralCents).toBeGreaterThanOrEqual(0);
            expect(page.items.length + page.rejected.length).toBe((input as { data: { inventory: unknown[] } }).data.inventory.length);
          } catch (error) {
            expect(error).toBeInstanceOf(AssetPayError);
            expect((error as AssetPayError).key).toBe('INVALID_RESPONSE');
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).success).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prototype keys anywhere in the JSON text never reach Object.prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...PROTO_JSON), (value, proto) => {
        const text = JSON.stringify(inventoryEnvelope([value, JSON.parse(proto) as unknown])).replace('"success":true', `"x":${proto},"success":true`);
        try {
          parseInventoryResponse(JSON.parse(text));
        } catch (error) {
          expect(error).toBeInstanceOf(AssetPayError);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

// ---- selection runs with refetches and repairs ----

const POOL = ['__proto__', 'constructor', 'toString', 'a', 'b', 'hasOwnProperty', 'valueOf', 'c', 'd', 'e'] as const;
interface Spec {
  appid: number;
  priceCents: number;
  tradable: boolean;
  accepted: boolean;
  hasOffer: boolean;
  amount?: number;
  maxAmount?: number;
}
const likely = fc.integer({ min: 0, max: 5 }).map((n) => n > 0);
const spec: fc.Arbitrary<Spec> = fc.record(
  {
    appid: fc.oneof({ arbitrary: fc.constantFrom(730, 252490), weight: 8 }, { arbitrary: fc.constant(440), weight: 1 }),
    priceCents: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: MAX_USD * 100 })),
    tradable: likely,
    accepted: likely,
    hasOffer: likely,
    amount: fc.integer({ min: 1, max: 1e9 }),
    maxAmount: fc.integer({ min: 1, max: 20_000 }),
  },
  { requiredKeys: ['appid', 'priceCents', 'tradable', 'accepted', 'hasOffer'] },
);
const rawRow = (id: string, s: Spec) => ({
  id,
  appid: s.appid,
  name: `<b>${id}</b>`,
  tradable: s.tradable,
  accepted: s.accepted,
  amount: s.amount,
  marketPrice: s.priceCents % 2 ? fromCents(s.priceCents) : 'abc',
  offer: s.hasOffer ? { price: fromCents(s.priceCents), reference: `r${s.priceCents}`, maxAmount: s.maxAmount } : undefined,
});

type Step =
  | { t: 'toggle' | 'deselect' | 'selectRange'; i: number }
  | { t: 'select'; i: number; amount?: number }
  | { t: 'setAmount'; i: number; amount: number }
  | { t: 'selectAll' | 'remove'; is: number[] }
  | { t: 'clear' | 'acknowledge' }
  | { t: 'refetch'; changes: [number, Spec][]; keep: number[]; garbage: unknown[]; complete: boolean; game?: number }
  | { t: 'repair'; remove: number[]; clamp: [number, number][] };

const idx = fc.nat(POOL.length - 1);
const weirdAmount = fc.oneof(fc.integer({ min: -5, max: 25_000 }), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5, 1e308));
const REASONS: RepairReason[] = ['no-offer', 'unavailable', 'not-accepted', 'overstocked', 'max-amount', 'not-owned'];
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constantFrom('toggle' as const, 'deselect' as const, 'selectRange' as const), i: idx }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('select' as const), i: idx, amount: fc.option(weirdAmount, { nil: undefined }) }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('setAmount' as const), i: idx, amount: weirdAmount }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constantFrom('selectAll' as const, 'remove' as const), is: fc.array(idx, { maxLength: 10 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constantFrom('clear' as const, 'acknowledge' as const) }), weight: 1 },
  {
    arbitrary: fc.record(
      {
        t: fc.constant('refetch' as const),
        changes: fc.array(fc.tuple(idx, spec), { maxLength: 4 }),
        keep: fc.array(idx, { maxLength: 12 }),
        garbage: fc.array(fc.oneof(fc.jsonValue(), fc.constantFrom(null, [], { id: 'a', appid: '730' })), { maxLength: 3 }),
        complete: fc.boolean(),
        game: fc.constantFrom(730, 252490),
      },
      { requiredKeys: ['t', 'changes', 'keep', 'garbage', 'complete'] },
    ),
    weight: 3,
  },
  {
    arbitrary: fc.record({ t: fc.constant('repair' as const), remove: fc.array(idx, { maxLength: 3 }), clamp: fc.array(fc.tuple(idx, weirdAmount), { maxLength: 3 }) }),
    weight: 2,
  },
);

describe('selection invariants with hostile ids, refetches and repairs', () => {
  it('cap, amounts 1..max, depositable, one game, own keys, exact totals after every action', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: POOL.length, maxLength: POOL.length }), fc.integer({ min: 1, max: 6 }), fc.array(step, { minLength: 10, maxLength: 50 }), (specs, maxItems, steps) => {
        let specsNow = specs;
        const parse = (rows: unknown[]) => parseInventoryItems(rows).items;
        let pool = parse(POOL.map((id, i) => rawRow(id, specsNow[i]!)));
        const byIndex = (i: number) => pool.find((item) => item.id === POOL[i]) ?? pool[0]!;
        const store = createSelectionStore({ maxItems });
        for (const s of steps) {
          let action: SelectionAction;
          switch (s.t) {
            case 'toggle':
              action = { type: 'toggle', item: byIndex(s.i) };
              break;
            case 'select':
              action = { type: 'select', item: byIndex(s.i), amount: s.amount };
              break;
            case 'deselect':
              action = { type: 'deselect', id: POOL[s.i]! };
              break;
            case 'selectRange':
              action = { type: 'selectRange', items: pool, toId: POOL[s.i]! };
              break;
            case 'setAmount':
              action = { type: 'setAmount', id: POOL[s.i]!, amount: s.amount };
              break;
            case 'selectAll':
              action = { type: 'selectAll', items: s.is.map(byIndex) };
              break;
            case 'remove':
              action = { type: 'remove', ids: s.is.map((i) => POOL[i]!) };
              break;
            case 'clear':
            case 'acknowledge':
              action = { type: s.t };
              break;
            case 'refetch': {
              // Fresh data may change anything, the game included; garbage rows are rejected by the parser.
              specsNow = specsNow.map((old, i) => s.changes.find(([j]) => j === i)?.[1] ?? old);
              const fresh = POOL.map((id, i) => rawRow(id, specsNow[i]!));
              const listed = s.complete ? fresh : s.keep.map((i) => fresh[i]!);
              pool = parse(fresh);
              action = { type: 'sync', items: parse([...s.garbage, ...listed, ...listed]), complete: s.complete, game: s.game };
              break;
            }
            case 'repair':
              action = {
                type: 'repair',
                remove: s.remove.map((i, n) => ({ id: POOL[i]!, reason: REASONS[n % REASONS.length]! })),
                clamp: s.clamp.map(([i, amount], n) => ({ id: POOL[i]!, amount, reason: REASONS[(n + 3) % REASONS.length]! })),
              };
              break;
          }
          const before = store.getState().entries;
          store.dispatch(action);
          const state = store.getState();
          const { entries } = state;
          const ids = Object.keys(entries);
          expect(Object.getPrototypeOf(entries)).toBe(Object.prototype);
          expect(ids.length).toBeLessThanOrEqual(maxItems);
          expect(new Set(ids.map((id) => entries[id]!.item.appid)).size).toBeLessThanOrEqual(1);
          for (const id of ids) {
            const { item, amount } = entries[id]!;
            expect(item.id).toBe(id);
            expect(isDepositable(item)).toBe(true);
            expect(Number.isInteger(amount) && amount >= 1 && amount <= maxDepositAmount(item)).toBe(true);
            expect(store.amountOf(id)).toBe(amount);
            expect(store.isSelected(id)).toBe(true);
          }
          if (action.type === 'repair') {
            // A repair only ever takes away: no new ids, no amount goes up.
            for (const id of ids) {
              expect(Object.hasOwn(before, id)).toBe(true);
              expect(entries[id]!.amount).toBeLessThanOrEqual(before[id]!.amount);
            }
          }
          for (const change of state.priceChanges) expect(Object.hasOwn(entries, change.id)).toBe(true);
          const totals = store.getTotals();
          const exact = ids.reduce((sum, id) => sum + entries[id]!.item.offer!.priceCents * entries[id]!.amount, 0);
          expect(totals.totalCents).toBe(exact);
          expect(totals.totalCents).toBe(totals.selectedItems.reduce((sum, line) => sum + line.lineTotalCents, 0));
          expect(totals.count).toBe(ids.length);
          expect(totals.units).toBe(ids.reduce((sum, id) => sum + entries[id]!.amount, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
