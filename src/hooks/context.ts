import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AssetPayClient, AssetPayError, RejectedItem } from '../core/index.js';
import type { RealtimeSlot } from './realtimeSlot.js';
import type { AssetPayTheme } from './theme.js';

/** What `AssetPayProvider` gives the hooks below it. */
export interface AssetPayContextValue {
  client: AssetPayClient;
  queryClient: QueryClient;
  /** Query-key prefix: `['assetpay', baseUrl, userKey]`. Never holds the token. */
  scope: readonly unknown[];
  /** The provider's `userKey`: who is signed in, for keys of per-user state (never the token). `null` when not given. */
  userKey: string | null;
  refreshOnSessionStart: boolean;
  refreshCooldownMs: number;
  retry: number;
  /** Ask for instant credit by default (the provider's `instant`). */
  instant: boolean;
  /** Last `refresh=true` request per game, for the cooldown. */
  lastRefreshAt: Map<number, number>;
  onInvalidItems?: (rejected: RejectedItem[]) => void;
  /** Passes a blocking error (`BLOCKING_ERROR_KEYS`) to the provider's `onBlockingError`, once per error object. */
  reportBlockingError?: (error: AssetPayError) => void;
  /** Theme for the styled components below the provider. */
  theme?: AssetPayTheme;
  /** Where the shared trade-event socket lives (made by the first `useTrade`), or `null` when the provider's `realtime` is off. */
  realtime?: RealtimeSlot | null;
}

export const AssetPayContext = createContext<AssetPayContextValue | null>(null);

/** The provider's value, or `null` outside `AssetPayProvider` (components that need no API use this). */
export function useOptionalAssetPay(): AssetPayContextValue | null {
  return useContext(AssetPayContext);
}

/** The provider's client and settings; throws a clear error outside `AssetPayProvider`. */
export function useAssetPay(): AssetPayContextValue {
  const value = useContext(AssetPayContext);
  if (!value) throw new Error('react-assetpay: wrap your components in <AssetPayProvider getToken={...}>.');
  return value;
}
