import { describe, expect, it } from 'vitest';
import { AssetPayError, AUTH_ERROR_KEYS, isAssetPayError, parseRetryAfter, TRANSIENT_ERROR_KEYS } from '../../src/core/index.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string, string | null, number | undefined]>([
    ['seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['fractional seconds', '1.5', 1_500],
    ['seconds with spaces', '  30 ', 30_000],
    ['an HTTP date 30 s ahead', new Date(NOW + 30_000).toUTCString(), 30_000],
    ['an HTTP date 1 h ahead', 'Thu, 01 Jan 2026 01:00:00 GMT', 3_600_000],
    ['an HTTP date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
    ['no header', null, undefined],
    ['an empty header', '', undefined],
    ['a blank header', '   ', undefined],
    ['garbage text', 'soon', undefined],
    ['garbage with digits', '5 apples', undefined],
    ['a hex number', '0x10', undefined],
    // Not delay-seconds and not an HTTP date: must not be read as some date in 2001.
    ['a negative number', '-5', undefined],
    ['two numbers', '1 2', undefined],
  ])('%s (%j) → %s', (_, header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });
});

describe('AssetPayError', () => {
  it('carries every field it was given', () => {
    const cause = new Error('boom');
    const error = new AssetPayError({
      key: 'VALIDATION_FAILED',
      message: 'items.0.price is invalid',
      status: 400,
      code: 1001,
      requestId: 'req-9',
      fields: { 'items.0.price': 'must equal the offer price' },
      details: { items: [{ itemId: 'a' }] },
      retryAfterMs: 5_000,
      outcomeUnknown: true,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'AssetPayError',
      key: 'VALIDATION_FAILED',
      message: 'items.0.price is invalid',
      status: 400,
      code: 1001,
      requestId: 'req-9',
      fields: { 'items.0.price': 'must equal the offer price' },
      details: { items: [{ itemId: 'a' }] },
      retryAfterMs: 5_000,
      outcomeUnknown: true,
    });
    expect(error.cause).toBe(cause);
  });

  it('defaults status to 0 and outcomeUnknown to false', () => {
    const error = new AssetPayError({ key: 'NETWORK_ERROR', message: 'offline' });
    expect(error.status).toBe(0);
    expect(error.outcomeUnknown).toBe(false);
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBeUndefined();
    expect(error.retryAfterMs).toBeUndefined();
    expect('cause' in error).toBe(false);
  });

  it('lists the documented auth keys', () => {
    expect([...AUTH_ERROR_KEYS].sort()).toEqual(['INVALID_TOKEN', 'MISSING_BEARER', 'TOKEN_EXPIRED', 'TOKEN_INVALID_OR_EXPIRED', 'UNAUTHORIZED']);
  });

  it.each<[string, number, boolean]>([
    ['INVALID_TOKEN', 401, true],
    ['TOKEN_EXPIRED', 401, true],
    ['TOKEN_INVALID_OR_EXPIRED', 401, true],
    ['UNAUTHORIZED', 401, true],
    ['MISSING_BEARER', 401, true],
    ['INVALID_TOKEN', 403, false],
    ['FORBIDDEN', 401, false],
    ['PRICE_CHANGED', 409, false],
  ])('isAuthError: %s with HTTP %s → %s', (key, status, auth) => {
    expect(new AssetPayError({ key, message: 'x', status }).isAuthError).toBe(auth);
  });

  it.each<[string, number, boolean, boolean]>([
    ['STEAM_UNAVAILABLE', 424, false, true],
    ['STEAM_RATE_LIMITED', 424, false, true],
    ['INVENTORY_FETCH_FAILED', 500, false, true],
    ['NO_BOTS_AVAILABLE', 503, false, true],
    ['FLEET_DEGRADED', 503, false, true],
    ['SERVICE_UNAVAILABLE', 503, false, true],
    ['NETWORK_ERROR', 0, false, true],
    ['TIMEOUT', 0, false, true],
    ['HTTP_ERROR', 502, false, true],
    ['HTTP_ERROR', 502, true, false],
    ['SERVER_ERROR', 500, true, false],
    ['HTTP_ERROR', 404, false, false],
    ['PRICE_CHANGED', 409, false, false],
    ['RATE_LIMITED', 429, false, false],
    ['ABORTED', 0, false, false],
    ['INVALID_RESPONSE', 200, false, false],
  ])('isTransient: %s, HTTP %s, outcomeUnknown %s → %s', (key, status, outcomeUnknown, transient) => {
    expect(new AssetPayError({ key, message: 'x', status, outcomeUnknown }).isTransient).toBe(transient);
  });

  it('lists the transient keys', () => {
    expect(TRANSIENT_ERROR_KEYS.has('TIMEOUT')).toBe(true);
    expect(TRANSIENT_ERROR_KEYS.has('PRICE_CHANGED')).toBe(false);
  });
});

describe('isAssetPayError', () => {
  const lookalike = Object.assign(new Error('from another bundle copy'), { name: 'AssetPayError', key: 'TIMEOUT' });
  it.each<[string, unknown, boolean]>([
    ['an AssetPayError', new AssetPayError({ key: 'TIMEOUT', message: 'x' }), true],
    ['an AssetPayError from another bundle copy', lookalike, true],
    ['a plain Error', new Error('x'), false],
    ['an Error named AssetPayError without key', Object.assign(new Error('x'), { name: 'AssetPayError' }), false],
    ['a plain object shaped like one', { name: 'AssetPayError', key: 'TIMEOUT', message: 'x' }, false],
    ['null', null, false],
    ['a string', 'AssetPayError', false],
  ])('%s → %s', (_, value, expected) => {
    expect(isAssetPayError(value)).toBe(expected);
  });
});
