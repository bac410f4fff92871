// Contract check of the HTTP requests the client BUILDS, per API variant. The rules below are
// written from the published contracts (not from src/, not copied from the SDK), so a wrong
// reading of the contract in src/ fails here.
//
// Where each rule comes from:
// [oas] assetpaygg/assetpay-sdk `openapi.json` (OpenAPI 3.1 "AssetPay Public API" 0.8.3, the .gg variant):
//   - offset ≈1.5k  components.securitySchemes.ClientToken = { type: http, scheme: bearer, bearerFormat: JWT };
//                   every /client/* path has `security: [{ ClientToken: [] }]`            → .gg `Authorization: Bearer <jwt>`
//   - offset ≈431k  paths./client/inventory.get.parameters:
//                   refresh, acceptedOnly: boolean | "true"|"false" (default false);
//                   game: integer, exclusiveMinimum 0, default 730; search: string; sort: string (no enum);
//                   minPrice, maxPrice: number | null; page: integer, exclusiveMinimum 0, default 1;
//                   limit: integer | null, default 50 (no bounds). No `perPage` parameter.
//   - offset ≈463k  paths./client/trades.get.parameters:
//                   cursor: string; limit: integer, exclusiveMinimum 0, maximum 100, default 20;
//                   type: enum ["deposit","withdraw"] (lower case); game: string, default "730". No `page`.
//   - offset ≈486k  /client/trades 200: data { items: Trade[], nextCursor: string | null } (both required).
//   - offset ≈740k  paths./client/trading/deposit.post.requestBody: root { items, game, externalId, isInstant },
//                   required ["items"], additionalProperties: false (root only; no `tradeUrl` on this path);
//                   items: minItems 1, maxItems 250; item { itemId: string 5–256, price: number exclusiveMinimum 0,
//                   amount: integer 1–10000 default 1 }, required ["itemId","price"];
//                   game: string default "730"; externalId: string 1–128; isInstant: boolean default false.
// [sdk] assetpaygg/assetpay-sdk source:
//   - src/internal/http.ts: `accept: application/json`, `x-request-id` UUID v4 (checked against a v4 regex),
//     `content-type: application/json` only when there is a body.
//   - src/internal/token.ts ClientSession.headers(): `authorization: Bearer <token>`.
//   - src/internal/util.ts checkExternalId: not blank, no comma, ≤ 128; withBodyGame: body `game` is String(game).
//   - src/types/api.ts: ItemSort = relevance|priceAsc|priceDesc|nameAsc|nameDesc; DepositItem { itemId, price, amount? };
//     TradeListQuery { cursor?, limit?, type?: 'deposit'|'withdraw', game? }.
// [gg] assetpay.gg/docs/api-reference/client/get-inventory: `search` max 100 chars, `sort` the five values above,
//     `limit` "-1 to disable pagination", game "730" | "252490".
// [co] docs.assetpay.co (the primary contract):
//   - /api-reference/introduction: `Authorization: <client token>` (raw, no scheme).
//   - /api-reference/client/get-inventory: game (number, 730 | 252490), refresh (boolean), search, sort (string,
//     no values listed), minPrice, maxPrice (number), page (number, 1), perPage (number, 50). No `limit`, no `acceptedOnly`.
//   - /api-reference/trading/deposit: items (min 1) of { itemId 5–256, offer?: { price, reference } — both
//     required when offer is sent, amount?: number default 1 max 10000 }, game "730" | "252490" (a string),
//     externalId max 128, isInstant boolean (default true).
//   - /api-reference/client/get-trades: type "DEPOSIT" | "WITHDRAW", game (string, 730), page (1), limit (10).
// [ours] rules of this library on top of the contracts (assetpay-api.md §3.1, §5, §6, §7): always send
//     `isInstant` (the sources disagree on its default), always send `offer` on .co (left out = a price the user
//     did not see), always send `game` on trade look-ups (default 730 hides Rust trades), 250 items as the .co cap.
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import {
  createAssetPayClient,
  createDeposit,
  DepositRequestError,
  fetchInventory,
  fetchTradesPage,
  findTradeByExternalId,
  isDepositable,
  submitDeposit,
  toDepositBody,
  toDepositRequest,
  type ApiVariant,
  type DepositRequest,
  type InventoryItem,
  type InventoryParams,
  type SelectionEntry,
  type SelectionValue,
} from '../../src/core/index.js';
import { TOKEN } from '../core/fakeFetch.js';
import { cs2Item, inventoryEnvelope, rawCs2Row, rawRustRow, rustItem } from '../core/makeItem.js';

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const JWT = '[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+';

