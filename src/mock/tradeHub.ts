// The fake API's trade-change hub: every change of a trade (creation by a deposit, a progression
// step, `setTradeStatus`) goes to the `onTradeEvent` listeners; the realtime channel pushes them.
import type { MockState } from './state.js';
import type { MockTrade } from './tradeTypes.js';

/** SteamID64 of the signed-in user when option `clientSteamId` is not given. */
export const DEFAULT_CLIENT_STEAM_ID = '76561198000000001';

/** The user's SteamID64 (option `clientSteamId`). */
export const clientSteamIdOf = (state: MockState) => state.options.clientSteamId ?? DEFAULT_CLIENT_STEAM_ID;

/**
 * Hands a deep copy of `trade` to every listener, each its own, so no listener can change the
 * mock's trade or another listener's copy. A throwing listener does not stop the others nor the
 * request that changed the trade; its error is rethrown on its own, outside the handler.
 */
export function publishTrade(state: MockState, trade: MockTrade): void {
  for (const listener of [...state.tradeListeners]) {
    try {
      listener(structuredClone(trade));
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** Adds a listener of trade changes; returns the function that removes it. */
export function subscribeTrades(state: MockState, listener: (trade: MockTrade) => void): () => void {
  const entry = (trade: MockTrade) => listener(trade);
  state.tradeListeners.add(entry);
  return () => {
    state.tradeListeners.delete(entry);
  };
}
