import { describe, expect, it } from 'vitest';
import { getInventory, getTrades, installMock, postDeposit, row } from './helpers.js';

const setup = (scenario?: 'token-expired') => installMock({ variant: 'gg', inventories: { 730: [row('a-ok-1', 'AK-47 | Redline', 10)] }, scenario });

const call = {
  inventory: (token: string | null) => getInventory({}, token),
  deposit: (token: string | null) => postDeposit({ items: [{ itemId: 'a-ok-1', price: 10 }], isInstant: false }, token),
  trades: (token: string | null) => getTrades({}, token),
};

describe('.gg auth: Authorization: Bearer <token> is required', () => {
  describe.each(Object.entries(call))('%s', (_name, send) => {
    it.each<[string, string | null, number, string | null, number | null]>([
      ['no Authorization header', null, 401, 'MISSING_BEARER', 1108],
      ['an empty header', '', 401, 'MISSING_BEARER', 1108],
      ['a raw token (the .co docs style)', 'eyJhbGci.abc.def', 401, 'MISSING_BEARER', 1108],
      ['another scheme', 'Basic dXNlcjpwdw==', 401, 'MISSING_BEARER', 1108],
      ['a scheme glued to the token', 'Bearereyj.abc', 401, 'MISSING_BEARER', 1108],
      ['Bearer with an empty token', 'Bearer ', 401, 'UNAUTHORIZED', 1100],
      ['Bearer and only spaces', 'Bearer    ', 401, 'UNAUTHORIZED', 1100],
      ['a Bearer expired token', 'Bearer my-expired-token', 401, 'TOKEN_EXPIRED', 1111],
      ['a Bearer token', 'Bearer eyJhbGci.abc.def', 200, null, null],
      ['a lower-case scheme (schemes ignore case)', 'bearer eyJhbGci.abc.def', 200, null, null],
    ])('answers %s with %s %s', async (_label, token, status, key, code) => {
      setup();
      const answer = await send(token);
      expect(answer.status).toBe(status);
      if (key === null) {
        expect(answer.json.success).toBe(true);
      } else {
        expect(answer.json).toMatchObject({ success: false, error: { key, code } });
        expect(answer.json.requestId).toEqual(expect.any(String));
      }
    });

    it('answers TOKEN_EXPIRED (1111) to every token in scenario token-expired', async () => {
      setup('token-expired');
      const answer = await send('Bearer good-token');
      expect(answer.status).toBe(401);
      expect(answer.json.error).toMatchObject({ key: 'TOKEN_EXPIRED', code: 1111 });
    });
  });

  it('creates no trade when the scheme is missing', async () => {
    const mock = setup();
    expect((await call.deposit('good-token')).json.error.key).toBe('MISSING_BEARER');
    expect(mock.trades).toEqual([]);
    expect(mock.inventory(730)).toHaveLength(1);
  });
});
