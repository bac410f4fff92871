// One Socket.IO connection to AssetPay's trade events, shared by everything that follows a trade.
// Framework-free: the socket comes from an injected factory (socket.io-client in the hooks).
import type { GetToken } from '../api/client.js';
import type { Trade } from '../types.js';
import { isFollowedTrade, tradeOfEvent, type FollowedTrade } from './filter.js';
import { reconnectDelay } from './backoff.js';

/** The part of a socket.io-client `Socket` the connection uses. */
export interface RealtimeSocket {
  on(event: string, listener: (...args: any[]) => void): unknown;
  disconnect(): unknown;
}

/** Options a socket is created with; `query.token` is the one place a token goes into a URL (the API requires it). */
export interface RealtimeSocketOptions {
  transports: ['websocket'];
  query: { token: string };
  /** The connection reconnects by itself, with its own backoff. */
  reconnection: false;
  forceNew: true;
  timeout: number;
}

/** Creates a socket, e.g. socket.io-client's `io(url, options)`, loaded on demand by the hooks. */
export type RealtimeSocketFactory = (url: string, options: RealtimeSocketOptions) => RealtimeSocket | Promise<RealtimeSocket>;

/** Where the connection stands. `paused`: the tab is hidden. */
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'disconnected' | 'paused';

/** Options of {@link createRealtimeConnection}. */
export interface RealtimeConnectionOptions {
  /** Socket.IO server, e.g. `https://api.assetpay.co` (socket.io-client adds `/socket.io/`). */
  url: string;
  getToken: GetToken;
  createSocket: RealtimeSocketFactory;
  /** A disconnect this soon after connecting, with nothing received, is taken as a refused token. @default 1500 */
  authWindowMs?: number;
  /** Wait before closing the socket once nothing is followed (re-renders unfollow and follow again). @default 1000 */
  idleCloseMs?: number;
  /** @default Math.random */
  random?: () => number;
}

/** The shared connection; see {@link createRealtimeConnection}. */
export interface RealtimeConnection {
  readonly status: RealtimeStatus;
  /**
   * Follows a trade: `listener` gets every pushed trade that {@link isFollowedTrade} matches, read from
   * `followed()` at each event (related ids can be learnt later). Returns the unfollow function.
   * The first follower opens the socket; when the last one leaves it is closed.
   */
  follow(followed: () => FollowedTrade, listener: (trade: Trade) => void): () => void;
  /** Called on every status change, and with `reconnected: true` when a socket is up again after a drop. */
  subscribe(listener: (status: RealtimeStatus, change: { reconnected: boolean }) => void): () => void;
  /** Hidden tab: close the socket and wait. Visible again: reconnect if anything is followed. */
  setVisible(visible: boolean): void;
  /** Forgets every follower and closes the socket (a later `follow` opens a new one). */
  close(): void;
}

type Follower = { followed: () => FollowedTrade; listener: (trade: Trade) => void };

/**
 * Opens AssetPay's Socket.IO channel only while a trade is followed, hands each pushed trade to the
 * followers it belongs to and drops every other one (other users' trades) before anything sees it.
 * A bare server disconnect right after connecting with nothing heard means a refused token: one
 * fresh token (`getToken({ forceRefresh: true })`), then backoff. Other drops reconnect with a
 * capped, jittered backoff.
 */
