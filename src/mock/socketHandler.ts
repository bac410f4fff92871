// AssetPay's realtime channel for MSW: a `ws.link` handler that speaks Engine.IO v4 + Socket.IO v5
// by hand over the intercepted text frames, so socket.io-client in a page (Storybook, a demo)
// connects to the fake API without a server. The channel's rules live in socketSessions.ts.
import { ws, type WebSocketHandler, type WebSocketHandlerConnection, type WebSocketLink } from 'msw';
import { encodeFrame, eventFrame, parseFrame, type SocketPacket } from './socketProtocol.js';
import type { MockSocketPeer, MockSocketSession } from './socketSessions.js';

/** What the Engine.IO handshake announces; the handler pings at this interval, as a server must. */
export const SOCKET_TIMING = { pingInterval: 25_000, pingTimeout: 20_000, maxPayload: 1_000_000 } as const;

type Client = WebSocketHandlerConnection['client'];
type Attach = (peer: MockSocketPeer) => MockSocketSession;

/**
 * Connections some handler of this module has taken, so that with several mocks' handlers
 * registered (the latest `use()` runs first) only one answers a connection.
 */
const claimed = new WeakSet<Client>();

/** One link per pattern, shared by every mock: each link holds a client registry and a channel listener. */
const links = new Map<string | RegExp, WebSocketLink>();

let sequence = 0;
/** An id of the Engine.IO / Socket.IO sid kind; unique per page, not secret. */
function newSid(): string {
  sequence += 1;
  return `mock${sequence.toString(36)}${Math.random().toString(36).slice(2, 12)}`.padEnd(20, '0');
}

const message = (packet: SocketPacket) => encodeFrame({ kind: 'message', packet });

/** Serves one intercepted Socket.IO connection until either side ends it. */
function serveSocketIo(client: Client, attach: Attach): void {
  let session: MockSocketSession | null = null;
  let ended = false;
  const ping = setInterval(() => client.send(encodeFrame({ kind: 'ping' })), SOCKET_TIMING.pingInterval);
  (ping as { unref?: () => void }).unref?.();
  const finish = () => {
    if (ended) return;
    ended = true;
    clearInterval(ping);
    session?.close();
  };
  const disconnect = () => {
    if (ended) return;
    client.send(message({ type: 'disconnect', nsp: '/' }));
    finish();
    // Closing drops frames not yet delivered, and socket.io-client handles a packet a tick after it
    // arrives: close on a later task. A real client has closed by then, on the DISCONNECT itself.
    setTimeout(() => client.close(), 0);
  };
  const onPacket = (packet: SocketPacket) => {
    if (packet.type === 'disconnect') {
      finish();
    } else if (packet.type === 'connect' && packet.nsp !== '/') {
      client.send(message({ type: 'connect_error', nsp: packet.nsp, data: { message: 'Invalid namespace' } }));
    } else if (packet.type === 'connect' && session === null) {
      client.send(message({ type: 'connect', nsp: '/', data: { sid: newSid() } }));
      const peer: MockSocketPeer = {
        token: client.url.searchParams.get('token'),
        url: client.url.href,
        send: (trade) => client.send(eventFrame('trade', { trade })),
        disconnect,
      };
      session = attach(peer);
    }
    // Events from the client: AssetPay listens to none.
  };
  client.addEventListener('message', (event) => {
    if (ended || typeof event.data !== 'string') return;
    const frame = parseFrame(event.data);
    if (frame.kind === 'ping') client.send(encodeFrame({ kind: 'pong', ...(frame.data === undefined ? {} : { data: frame.data }) }));
    else if (frame.kind === 'close') finish();
    else if (frame.kind === 'message') onPacket(frame.packet);
  });
  client.addEventListener('close', finish);
  client.send(encodeFrame({ kind: 'open', data: { sid: newSid(), upgrades: [], ...SOCKET_TIMING } }));
}

/**
 * Any `wss://` host, as MSW sees a Socket.IO URL (`/socket.io/` taken off, query dropped). Not the
 * string `wss://*`: browsers parse it as host `%2A`, so it would match nothing there.
 */
const ANY_WSS_HOST = /^wss:\/\/[^/?#]+\/?$/;

/** `wss://host` of a base URL (`https://` → `wss://`, `http://` → `ws://`), or any `wss://` host. */
function linkUrl(baseUrl: string | undefined): string | RegExp {
  if (!baseUrl) return ANY_WSS_HOST;
  const url = new URL(baseUrl);
  const scheme = url.protocol === 'http:' || url.protocol === 'ws:' ? 'ws:' : 'wss:';
  return `${scheme}//${url.host}`;
}

/**
 * The MSW handler of the fake realtime channel: Socket.IO connections (`/socket.io/`, EIO 4) to
 * `baseUrl`'s host, or to any `wss://` host without one. Other WebSocket connections to that host
 * go through to the network, as MSW lets through connections no handler matches. msw 2.15 matches
 * a Socket.IO URL with its `/socket.io/` path taken off, so the link is the bare host: a link
 * pattern that includes `/socket.io/` would never match.
 */
export function createSocketHandlers(attach: Attach, baseUrl?: string): WebSocketHandler[] {
  const pattern = linkUrl(baseUrl);
  let link = links.get(pattern);
  if (!link) {
    link = ws.link(pattern);
    links.set(pattern, link);
  }
  const handler = link.addEventListener('connection', ({ client, server }) => {
    if (claimed.has(client)) return;
    claimed.add(client);
    const path = client.url.pathname.replace(/\/+$/, '');
    if (path !== '/socket.io') {
      server.connect();
    } else if (client.url.searchParams.get('EIO') !== '4') {
      // Not a Socket.IO v4 client: a real server refuses the handshake.
      client.close();
    } else {
      serveSocketIo(client, attach);
    }
  });
  return [handler];
}