/** A query value that is an integer, as the server would read it. */
const intParam = (ok: (n: number) => boolean = () => true, message = 'out of range') =>
  v.pipe(v.string(), v.regex(/^-?\d+$/, 'not an integer'), v.transform(Number), v.safeInteger(), v.check(ok, message));
/** A query value that is a plain decimal number. */
const numberParam = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'not a number'), v.transform(Number), v.finite());
/** [oas] `boolean | "true" | "false"`; on the wire both read as the strings. */
const boolParam = v.picklist(['true', 'false']);
/** The two games, as the query and the deposit body name them. */
const GAMES = ['730', '252490'] as const;
const SORTS = ['relevance', 'priceAsc', 'priceDesc', 'nameAsc', 'nameDesc'] as const;

/** Every `/client/*` request: auth scheme per variant, JSON accept, a v4 request id, JSON content type with a body. */
const headerRule = (variant: ApiVariant, withBody: boolean) =>
  v.looseObject({
    // [oas] ClientToken is HTTP bearer; [sdk] token.ts sends `Bearer`. [co] introduction shows the raw token.
    authorization: v.pipe(v.string(), v.regex(variant === 'gg' ? new RegExp(`^Bearer ${JWT}$`) : new RegExp(`^${JWT}$`), `wrong ${variant} auth scheme`)),
    accept: v.pipe(v.string(), v.includes('application/json')),
    'x-request-id': v.pipe(v.string(), v.regex(UUID_V4, 'x-request-id is not a UUID v4')),
    'content-type': withBody ? v.pipe(v.string(), v.startsWith('application/json')) : v.optional(v.never('content-type without a body')),
  });

const ggInventoryQuery = v.strictObject({
  // [oas] integer > 0, default 730; [gg] "730" | "252490".
  game: v.optional(intParam((n) => n > 0 && (n === 730 || n === 252490), 'game is not 730 or 252490')),
  refresh: v.optional(boolParam),
  acceptedOnly: v.optional(boolParam),
  // [oas] string; [gg] max 100 chars.
  search: v.optional(v.pipe(v.string(), v.maxLength(100))),
  // [oas] free string; [gg]/[sdk] ItemSort.
  sort: v.optional(v.picklist(SORTS)),
  minPrice: v.optional(numberParam),
  maxPrice: v.optional(numberParam),
  // [oas] integer, exclusiveMinimum 0.
  page: v.optional(intParam((n) => n > 0, 'page is not > 0')),
  // [oas] integer | null, default 50; [gg] -1 turns paging off. Any other value < 1 is no page size.
  limit: v.optional(intParam((n) => n === -1 || n >= 1, 'limit is neither -1 nor ≥ 1')),
});

const coInventoryQuery = v.strictObject({
  // [co] number, 730 = CS2, 252490 = Rust.
  game: v.optional(intParam((n) => n === 730 || n === 252490, 'game is not 730 or 252490')),
  refresh: v.optional(boolParam),
  search: v.optional(v.string()),
  // [co] "Sort order", no values listed: any string.
  sort: v.optional(v.string()),
  minPrice: v.optional(numberParam),
  maxPrice: v.optional(numberParam),
  page: v.optional(intParam((n) => n >= 1, 'page is not ≥ 1')),
  // [co] the page size is `perPage` (number, default 50); no "-1 = all" on .co.
  perPage: v.optional(intParam((n) => n >= 1, 'perPage is not ≥ 1')),
});

const ggTradesQuery = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.minLength(1))),
  // [oas] integer, exclusiveMinimum 0, maximum 100.
  limit: v.optional(intParam((n) => n > 0 && n <= 100, 'limit is not in 1–100')),
  // [oas] enum, lower case. [ours] a look-up of deposits always names its type.
  type: v.picklist(['deposit', 'withdraw']),
  // [oas] string, default "730". [ours] always sent, or a Rust trade is never listed.
  game: v.picklist(GAMES),
});

const coTradesQuery = v.strictObject({
  // [co] "DEPOSIT" | "WITHDRAW", upper case.
  type: v.picklist(['DEPOSIT', 'WITHDRAW']),
  game: v.picklist(GAMES),
  // [co] page (number, default 1), limit (number, default 10; no maximum documented).
  page: v.optional(intParam((n) => n >= 1, 'page is not ≥ 1')),
  limit: v.optional(intParam((n) => n >= 1, 'limit is not ≥ 1')),
});

