import type { RealtimeConnection, RealtimeConnectionOptions, RealtimeStatus } from './connection.js';
import type { FollowedTrade } from './filter.js';
import type { Trade } from '../types.js';

type StatusListener = (status: RealtimeStatus, change: { reconnected: boolean }) => void;

/**
 * The provider's realtime connection, with its code (connection, event filter, trade schema) loaded
 * by dynamic import on the first `follow`, together with socket.io-client: a page that only shows
 * the inventory never downloads it. Until then the status is `'idle'`, so `useTrade` polls. If the
 * chunk fails to load, followers keep polling and the next `follow` tries again.
 */
export function createLazyRealtimeConnection(options: RealtimeConnectionOptions): RealtimeConnection {
  let real: RealtimeConnection | null = null;
  let loading: Promise<RealtimeConnection> | null = null;
  let visible = true;
  // Bumped by close(): a follow still waiting for the chunk is forgotten with the others.
  let generation = 0;
  const statusListeners = new Set<StatusListener>();

  const load = () =>
    (loading ??= import('./connection.js').then(
      ({ createRealtimeConnection }) => {
        real = createRealtimeConnection(options);
        real.subscribe((status, change) => statusListeners.forEach((listener) => listener(status, change)));
        if (!visible) real.setVisible(false);
        return real;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  return {
    get status() {
      return real?.status ?? 'idle';
    },
    follow(followed: () => FollowedTrade, listener: (trade: Trade) => void) {
      if (real) return real.follow(followed, listener);
      let unfollow: (() => void) | null = null;
      let left = false;
      const at = generation;
      load().then(
        (connection) => {
          if (!left && at === generation) unfollow = connection.follow(followed, listener);
        },
        () => undefined,
      );
      return () => {
        left = true;
        unfollow?.();
      };
    },
    subscribe(listener: StatusListener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
    setVisible(next: boolean) {
      visible = next;
      real?.setVisible(next);
    },
    close() {
      generation += 1;
      real?.close();
    },
  };
}
