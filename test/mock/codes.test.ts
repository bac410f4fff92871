import { describe, expect, it } from 'vitest';
import type { MockErrorKey, MockVariant } from '../../src/mock/index.js';
import { getInventory, installMock, postDeposit, row } from './helpers.js';

// [key, .co code, .co status, .gg code, .gg status], written out from assetpay-api.md §2.6, §4.2
// and §5; `null` = the doc gives that variant no code, so the answer must not carry one.
const TABLE: readonly (readonly [MockErrorKey, number | null, number, number | null, number])[] = [
  ['EXTERNAL_ID_EXISTS', 1, 409, 1, 409],
  ['MISSING_ITEMS', 2, 400, 2, 400],
  ['INVENTORY_FETCH_FAILED', 3, 500, 3, 424],
  ['NO_OFFER_FOUND', 4, 400, 4, 400],
  ['TRADE_OFFER_FAILED', 5, 500, 5, 500],
  ['TOO_MANY_ACTIVE_TRADES', 6, 429, 6, 429],
  ['USER_NOT_TRADEABLE', 7, 400, 7, 400],
  ['TOO_MANY_ITEMS', 8, 400, 8, 400],
  ['ITEMS_UNAVAILABLE', 9, 400, 9, 400],
  ['ITEMS_NOT_ACCEPTED', 10, 400, 10, 400],
  ['PRICE_CHANGED', 11, 409, null, 409],
  ['INVALID_TRADEURL', 14, 400, 13, 400],
  ['INSUFFICIENT_ITEM_AMOUNT', 19, 400, null, 400],
  ['EXCEEDS_MAX_AMOUNT', 20, 400, null, 400],
  ['DEPOSIT_IN_PROGRESS', 21, 429, null, 409],
  ['STEAM_UNAVAILABLE', null, 424, 31, 424],
  ['STEAM_RATE_LIMITED', null, 424, 33, 424],
  ['ITEM_OVERSTOCKED', null, 409, 45, 409],
  ['INVENTORY_PRIVATE', null, 400, null, 400],
  ['ESCROW_NOT_ALLOWED', null, 400, null, 400],
  ['DEPOSITS_PAUSED', null, 503, null, 503],
  ['INSTANT_DEPOSITS_DISABLED', null, 400, null, 400],
  ['NO_BOTS_AVAILABLE', null, 503, 1010, 503],
  ['FLEET_DEGRADED', null, 503, 1011, 503],
  ['SERVER_ERROR', 1000, 500, 1006, 500],
  ['VALIDATION_FAILED', 1001, 400, 1001, 422],
  ['RATE_LIMITED', 1007, 429, 1005, 429],
  ['SERVICE_UNAVAILABLE', 1008, 503, 1009, 503],
  ['SYSTEM_MAINTENANCE', 1009, 503, 1007, 503],
  ['UNAUTHORIZED', 1002, 401, 1100, 401],
  ['INVALID_TOKEN', null, 401, 1102, 401],
  ['MISSING_BEARER', null, 401, 1108, 401],
  ['TOKEN_INVALID_OR_EXPIRED', null, 401, 1110, 401],
  ['TOKEN_EXPIRED', null, 401, 1111, 401],
  ['FORBIDDEN', 1003, 403, 1300, 403],
  ['ACCOUNT_DISABLED', null, 403, 1301, 403],
  ['UNDOCUMENTED_KEY', null, 400, null, 400],
];

const cases = TABLE.flatMap(([key, coCode, coStatus, ggCode, ggStatus]) => [
  ['co', key, coCode, coStatus] as const,
  ['gg', key, ggCode, ggStatus] as const,
]);

describe('error codes and statuses per variant', () => {
  it.each(cases)('.%s %s: code %s, HTTP %s', async (variant, key, code, status) => {
    const mock = installMock({ variant: variant as MockVariant });
    mock.failNext(key, { endpoint: 'inventory', fields: { game: 'x' } });
    const answer = await getInventory();
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ success: false, requestId: expect.any(String), error: { key, message: expect.any(String) } });
    if (code === null) expect(answer.json.error).not.toHaveProperty('code');
    else expect(answer.json.error.code).toBe(code);
    // `fields` belongs to VALIDATION_FAILED alone, even when failNext is handed some.
    if (key === 'VALIDATION_FAILED') expect(answer.json.error.fields).toEqual({ game: 'x' });
    else expect(answer.json.error).not.toHaveProperty('fields');
  });

  it('covers every key failNext accepts', () => {
    const mock = installMock();
    for (const [key] of TABLE) expect(() => mock.failNext(key)).not.toThrow();
    expect(() => mock.failNext('NOT_A_KEY' as never)).toThrow(/Unknown mock error key/);
  });

  it.each<[MockVariant, number | null]>([
    ['co', 9],
    ['gg', 9],
  ])('.%s: answers the handlers produce themselves follow the table (ITEMS_UNAVAILABLE)', async (variant, code) => {
    installMock({ variant, inventories: { 730: [row('c-ok-1', 'AK-47 | Redline', 1)] } });
    const body = variant === 'gg' ? { items: [{ itemId: 'nope-1', price: 1 }] } : { items: [{ itemId: 'nope-1' }] };
    const { json } = await postDeposit(body);
    expect(json.error).toEqual({ code, key: 'ITEMS_UNAVAILABLE', message: expect.any(String) });
  });

  it('.co: an expired token is refused without a code (.co documents none)', async () => {
    installMock();
    const { status, json } = await getInventory({}, 'my-expired-token');
    expect(status).toBe(401);
    expect(json.error).toEqual({ key: 'TOKEN_EXPIRED', message: expect.any(String) });
  });
});