const itemId = v.pipe(v.string(), v.minLength(5), v.maxLength(256));
const amount = v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10_000)));
const price = v.pipe(v.number(), v.finite(), v.gtValue(0));
// [oas] 1–128; [sdk] checkExternalId: not blank, no comma. [co] max 128.
const externalId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(128),
  v.excludes(','),
  v.check((s) => s.trim() !== '', 'blank externalId'),
);

const ggDepositBody = v.strictObject({
  items: v.pipe(
    v.array(
      // [oas] sets additionalProperties false on the root only; [ours] items carry the declared keys only, so a
      // .co `offer` riding along with `price` fails too.
      v.strictObject({ itemId, price, amount }),
    ),
    v.minLength(1),
    v.maxLength(250),
  ),
  // [oas] string; [sdk] withBodyGame sends String(game).
  game: v.picklist(GAMES),
  externalId,
  // [ours] always present: [oas] default false, [gg] docs default true.
  isInstant: v.boolean(),
});

const coDepositBody = v.strictObject({
  items: v.pipe(
    v.array(
      v.strictObject({
        itemId,
        // [co] optional, but then price and reference are both required; [ours] always sent.
        offer: v.strictObject({ price, reference: v.pipe(v.string(), v.minLength(1)) }),
        amount,
      }),
    ),
    v.minLength(1),
    // [co] states no maximum (TOO_MANY_ITEMS exists); 250 is the .gg cap used as the safe UI cap (§3.1).
    v.maxLength(250),
  ),
  game: v.picklist(GAMES),
  externalId,
  // [co] default true; [ours] always sent.
  isInstant: v.boolean(),
});

const RULES = {
  co: { inventory: coInventoryQuery, trades: coTradesQuery, deposit: coDepositBody },
  gg: { inventory: ggInventoryQuery, trades: ggTradesQuery, deposit: ggDepositBody },
} as const;

type AnySchema = v.GenericSchema<unknown, unknown>;

const problems = (schema: AnySchema, value: unknown): string[] => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
};

const expectValid = (schema: AnySchema, value: unknown, what: string) =>
  expect(problems(schema, value), `${what}: ${JSON.stringify(value)?.slice(0, 400)}`).toEqual([]);

const expectInvalid = (schema: AnySchema, value: unknown) => expect(problems(schema, value)).not.toEqual([]);

// ---------------------------------------------------------------------------------------------
// A fake fetch that records what the client builds
// ---------------------------------------------------------------------------------------------

const BASE = { co: 'https://api.assetpay.co', gg: 'https://api.assetpay.gg' } as const;
const VARIANTS = ['co', 'gg'] as const;

interface Recorded {
  method: string;
  url: URL;
  path: string;
  names: string[];
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = () => Response;
const json = (body: unknown, status = 200): Reply => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function defaultReply(variant: ApiVariant, path: string): Response {
  if (path === '/client/inventory') return json(inventoryEnvelope([], { count: 0, collateral: 0 }))();
  if (path === '/client/trading/deposit') {
    return json({ requestId: crypto.randomUUID(), success: true, data: { id: crypto.randomUUID(), status: variant === 'co' ? 'INITIATED' : 'initiated', items: [] } })();
  }
  if (path === '/client/trades') {
    return json({ requestId: 'req-trades', success: true, data: variant === 'co' ? { trades: [], count: 0 } : { items: [], nextCursor: null } })();
  }
  return json({ requestId: 'req-404', success: false, error: { code: 1003, key: 'NOT_FOUND', message: 'no route' } }, 404)();
}

/** A client of `variant` over a fake fetch; `replies` answer a path in turn (the last one repeats). */
function wire(variant: ApiVariant, replies: Partial<Record<string, Reply[]>> = {}) {
  const calls: Recorded[] = [];
  const queues = new Map(Object.entries(replies).map(([path, list]) => [path, [...(list ?? [])]]));
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init = {}) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const raw = init.body;
    calls.push({
      method: init.method ?? 'GET',
      url,
      path: url.pathname,
      names: [...url.searchParams.keys()],
      query: Object.fromEntries(url.searchParams),
      headers,
      body: raw === undefined || raw === null ? undefined : JSON.parse(String(raw)),
    });
    const queue = queues.get(url.pathname);
    const next = queue && queue.length > 0 ? (queue.length > 1 ? queue.shift()! : queue[0]!) : undefined;
    return next ? next() : defaultReply(variant, url.pathname);
  });
  const client = createAssetPayClient({ getToken: () => TOKEN, baseUrl: BASE[variant], fetch });
  return { client, calls };
}

