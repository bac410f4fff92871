'use client';

import type { ReactNode } from 'react';
import { AssetPayProvider, type GetToken } from 'react-assetpay';

// The client token comes from our own route (app/api/assetpay-token/route.ts); the API key never
// leaves the server. One token per tab (the provider asks only in the browser), fetched again
// when AssetPay refuses it.
let token: Promise<string> | undefined;

async function fetchToken(): Promise<string> {
  const response = await fetch('/api/assetpay-token', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/api/assetpay-token answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

const getToken: GetToken = ({ forceRefresh = false } = {}) => {
  if (!token || forceRefresh) {
    const pending = fetchToken();
    pending.catch(() => {
      if (token === pending) token = undefined; // ask again after a failure
    });
    token = pending;
  }
  return token;
};

// NEXT_PUBLIC_ variables are inlined at build time (.env defines this one, empty, so it always
// is): without the flag `ready` is `undefined` and the mock (and MSW) never reach the bundle.
// With it, requests wait for the mock worker.
const ready =
  process.env.NEXT_PUBLIC_ASSETPAY_MOCK === '1'
    ? () =>
        import('react-assetpay/mock').then(({ createMockAssetPay, startMockWorker }) =>
          startMockWorker(createMockAssetPay({ seed: 1 })),
        )
    : undefined;

export function Providers({ children }: { children: ReactNode }) {
  return (
    <AssetPayProvider getToken={getToken} ready={ready}>
      {children}
    </AssetPayProvider>
  );
}
