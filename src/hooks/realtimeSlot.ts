import { createLazyRealtimeConnection, type GetToken, type RealtimeConnection, type RealtimeSocketFactory } from '../core/index.js';

/**
 * The provider's place for its one realtime connection. The provider only fills in the settings
 * and the tab's visibility; the connection (its code, and socket.io-client when it connects) is
 * made by the first `useTrade`, so a page that never follows a trade bundles none of it.
 */
export interface RealtimeSlot {
  readonly url: string;
  readonly getToken: GetToken;
  /** The provider's `realtime.createSocket`, read when a socket is made. */
  readonly customSocket: () => RealtimeSocketFactory | undefined;
  /** The provider's `ready` (the mock worker): a socket waits for it like every request. */
  readonly ready: () => Promise<unknown> | null;
  connection: RealtimeConnection | null;
  /** The tab is showing (the provider tracks `visibilitychange`). */
  visible: boolean;
}

/** socket.io-client, loaded only once a trade is followed: a page that never deposits never downloads it. */
const loadSocket: RealtimeSocketFactory = async (url, options) => (await import('socket.io-client')).io(url, options);

/** The slot's connection, made on first use with the tab's visibility. */
export function connectionOf(slot: RealtimeSlot): RealtimeConnection {
  if (!slot.connection) {
    slot.connection = createLazyRealtimeConnection({
      url: slot.url,
      getToken: slot.getToken,
      createSocket: async (url, options) => {
        await slot.ready();
        return (slot.customSocket() ?? loadSocket)(url, options);
      },
    });
    if (!slot.visible) slot.connection.setVisible(false);
  }
  return slot.connection;
}