const ROUTES: Record<string, { method: 'GET' | 'POST'; rule: 'inventory' | 'trades' | 'deposit' }> = {
  '/client/inventory': { method: 'GET', rule: 'inventory' },
  '/client/trades': { method: 'GET', rule: 'trades' },
  '/client/trading/deposit': { method: 'POST', rule: 'deposit' },
};

/** One recorded request against the variant's rules: host, path, method, headers, query or body. */
function expectConforms(variant: ApiVariant, call: Recorded) {
  expect(call.url.origin).toBe(BASE[variant]);
  const route = ROUTES[call.path];
  expect(route, `unexpected path ${call.path}`).toBeDefined();
  expect(call.method).toBe(route!.method);
  // No parameter is sent twice.
  expect(new Set(call.names).size, call.url.search).toBe(call.names.length);
  const withBody = route!.method === 'POST';
  expectValid(headerRule(variant, withBody), call.headers, `${variant} headers of ${call.path}`);
  // The token is the one getToken gave, only with the variant's scheme in front.
  expect(call.headers.authorization).toBe(variant === 'gg' ? `Bearer ${TOKEN}` : TOKEN);
  if (withBody) {
    expect(call.names, 'a deposit carries no query').toEqual([]);
    expectValid(RULES[variant].deposit, call.body, `${variant} deposit body`);
  } else {
    expect(call.body).toBeUndefined();
    expectValid(RULES[variant][route!.rule as 'inventory' | 'trades'], call.query, `${variant} ${call.path} query`);
  }
}

const expectAllConform = (variant: ApiVariant, calls: Recorded[]) => {
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) expectConforms(variant, call);
};

const select = (...entries: SelectionEntry[]): SelectionValue => Object.fromEntries(entries.map((entry) => [entry.item.id, entry]));
const only = <T>(list: T[]): T => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe.each(VARIANTS)('variant %s: the base URL picks the rules', (variant) => {
  it('is inferred from the documented production host', () => {
    const { client } = wire(variant);
    expect(client.variant).toBe(variant);
  });
});

const LONG_SEARCH = 'AK-47 | Redline (Field-Tested) & StatTrak™ ★ '.repeat(4).padEnd(150, 'x').slice(0, 150);
const inventoryCases: [string, InventoryParams][] = [
  ['defaults', {}],
  ['CS2 first load with refresh', { game: 730, refresh: true }],
  ['150-character search', { search: LONG_SEARCH }],
  ['search of astral characters (cut must not split a pair)', { search: `a${'🔥'.repeat(60)}` }],
  ['every filter at once, perPage 500', { game: 252490, refresh: false, search: 'Metal Door', sort: 'priceDesc', minPrice: 0.07, maxPrice: 1234.56, page: 2, perPage: 500 }],
  ...SORTS.map((sort): [string, InventoryParams] => [`sort ${sort}`, { sort, page: 1, perPage: 50 }]),
  ['Rust, page 3 of 25', { game: 252490, page: 3, perPage: 25 }],
];

describe.each(VARIANTS)('GET /client/inventory on %s', (variant) => {
  it.each(inventoryCases)('%s', async (_name, params) => {
    const { client, calls } = wire(variant);
    await fetchInventory(client, params);
    const call = only(calls);
    expectConforms(variant, call);
    // The page size goes out under the variant's name, with the value asked for.
    if (params.perPage !== undefined) {
      expect(call.query[variant === 'co' ? 'perPage' : 'limit']).toBe(String(params.perPage));
    }
    expect(call.query.game).toBe(String(params.game ?? 730));
    if (params.search !== undefined) expect(params.search.startsWith(call.query.search!)).toBe(true);
  });

  it('a 150-character search is cut to 100 characters', async () => {
    const { client, calls } = wire(variant);
    await fetchInventory(client, { search: LONG_SEARCH });
    expect(only(calls).query.search).toBe(LONG_SEARCH.slice(0, 100));
  });
});

describe('GET /client/inventory: variant-only parameters', () => {
  it('gg: perPage -1 goes out as limit=-1 (the whole inventory)', async () => {
    const { client, calls } = wire('gg');
    await fetchInventory(client, { game: 730, perPage: -1 });
    const call = only(calls);
    expectConforms('gg', call);
    expect(call.query.limit).toBe('-1');
  });

  it('gg: acceptedOnly goes out as a boolean string', async () => {
    const { client, calls } = wire('gg');
    await fetchInventory(client, { acceptedOnly: true, game: 252490, perPage: -1 });
    const call = only(calls);
    expectConforms('gg', call);
    expect(call.query.acceptedOnly).toBe('true');
  });

  it('co: acceptedOnly is not in the .co contract and is not sent unless asked for', async () => {
    const { client, calls } = wire('co');
    await fetchInventory(client, { game: 730, page: 1, perPage: 50 });
    expect(only(calls).names).not.toContain('acceptedOnly');
    expectInvalid(coInventoryQuery, { game: '730', acceptedOnly: 'true' });
  });
});

