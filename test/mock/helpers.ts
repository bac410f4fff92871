import { createMockAssetPay, type MockAssetPay, type MockAssetPayOptions, type RawInventoryItem } from '../../src/mock/index.js';
import { server } from '../server.js';

export const API = 'https://api.assetpay.co';

/** Creates a mock and installs its handlers on the shared test server. */
export function installMock(options?: MockAssetPayOptions): MockAssetPay {
  const mock = createMockAssetPay(options);
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

/** `GET /client/inventory` with the given query. */
export async function getInventory(query: Record<string, string | number | boolean> = {}, token: string | null = 'tok'): Promise<Answer> {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const headers: Record<string, string> = token === null ? {} : { Authorization: token };
  return answer(await fetch(`${API}/client/inventory?${params}`, { headers }));
}

/** `POST /client/trading/deposit` with a JSON body (or a raw string body). */
export async function postDeposit(body: unknown, token: string | null = 'tok'): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = token;
  return answer(
    await fetch(`${API}/client/trading/deposit`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** `GET /client/trades` with the given query. */
export async function getTrades(query: Record<string, string | number> = {}, token: string | null = 'tok'): Promise<Answer> {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const headers: Record<string, string> = token === null ? {} : { Authorization: token };
  return answer(await fetch(`${API}/client/trades?${params}`, { headers }));
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

/** The deposit line for a row as the inventory showed it. */
export function line(item: RawInventoryItem, amount?: number) {
  const entry: { itemId: string; offer?: { price: number; reference: string }; amount?: number } = { itemId: item.id };
  if (item.offer) entry.offer = { price: item.offer.price, reference: item.offer.reference };
  if (amount !== undefined) entry.amount = amount;
  return entry;
}
