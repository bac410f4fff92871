import {
  createMockAssetPay,
  type MockAssetPay,
  type MockAssetPayOptions,
  type MockVariant,
  type RawInventoryItem,
} from '../../src/mock/index.js';
import { server } from '../server.js';

/** Base URL of the `.co` API. */
export const API = 'https://api.assetpay.co';
/** Base URL of the `.gg` API. */
export const GG_API = 'https://api.assetpay.gg';

/** The variant's base URL. */
export const apiFor = (variant: MockVariant = 'co') => (variant === 'gg' ? GG_API : API);
/** The `Authorization` header a well-behaved client of the variant sends for `token`. */
export const authFor = (variant: MockVariant = 'co', token = 'tok') => (variant === 'gg' ? `Bearer ${token}` : token);

/** Where the request helpers below send to, and with which header; set by {@link installMock}. */
const target = { base: API, auth: 'tok' };

/**
 * Creates a mock and installs its handlers on the shared test server. The request helpers then
 * talk to the mock's variant: its base URL and, unless a test passes its own, its auth header.
 */
export function installMock(options?: MockAssetPayOptions): MockAssetPay {
  const mock = createMockAssetPay(options);
  target.base = apiFor(mock.variant);
  target.auth = authFor(mock.variant);
  server.use(...mock.handlers);
  return mock;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body, or `undefined` when the body was not JSON. */
  json: any;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

type Query = Record<string, string | number | boolean>;

/** `undefined`: the installed variant's header; `null`: no header; a string: exactly that header. */
type Auth = string | null | undefined;

function authHeaders(token: Auth): Record<string, string> {
  const value = token === undefined ? target.auth : token;
  return value === null ? {} : { Authorization: value };
}

const search = (query: Query) => new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));

/** `GET /client/inventory` with the given query. */
export async function getInventory(query: Query = {}, token?: Auth): Promise<Answer> {
  return answer(await fetch(`${target.base}/client/inventory?${search(query)}`, { headers: authHeaders(token) }));
}

/** `POST /client/trading/deposit` with a JSON body (or a raw string body). */
export async function postDeposit(body: unknown, token?: Auth): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...authHeaders(token) };
  return answer(
    await fetch(`${target.base}/client/trading/deposit`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** `GET /client/trades` with the given query. */
export async function getTrades(query: Query = {}, token?: Auth): Promise<Answer> {
  return answer(await fetch(`${target.base}/client/trades?${search(query)}`, { headers: authHeaders(token) }));
}

/** A hand-made CS2 row; `price: null` means no offer. */
export function row(id: string, name: string, price: number | null, extra: Partial<RawInventoryItem> = {}): RawInventoryItem {
  const base: RawInventoryItem = {
    id,
    appid: 730,
    contextid: 2,
    name,
    marketHashName: name,
    type: 'Rifle',
    iconUrl: 'mock-test',
    tradable: true,
    accepted: true,
    marketPrice: price === null ? 1 : Math.round(price * 150) / 100,
  };
  if (price !== null) base.offer = { price, reference: `ref-${id}`, maxAmount: 1 };
  return { ...base, ...extra };
}

/** A hand-made Rust stack. */
export function stack(id: string, name: string, price: number, amount: number, maxAmount = amount): RawInventoryItem {
  return row(id, name, price, {
    appid: 252490,
    type: 'Resource',
    amount,
    offer: { price, reference: `ref-${id}`, maxAmount },
  });
}

/** The `.co` deposit line for a row as the inventory showed it. */
export function line(item: RawInventoryItem, amount?: number) {
  const entry: { itemId: string; offer?: { price: number; reference: string }; amount?: number } = { itemId: item.id };
  if (item.offer) entry.offer = { price: item.offer.price, reference: item.offer.reference };
  if (amount !== undefined) entry.amount = amount;
  return entry;
}

/** The `.gg` deposit line for a row (either shape) as the inventory showed it. */
export function ggLine(item: { id: string; offer?: { price: number } }, amount?: number) {
  const entry: { itemId: string; price: number; amount?: number } = { itemId: item.id, price: item.offer?.price ?? 0 };
  if (amount !== undefined) entry.amount = amount;
  return entry;
}

/** `n` accepted CS2 rows with offers `0.01 × (index + 1)`, ids `p-0000`…, for paging tests. */
export function manyRows(n: number): RawInventoryItem[] {
  return Array.from({ length: n }, (_, i) => row(`p-${String(i).padStart(4, '0')}`, `Item ${i}`, (i + 1) / 100));
}