describe.each(VARIANTS)('POST /client/trading/deposit on %s, from a selection', (variant) => {
  const cs2 = cs2Item('a1b2c3d4-e5f6-7890-abcd-ef1234567890', { price: 10.75, reference: 'ref_abc123' });
  const door = rustItem('rust-metal-door-0001', { price: 0.07, amount: 12, maxAmount: 10, reference: 'ref_door' });

  async function send(request: DepositRequest, how: 'create' | 'submit') {
    const { client, calls } = wire(variant);
    await (how === 'create' ? createDeposit(client, request) : submitDeposit(client, request));
    const call = only(calls);
    expectConforms(variant, call);
    // What went out is the variant's wire body of exactly this request.
    expect(call.body).toStrictEqual(JSON.parse(JSON.stringify(toDepositBody(request, client.rules))));
    return call.body as Record<string, unknown> & { items: Record<string, unknown>[] };
  }

  it.each(['create', 'submit'] as const)('one CS2 item (%s)', async (how) => {
    const body = await send(toDepositRequest(select({ item: cs2, amount: 1 }), { externalId: 'dep_unique_123' }), how);
    expect(body.game).toBe('730');
    expect(body.isInstant).toBe(true);
    const [item] = body.items;
    expect(item).not.toHaveProperty('amount');
    if (variant === 'co') expect(item).toStrictEqual({ itemId: cs2.id, offer: { price: 10.75, reference: 'ref_abc123' } });
    else expect(item).toStrictEqual({ itemId: cs2.id, price: 10.75 });
  });

  it.each(['create', 'submit'] as const)('a Rust stack with amount 3 (%s)', async (how) => {
    const body = await send(toDepositRequest(select({ item: door, amount: 3 }), { externalId: 'dep_rust_3', isInstant: false }), how);
    expect(body.game).toBe('252490');
    expect(body.isInstant).toBe(false);
    expect(body.items[0]).toMatchObject({ itemId: door.id, amount: 3 });
    expect(variant === 'co' ? (body.items[0]!.offer as { price: number }).price : body.items[0]!.price).toBe(0.07);
  });

  it('250 items, prices such as 0.07 and 1234.56, a generated externalId', async () => {
    const prices = [0.07, 1234.56, 19.99, 0.3, 9_999_999.99];
    const entries = Array.from({ length: 250 }, (_, i) => ({
      item: cs2Item(`cs2-item-${String(i).padStart(4, '0')}`, { price: prices[i % prices.length]!, reference: `ref-${i}` }),
      amount: 1,
    }));
    const body = await send(toDepositRequest(select(...entries)), 'create');
    expect(body.items).toHaveLength(250);
    expect(body.items.map((item) => (variant === 'co' ? (item.offer as { price: number }).price : item.price))).toEqual(entries.map((e) => e.item.offer!.price));
    expect(typeof body.externalId).toBe('string');
  });

  it('Rust stacks of amount 1 and 10000 and a 128-character externalId', async () => {
    const rock = rustItem('rust-rock-000000001', { price: 1234.56, amount: 20_000, maxAmount: 10_000 });
    const body = await send(toDepositRequest(select({ item: door, amount: 1 }, { item: rock, amount: 10_000 }), { externalId: 'x'.repeat(128) }), 'create');
    expect(body.items.map((item) => item.amount)).toEqual([1, 10_000]);
  });
});

