// GET /api/assetpay-token: the signed-in user's AssetPay client token, for AssetPayProvider's
// getToken. The API key stays here, on the server.
import { getClientToken } from '../../../lib/clientToken';

interface User {
  id: string;
  steamId: string;
  tradeUrl: string;
}

// STUB: replace with your own session lookup (cookie, NextAuth, …). Returns null when signed out.
async function currentUser(): Promise<User | null> {
  return null;
}

export async function GET() {
  const noStore = { headers: { 'cache-control': 'no-store' } };
  // The mock API accepts any token.
  if (process.env.NEXT_PUBLIC_ASSETPAY_MOCK === '1') return Response.json({ token: 'mock-token' }, noStore);

  const user = await currentUser();
  if (!user) return Response.json({ error: 'Not signed in' }, { status: 401 });
  const apiKey = process.env.ASSETPAY_API_KEY;
  if (!apiKey) throw new Error('ASSETPAY_API_KEY is not set');
  const token = await getClientToken({ apiKey, steamId: user.steamId, tradeUrl: user.tradeUrl, clientId: user.id });
  return Response.json({ token }, noStore);
}
