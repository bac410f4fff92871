import { fail } from './respond.js';
import type { MockState } from './state.js';

/** `.co`: the raw token, or `Bearer <token>`; the docs show the former, the SDK sends the latter. */
function coToken(header: string): string | null {
  const token = header.trim().replace(/^Bearer(?:\s+|$)/i, '').trim();
  return token === '' ? null : token;
}

/**
 * The refusal of a request's `Authorization` header, or `null` when it passes. `.gg` requires the
 * Bearer scheme: no header or another scheme is `MISSING_BEARER`, an empty Bearer token
 * `UNAUTHORIZED`. On both, a token containing `expired` is `TOKEN_EXPIRED`.
 */
export function authFailure(state: MockState, header: string | null): Response | null {
  if (state.scenario === 'token-expired') return fail(state, 'TOKEN_EXPIRED');
  let token: string | null;
  if (state.variant === 'gg') {
    // fetch trims header values, so `Bearer ` with nothing after it arrives as `Bearer`.
    const match = /^Bearer(?:\s+(.*))?$/i.exec((header ?? '').trim());
    if (!match) return fail(state, 'MISSING_BEARER');
    token = (match[1] ?? '').trim() || null;
  } else {
    token = coToken(header ?? '');
  }
  if (token === null) return fail(state, 'UNAUTHORIZED');
  if (/expired/i.test(token)) return fail(state, 'TOKEN_EXPIRED');
  return null;
}

/**
 * Whether the realtime channel refuses a connection's `token` query parameter, the REST rules
 * adapted: the token comes raw (a `Bearer ` prefix is a client sending the header form, which
 * no token verifies), so a missing or empty token, one containing `expired`, or any token while
 * the scenario is `'token-expired'` is refused.
 */
export function socketTokenRefused(state: MockState, token: string | null): boolean {
  if (state.scenario === 'token-expired') return true;
  const raw = (token ?? '').trim();
  return raw === '' || /^Bearer(?:\s|$)/i.test(raw) || /expired/i.test(raw);
}