describe.each(VARIANTS)('POST /client/trading/deposit on %s, from the variant’s own inventory rows', (variant) => {
  const ggRows = [
    { id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', assetId: '35412300001', appid: 730, name: 'AK-47 | Redline', tradable: true, offer: { price: 10.75, accepted: true, maxAmount: 1 } },
    { id: 'b2c3d4e5-rust-door-0000-000000000001', assetId: '35412300002', appid: 252490, name: 'Metal Door', tradable: true, amount: 12, offer: { price: 0.07, accepted: true, maxAmount: 10 } },
  ];
  const coRows = [rawCs2Row('a1b2c3d4-e5f6-7890-abcd-ef1234567890')];
  const coRustRows = [rawRustRow('b2c3d4e5-rust-door-0000-000000000001')];

  async function inventory(rows: unknown[], game: 730 | 252490) {
    const api = wire(variant, { '/client/inventory': [json(inventoryEnvelope(rows))] });
    const page = await fetchInventory(api.client, { game, perPage: variant === 'gg' ? -1 : 50 });
    return { ...api, items: page.items };
  }

  it('CS2: inventory → selection → deposit', async () => {
    const rows = variant === 'co' ? coRows : ggRows.filter((row) => row.appid === 730);
    const { client, calls, items } = await inventory(rows, 730);
    const item = only(items);
    expect(isDepositable(item)).toBe(true);
    await createDeposit(client, toDepositRequest(select({ item, amount: 1 }), { externalId: 'dep_from_inventory' }));
    expect(calls.map((call) => call.path)).toEqual(['/client/inventory', '/client/trading/deposit']);
    expectAllConform(variant, calls);
  });

  it('Rust: inventory → selection of 3 of a stack → deposit', async () => {
    const rows = variant === 'co' ? coRustRows : ggRows.filter((row) => row.appid === 252490);
    const { client, calls, items } = await inventory(rows, 252490);
    const item = only(items);
    expect(isDepositable(item)).toBe(true);
    await submitDeposit(client, toDepositRequest(select({ item, amount: 3 }), { isInstant: false }));
    expectAllConform(variant, calls);
    const body = calls[1]!.body as { items: { amount?: number }[]; game: string };
    expect(body.game).toBe('252490');
    expect(body.items[0]!.amount).toBe(3);
  });
});

describe('POST /client/trading/deposit on co: an inventory row without offer.reference', () => {
  // [co] deposit: "items[].offer.reference — Yes* (required if offer is provided)". The client accepts such a row
  // as depositable and sends `offer: { price }` alone, a body the .co contract rejects.
  it('still yields a body the .co contract accepts', async () => {
    const api = wire('co', { '/client/inventory': [json(inventoryEnvelope([rawCs2Row('a1b2c3d4-e5f6-7890-abcd-000000000000', { offer: { price: 10.75, maxAmount: 1 } })]))] });
    const [item] = (await fetchInventory(api.client, { game: 730 })).items as [InventoryItem];
    // Refusing the row (not depositable, or a DepositRequestError) would satisfy the contract as well.
    if (isDepositable(item)) {
      try {
        await createDeposit(api.client, toDepositRequest(select({ item, amount: 1 }), { externalId: 'dep_no_reference' }));
      } catch (error) {
        if (!(error instanceof DepositRequestError)) throw error;
      }
    }
    expectAllConform('co', api.calls);
  });
});

const tradeRow = (variant: ApiVariant, id: string, ext: string, game: string) => ({
  id,
  type: variant === 'co' ? 'DEPOSIT' : 'deposit',
  ...(variant === 'gg' ? { source: 'client' } : {}),
  status: variant === 'co' ? 'COMPLETED' : 'completed',
  game,
  externalId: ext,
  items: [],
  totalPrice: 0.21,
  createdAt: '2026-03-04T10:00:00.000Z',
  updatedAt: '2026-03-04T10:00:00.000Z',
});

describe.each(VARIANTS)('GET /client/trades on %s', (variant) => {
  it.each<[string, Parameters<typeof fetchTradesPage>[1]]>([
    ['defaults, CS2', { game: '730' }],
    ['Rust deposits', { game: '252490', type: 'deposit' }],
    ['withdrawals', { game: '730', type: 'withdraw' }],
    ['limit 500 (above the .gg maximum)', { game: '730', limit: 500 }],
    ['limit 0', { game: '252490', limit: 0 }],
    ['limit -3', { game: '730', limit: -3 }],
    ['limit 20.7', { game: '730', limit: 20.7 }],
    ['limit 100', { game: '730', limit: 100 }],
    ['a later position', { game: '252490', after: variant === 'co' ? { page: 3 } : { cursor: 'eyJjcmVhdGVkQXQiOiIyMDI2In0' } }],
  ])('%s', async (_name, params) => {
    const { client, calls } = wire(variant);
    await fetchTradesPage(client, params);
    const call = only(calls);
    expectConforms(variant, call);
    expect(call.query.game).toBe(params.game);
  });

  it('a Rust trade looked up by externalId, over two pages', async () => {
    const game = '252490';
    const first = variant === 'co'
      ? { trades: [tradeRow(variant, 't-1', 'other', game)], count: 60 }
      : { items: [tradeRow(variant, 't-1', 'other', game)], nextCursor: 'cursor-2' };
    const second = variant === 'co'
      ? { trades: [tradeRow(variant, 't-2', 'dep_rust_lookup', game)], count: 60 }
      : { items: [tradeRow(variant, 't-2', 'dep_rust_lookup', game)], nextCursor: null };
    const { client, calls } = wire(variant, {
      '/client/trades': [json({ requestId: 'r1', success: true, data: first }), json({ requestId: 'r2', success: true, data: second })],
    });
    await expect(findTradeByExternalId(client, 'dep_rust_lookup', game)).resolves.toMatchObject({ id: 't-2' });
    expect(calls).toHaveLength(2);
    expectAllConform(variant, calls);
    for (const call of calls) expect(call.query).toMatchObject({ game, type: variant === 'co' ? 'DEPOSIT' : 'deposit' });
    if (variant === 'co') expect(calls.map((call) => call.query.page)).toEqual(['1', '2']);
    else expect(calls.map((call) => call.query.cursor)).toEqual([undefined, 'cursor-2']);
  });

  it('the look-up after a Rust deposit with an unknown outcome names game 252490', async () => {
    const door = rustItem('rust-metal-door-0001', { price: 0.07, amount: 12, maxAmount: 10 });
    const request = toDepositRequest(select({ item: door, amount: 3 }), { externalId: 'dep_unknown_outcome' });
    const found = tradeRow(variant, 't-9', request.externalId, '252490');
    const { client, calls } = wire(variant, {
      '/client/trading/deposit': [() => new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })],
      '/client/trades': [json({ requestId: 'r', success: true, data: variant === 'co' ? { trades: [found], count: 1 } : { items: [found], nextCursor: null } })],
    });
    await expect(submitDeposit(client, request, { reconcileDelaysMs: [0] })).resolves.toMatchObject({ id: 't-9' });
    expect(calls.map((call) => call.path)).toEqual(['/client/trading/deposit', '/client/trades']);
    expectAllConform(variant, calls);
    expect(calls[1]!.query.game).toBe('252490');
  });
});

