import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { AssetPayProvider, type AssetPayProviderProps } from '../../src/index.js';
import { server } from '../server.js';

export const API = 'https://api.assetpay.co';

/** A `.co` inventory row as the API sends it. */
export function apiItem(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    appid: 730,
    contextid: 2,
    name: `AK-47 | Redline ${id}`,
    marketHashName: `AK-47 | Redline (Field-Tested) ${id}`,
    iconUrl: 'abcDEF123',
    tradable: true,
    accepted: true,
    marketPrice: 12.5,
    offer: { price: 10.75, reference: `ref-${id}`, maxAmount: 1 },
    exterior: 'Field-Tested',
    wear: '0.25432',
    rarity: 'Classified',
    color: '#D32CE6',
    stickers: [],
    ...overrides,
  };
}

export function envelope(data: unknown) {
  return { requestId: 'req-1', success: true, data };
}

export function inventoryBody(items: unknown[], extra: Record<string, unknown> = {}) {
  return envelope({ inventory: items, count: items.length, updatedAt: '2026-11-24T10:00:00.000Z', collateral: 25, ...extra });
}

export interface Recorded {
  url: URL;
  method: string;
  headers: Headers;
  body: unknown;
}

/** Serves `respond(url)` for the inventory and records every request. */
export function serveInventory(respond: (url: URL, request: Request) => Response | unknown): Recorded[] {
  const seen: Recorded[] = [];
  server.use(
    http.get(`${API}/client/inventory`, async ({ request }) => {
      const url = new URL(request.url);
      seen.push({ url, method: request.method, headers: request.headers, body: undefined });
      const result = await respond(url, request);
      return result instanceof Response ? result : HttpResponse.json(result as object);
    }),
  );
  return seen;
}

export function freshQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

type ProviderOverrides = Partial<Omit<AssetPayProviderProps, 'children'>>;

/** renderHook inside a fresh QueryClient and an AssetPayProvider. */
export function renderWithProvider<Result, Props>(
  hook: (props: Props) => Result,
  { provider = {}, initialProps }: { provider?: ProviderOverrides; initialProps?: Props } = {},
) {
  const queryClient = provider.queryClient ?? freshQueryClient();
  const getToken = provider.getToken ?? (() => 'token-123');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AssetPayProvider refreshOnSessionStart={false} retry={0} {...provider} getToken={getToken} queryClient={queryClient}>
      {children}
    </AssetPayProvider>
  );
  return { ...renderHook(hook, { wrapper, initialProps }), queryClient };
}