export function createRealtimeConnection(options: RealtimeConnectionOptions): RealtimeConnection {
  const authWindowMs = options.authWindowMs ?? 1500;
  const random = options.random ?? Math.random;
  const followers = new Set<Follower>();
  const statusListeners = new Set<(status: RealtimeStatus, change: { reconnected: boolean }) => void>();
  let status: RealtimeStatus = 'idle';
  let socket: RealtimeSocket | null = null;
  let attempt = 0;
  let drops = 0;
  let authFailures = 0;
  let everConnected = false;
  let visible = true;
  let forceRefresh = false;
  let opening = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function setStatus(next: RealtimeStatus, reconnected = false) {
    if (next === status && !reconnected) return;
    status = next;
    for (const listener of [...statusListeners]) listener(next, { reconnected });
  }

  function drop(current: RealtimeSocket | null) {
    if (!current) return;
    if (socket === current) socket = null;
    try {
      current.disconnect();
    } catch {
      // A socket that failed to open may throw on close; it is gone either way.
    }
  }

  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void open(), ms);
  }

  async function open() {
    clearTimeout(timer);
    if (!visible || followers.size === 0 || socket || opening) return;
    opening = true;
    let stale = false;
    try {
      stale = (await openSocket()) === 'stale';
    } finally {
      opening = false;
    }
    // Stopped and wanted again while the token or the library was on its way: start over.
    if (stale) void open();
  }

  async function openSocket(): Promise<'stale' | void> {
    const mine = ++attempt;
    setStatus('connecting');
    let token: string;
    let created: RealtimeSocket;
    try {
      const refresh = forceRefresh;
      forceRefresh = false;
      token = await (refresh ? options.getToken({ forceRefresh: true }) : options.getToken());
      if (typeof token !== 'string' || token === '') throw new TypeError('no token');
      created = await options.createSocket(options.url, { transports: ['websocket'], query: { token }, reconnection: false, forceNew: true, timeout: 10_000 });
    } catch {
      // No token or no socket library: polling carries on; try again later.
      if (mine === attempt) {
        setStatus('disconnected');
        schedule(reconnectDelay('drop', ++drops, random));
      }
      return;
    }
    if (mine !== attempt || !visible || followers.size === 0) {
      drop(created);
      return 'stale';
    }
    socket = created;
    let connectedAt = 0;
    let heard = false;
    created.on('connect', () => {
      connectedAt = Date.now();
      const reconnected = everConnected;
      everConnected = true;
      setStatus('connected', reconnected);
    });
    created.on('trade', (payload: unknown) => {
      heard = true;
      authFailures = 0;
      drops = 0;
      deliver(payload);
    });
    const lost = (reason: string) => {
      if (socket !== created) return;
      drop(created);
      setStatus(visible ? 'disconnected' : 'paused');
      if (!visible) return;
      const refused = reason === 'io server disconnect' && connectedAt > 0 && !heard && Date.now() - connectedAt < authWindowMs;
      if (refused) {
        authFailures += 1;
        // The first refusal gets a fresh token at once; then the server is left alone for a while.
        forceRefresh = authFailures === 1;
        schedule(authFailures === 1 ? reconnectDelay('drop', 1, random) : reconnectDelay('auth', authFailures - 1, random));
        return;
      }
      // A connection that stood for a while was not a refusal: start the backoff over.
      if (connectedAt > 0 && Date.now() - connectedAt >= authWindowMs) {
        drops = 0;
        authFailures = 0;
      }
      schedule(reconnectDelay('drop', ++drops, random));
    };
    created.on('disconnect', (reason: string) => lost(String(reason)));
    created.on('connect_error', () => lost('connect_error'));
  }

  function deliver(payload: unknown) {
    const trade = tradeOfEvent(payload);
    if (!trade) return;
    for (const follower of [...followers]) {
      if (isFollowedTrade(trade, follower.followed())) follower.listener(trade);
    }
  }

  function stop(next: RealtimeStatus) {
    clearTimeout(timer);
    attempt += 1;
    drop(socket);
    setStatus(next);
  }

  return {
    get status() {
      return status;
    },
    follow(followed, listener) {
      const follower: Follower = { followed, listener };
      followers.add(follower);
      clearTimeout(idleTimer);
      void open();
      return () => {
        followers.delete(follower);
        if (followers.size > 0) return;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => {
          if (followers.size === 0) stop('idle');
        }, options.idleCloseMs ?? 1000);
      };
    },
    subscribe(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      if (!visible) return stop(followers.size > 0 ? 'paused' : 'idle');
      drops = 0;
      void open();
    },
    close() {
      clearTimeout(idleTimer);
      followers.clear();
      stop('idle');
    },
  };
}