describe('the rules can fail (negative cases)', () => {
  const coBody = {
    items: [{ itemId: 'a1b2c3d4-e5f6-7890', offer: { price: 10.75, reference: 'ref_abc123' }, amount: 1 }],
    game: '730',
    externalId: 'dep_unique_123',
    isInstant: true,
  };
  const ggBody = { items: [{ itemId: 'a1b2c3d4-e5f6-7890', price: 10.75, amount: 1 }], game: '730', externalId: 'dep_unique_123', isInstant: true };

  it('the hand-made bodies pass their own variant', () => {
    expectValid(coDepositBody, coBody, 'co body');
    expectValid(ggDepositBody, ggBody, 'gg body');
  });

  it('a .co body is rejected by the .gg rule, and the other way round', () => {
    expect(problems(ggDepositBody, coBody).join('\n')).toMatch(/items\.0\.price|items\.0\.offer/);
    expectInvalid(coDepositBody, ggBody);
    // `price` next to a .co `offer` is not a way around it either.
    expectInvalid(ggDepositBody, { ...ggBody, items: [{ ...ggBody.items[0], offer: { price: 10.75, reference: 'r' } }] });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an extra root key (tradeUrl)', { ...ggBody, tradeUrl: 'https://steamcommunity.com/tradeoffer/new/?partner=1&token=abcdefgh' }],
    ['game as a number', { ...ggBody, game: 730 }],
    ['an unknown game', { ...ggBody, game: '440' }],
    ['no isInstant', { items: ggBody.items, game: '730', externalId: 'x-1' }],
    ['isInstant as a string', { ...ggBody, isInstant: 'true' }],
    ['no items', { ...ggBody, items: [] }],
    ['251 items', { ...ggBody, items: Array.from({ length: 251 }, (_, i) => ({ itemId: `item-${i}0000`, price: 1 })) }],
    ['an itemId of 4 characters', { ...ggBody, items: [{ itemId: 'abcd', price: 1 }] }],
    ['an itemId of 257 characters', { ...ggBody, items: [{ itemId: 'a'.repeat(257), price: 1 }] }],
    ['price 0', { ...ggBody, items: [{ itemId: 'abcde', price: 0 }] }],
    ['price as a string', { ...ggBody, items: [{ itemId: 'abcde', price: '10.75' }] }],
    ['amount 0', { ...ggBody, items: [{ itemId: 'abcde', price: 1, amount: 0 }] }],
    ['amount 10001', { ...ggBody, items: [{ itemId: 'abcde', price: 1, amount: 10_001 }] }],
    ['amount 1.5', { ...ggBody, items: [{ itemId: 'abcde', price: 1, amount: 1.5 }] }],
    ['an empty externalId', { ...ggBody, externalId: '' }],
    ['a blank externalId', { ...ggBody, externalId: '   ' }],
    ['an externalId with a comma', { ...ggBody, externalId: 'dep,123' }],
    ['an externalId of 129 characters', { ...ggBody, externalId: 'x'.repeat(129) }],
  ])('.gg deposit body: %s', (_name, body) => {
    expectInvalid(ggDepositBody, body);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an offer without reference', { ...coBody, items: [{ itemId: 'abcde', offer: { price: 1 } }] }],
    ['no offer', { ...coBody, items: [{ itemId: 'abcde' }] }],
    ['game as a number', { ...coBody, game: 252490 }],
    ['no isInstant', { items: coBody.items, game: '730', externalId: 'x-1' }],
    ['an externalId of 129 characters', { ...coBody, externalId: 'x'.repeat(129) }],
  ])('.co deposit body: %s', (_name, body) => {
    expectInvalid(coDepositBody, body);
  });

  it.each<[string, Record<string, string>]>([
    ['type=DEPOSIT (upper case)', { type: 'DEPOSIT', game: '730', limit: '50' }],
    ['limit=101', { type: 'deposit', game: '730', limit: '101' }],
    ['limit=0', { type: 'deposit', game: '730', limit: '0' }],
    ['limit=2.5', { type: 'deposit', game: '730', limit: '2.5' }],
    ['page=1 (cursor paging only)', { type: 'deposit', game: '730', page: '1' }],
    ['no game', { type: 'deposit', limit: '50' }],
  ])('.gg trades query: %s', (_name, query) => {
    expectInvalid(ggTradesQuery, query);
  });

  it.each<[string, Record<string, string>]>([
    ['type=deposit (lower case)', { type: 'deposit', game: '730', page: '1', limit: '10' }],
    ['a cursor', { type: 'DEPOSIT', game: '730', cursor: 'abc' }],
    ['no game', { type: 'DEPOSIT', page: '1' }],
  ])('.co trades query: %s', (_name, query) => {
    expectInvalid(coTradesQuery, query);
  });

  it.each<[string, Record<string, string>]>([
    ['perPage instead of limit', { game: '730', perPage: '50' }],
    ['a 101-character search', { search: 'x'.repeat(101) }],
    ['sort=price_asc', { sort: 'price_asc' }],
    ['limit=0', { limit: '0' }],
    ['limit=-2', { limit: '-2' }],
    ['game=0', { game: '0' }],
    ['page=0', { page: '0' }],
    ['refresh=1', { refresh: '1' }],
    ['minPrice=abc', { minPrice: 'abc' }],
  ])('.gg inventory query: %s', (_name, query) => {
    expectInvalid(ggInventoryQuery, query);
  });

  it.each<[string, Record<string, string>]>([
    ['limit instead of perPage', { game: '730', limit: '50' }],
    ['perPage=-1 (not a .co value)', { perPage: '-1' }],
    ['acceptedOnly', { acceptedOnly: 'true' }],
  ])('.co inventory query: %s', (_name, query) => {
    expectInvalid(coInventoryQuery, query);
  });

  it('headers: the wrong scheme per variant, a non-v4 request id, a body without its content type', () => {
    const good = { accept: 'application/json', 'x-request-id': '6f1c0a8e-2b7d-4e3a-9c55-0d9e8f7a6b5c' };
    expectValid(headerRule('gg', false), { ...good, authorization: `Bearer ${TOKEN}` }, 'gg headers');
    expectValid(headerRule('co', false), { ...good, authorization: TOKEN }, 'co headers');
    expectInvalid(headerRule('gg', false), { ...good, authorization: TOKEN });
    expectInvalid(headerRule('co', false), { ...good, authorization: `Bearer ${TOKEN}` });
    expectInvalid(headerRule('gg', false), { ...good, authorization: `Bearer ${TOKEN}`, 'x-request-id': 'req-1' });
    expectInvalid(headerRule('gg', false), { ...good, authorization: `Bearer ${TOKEN}`, 'x-request-id': '6f1c0a8e-2b7d-1e3a-9c55-0d9e8f7a6b5c' });
    expectInvalid(headerRule('gg', true), { ...good, authorization: `Bearer ${TOKEN}` });
    expectInvalid(headerRule('gg', false), { ...good, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
  });
});
