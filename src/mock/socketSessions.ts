// The fake realtime channel's rules, whatever carries the connection (the MSW WebSocket handler in
// a browser, a real Socket.IO server in Node tests): auth checked once after CONNECT, the socket
// scenarios, the merchant room (every published trade goes to every connection), and the timed
// trade progression while a connection is open.
import { socketTokenRefused } from './auth.js';
import type { MockSocketConnection, MockState } from './state.js';
import { subscribeTrades } from './tradeHub.js';
import { advanceTrades } from './tradeLifecycle.js';
import type { MockTrade } from './tradeTypes.js';

/**
 * A realtime connection as its transport hands it to the mock, once the Socket.IO CONNECT of the
 * main namespace has been answered.
 */
export interface MockSocketPeer {
  /** The `token` query parameter of the connection URL, or `null` without one. */
  token: string | null;
  /** The connection URL; it is recorded without its `token` parameter. */
  url: string;
  /** Sends one `trade` event with payload `{ trade }`. */
  send(trade: MockTrade): void;
  /** A server-side disconnect (the client sees `io server disconnect`): Socket.IO DISCONNECT, then close. */
  disconnect(): void;
}

/** The mock's side of an attached connection. */
export interface MockSocketSession {
  /** `false` when the mock refused the connection (its `disconnect` has been called already). */
  readonly accepted: boolean;
  /** Tells the mock the connection has ended, from either side. Safe to call more than once. */
  close(): void;
}

/** The URL without its `token` query parameter, so that the token is kept in one place only. */
export function withoutToken(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete('token');
    return parsed.toString();
  } catch {
    return url.replace(/([?&])token=[^&#]*&?/, '$1').replace(/[?&]$/, '');
  }
}

/** Starts or stops the timed progression: it runs while a connection is open and trades progress by themselves. */
function syncTicker(state: MockState): void {
  const socket = state.socket;
  const wanted = socket.live > 0 && state.options.tradeProgress !== 'manual';
  if (wanted && socket.timer === null) {
    socket.timer = setInterval(() => advanceTrades(state), state.tradeStepMs);
    // Never the reason a Node process stays up.
    (socket.timer as { unref?: () => void }).unref?.();
  } else if (!wanted && socket.timer !== null) {
    clearInterval(socket.timer);
    socket.timer = null;
  }
}

/**
 * Attaches a connection to the fake channel and records it in `state.socket.connections`. A
 * refused token (scenario `'refuse-token'`, or `socketTokenRefused`) is disconnected at once with
 * nothing sent. Otherwise every published trade is sent to it, except in scenario `'silent'`;
 * in scenario `'drop-mid-trade'` the first connection that gets an event is disconnected right
 * after it (once per time the scenario is set).
 */
export function attachSocket(state: MockState, peer: MockSocketPeer): MockSocketSession {
  const record: MockSocketConnection = { token: peer.token, url: withoutToken(peer.url), openedAt: Date.now() };
  state.socket.connections.push(record);
  const refused = state.socket.scenario === 'refuse-token' || socketTokenRefused(state, peer.token);
  let open = true;
  let unsubscribe = () => {};
  const end = () => {
    if (!open) return;
    open = false;
    record.closedAt = Date.now();
    unsubscribe();
    if (!refused) {
      state.socket.live -= 1;
      syncTicker(state);
    }
  };
  if (refused) {
    end();
    peer.disconnect();
    return { accepted: false, close: end };
  }
  unsubscribe = subscribeTrades(state, (trade) => {
    if (!open || state.socket.scenario === 'silent') return;
    peer.send(trade);
    if (state.socket.scenario === 'drop-mid-trade' && !state.socket.dropSpent) {
      state.socket.dropSpent = true;
      end();
      peer.disconnect();
    }
  });
  state.socket.live += 1;
  syncTicker(state);
  return { accepted: true, close: end };
}
