// Mints an AssetPay client token for one user (POST /auth/authenticate-client). Server code only:
// it needs your API key. Framework-neutral: call it from a Next route handler, Express, a worker…
export interface ClientTokenRequest {
  /** Your AssetPay API key (`ap_…`, scope CORE_ACCESS). Never send it to the browser. */
  apiKey: string;
  /** The user's SteamID64. */
  steamId: string;
  /** The user's Steam trade offer URL. */
  tradeUrl: string;
  /** Your own user id, copied onto their trades as `externalClientUserId`. */
  clientId?: string;
  baseUrl?: string;
}

export async function getClientToken({ apiKey, steamId, tradeUrl, clientId, baseUrl = 'https://api.assetpay.co' }: ClientTokenRequest): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/authenticate-client`, {
    method: 'POST',
    headers: { 'api-key': apiKey, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ clientSteamId: steamId, clientTradeUrl: tradeUrl, clientId }),
  });
  // The status and AssetPay's error key (e.g. INVALID_API_KEY), never the key itself.
  if (!response.ok) {
    const key = ((await response.json().catch(() => null)) as { error?: { key?: string } } | null)?.error?.key;
    throw new Error(`AssetPay authenticate-client failed: HTTP ${response.status}${key ? ` ${key}` : ''}`);
  }
  return ((await response.json()) as { data: { token: string } }).data.token;
}
