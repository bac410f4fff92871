// Reading an AssetPay answer without a schema (its JSON), and the id a request is sent with. The
// envelope itself is read by errorBody.ts, one of the lazy readers.

/** The body of an answer: parsed JSON, or not JSON at all. */
export type ReadBody = { ok: true; value: unknown } | { ok: false; value: undefined };

/** Reads the body as JSON without throwing. */
export async function readJson(response: Response): Promise<ReadBody> {
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

/** A UUID v4 for `x-request-id`; works outside secure contexts too, where `randomUUID` is missing. */
export function createRequestId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
