import { useState } from 'react';
import { AssetPayProvider, DepositPanel, TradeStatus, type GetTokenOptions, type Trade } from 'react-assetpay';

let token: Promise<string> | undefined;

/**
 * The client token, from your backend (here the stub route in vite.config.ts). One request serves
 * every caller; the provider passes `forceRefresh` once the API refused the token.
 */
function getToken({ forceRefresh = false }: GetTokenOptions = {}): Promise<string> {
  if (forceRefresh || !token) {
    const request = fetch('/api/assetpay-token').then(async (response) => {
      if (!response.ok) throw new Error(`GET /api/assetpay-token answered ${response.status}`);
      const body = (await response.json()) as { token: string };
      return body.token;
    });
    // Forget a failed request, so the next call asks again.
    request.catch(() => {
      if (token === request) token = undefined;
    });
    token = request;
  }
  return token;
}

/**
 * The fake AssetPay API, in dev and in builds made with VITE_ASSETPAY_MOCK=1. Requests wait for
 * it; the dynamic import keeps MSW and the mock out of a production build.
 */
const ready =
  import.meta.env.DEV || import.meta.env.VITE_ASSETPAY_MOCK === '1'
    ? () => import('react-assetpay/mock').then(({ createMockAssetPay, startMockWorker }) => startMockWorker(createMockAssetPay({ seed: 1 })))
    : undefined;

export function App() {
  const [trade, setTrade] = useState<Trade>();
  return (
    <AssetPayProvider getToken={getToken} ready={ready}>
      <main>
        <h1>Deposit skins</h1>
        <DepositPanel height={480} onDeposited={setTrade} />
        {trade && (
          <section aria-label="Your deposit">
            <TradeStatus trade={trade} />
          </section>
        )}
      </main>
    </AssetPayProvider>
  );
}
