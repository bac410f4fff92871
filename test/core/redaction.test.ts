import { describe, expect, it } from 'vitest';
import { toDepositRequest } from '../../src/core/index.js';
import { envelope, failure, FRESH, setup, TOKEN } from './fakeFetch.js';
import { cs2Item } from './makeItem.js';

describe('token redaction in errors', () => {
  it('scrubs every token sent (before and after a refresh) from message, fields, details and requestId', async () => {
    const { client } = setup([
      envelope(401, 'TOKEN_EXPIRED', { message: `bad ${TOKEN}` }),
      envelope(400, 'VALIDATION_FAILED', {
        message: `old ${TOKEN} new ${FRESH}`,
        fields: { authorization: FRESH },
        details: { echoed: [TOKEN] },
      }),
    ]);
    const error = await failure(client.request('/client/inventory'));
    const everything = JSON.stringify([error.message, error.requestId, error.fields, error.details]);
    expect(error.key).toBe('VALIDATION_FAILED');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(FRESH);
    expect(error.message).toBe('old [redacted] new [redacted]');
    expect(error.fields).toEqual({ authorization: '[redacted]' });
    expect(error.details).toEqual({ echoed: ['[redacted]'] });
  });
});

describe('toDepositRequest on unchecked entries', () => {
  it('refuses an entry without an offer with a typed error, not a TypeError', () => {
    const item = { ...cs2Item('no-offer'), offer: undefined };
    expect(() => toDepositRequest({ [item.id]: { item, amount: 1 } })).toThrow(expect.objectContaining({ name: 'DepositRequestError', reason: 'no-offer' }));
  });
});
