import { useLatest } from './useLatest.js';
import { useEffect, useMemo, useRef, useState, useContext, type ReactNode } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  createAssetPayClient,
  DEFAULT_BASE_URL,
  isBlockingError,
  type ApiVariant,
  type AssetPayError,
  type AuthScheme,
  type GetToken,
  type RealtimeSocketFactory,
  type RejectedItem,
} from '../core/index.js';
import { AssetPayContext, type AssetPayContextValue } from './context.js';
import type { RealtimeSlot } from './realtimeSlot.js';
import type { AssetPayTheme } from './theme.js';

/** Props of {@link AssetPayProvider}. */
export interface AssetPayProviderProps {
  /**
   * Returns the client token your backend minted. Called for every request, and once with
   * `{ forceRefresh: true }` after the API rejected the token. The token is kept nowhere else.
   */
  getToken: GetToken;
  /** @default 'https://api.assetpay.co' */
  baseUrl?: string;
  /**
   * Which published AssetPay API `baseUrl` serves: `'gg'` (api.assetpay.gg, the official SDK's
   * OpenAPI contract) or `'co'` (api.assetpay.co). @default 'gg' for a host on assetpay.gg, else 'co'
   */
  apiVariant?: ApiVariant;
  /**
   * `'raw'`: `Authorization: <token>` (the `.co` docs); `'bearer'`: `Authorization: Bearer <token>`.
   * A `MISSING_BEARER` answer switches to Bearer for good. @default 'raw' on `.co`, 'bearer' on `.gg`
   */
  authScheme?: AuthScheme;
  /**
   * Ask for instant credit on CS2 deposits. Set `false` if your merchant account never offers it:
   * the dialog then promises nothing before the 7-day hold. @default true
   */
  instant?: boolean;
  /** Custom fetch (tests, proxies). @default globalThis.fetch, looked up on each request */
  fetch?: typeof fetch;
  /**
   * Called once, on the first request, and every API request and the realtime socket wait for the
   * promise it returns: start the mock worker here (a dynamic import of the mock entry)
   * so no request can reach the real API before the mock is up, while the components render (and
   * server-render) their shell. A rejection fails the waiting requests; the next request calls it
   * again. @default undefined (requests go out at once)
   */
  ready?: () => Promise<unknown>;
  /** Query client to use. @default the nearest QueryClientProvider's, else one of its own */
  queryClient?: QueryClient;
  /** Identifies the signed-in user (e.g. the SteamID) in query keys, so two users never share cache. */
  userKey?: string;
  /** Send `refresh=true` on the first inventory load of a browser session, as AssetPay advises. @default true */
  refreshOnSessionStart?: boolean;
  /** Minimum time between two user-asked refreshes (`refresh=true`). @default 30000 */
  refreshCooldownMs?: number;
  /** Automatic retries of transient read errors (Steam down, network), honouring `Retry-After`. @default 3 */
  retry?: number;
  /** Called when a response had malformed rows that were left out. */
  onInvalidItems?: (rejected: RejectedItem[]) => void;
  /**
   * Called when the API still refuses the token after one forced refresh and replay: the session is
   * over (e.g. send the user to sign in again). Gets the error, never the token. @default undefined
   */
  onAuthError?: (error: AssetPayError) => void;
  /**
   * Called once per error that no retry fixes (`USER_NOT_TRADEABLE`, `INVENTORY_PRIVATE`,
   * `INVALID_TRADEURL`, `ESCROW_NOT_ALLOWED`, `ACCOUNT_DISABLED`, `FORBIDDEN`) from the inventory
   * hooks and `useDeposit`, e.g. to collect a new trade URL. @default undefined
   */
  onBlockingError?: (error: AssetPayError) => void;
  /**
   * Follow trades over AssetPay's Socket.IO channel (one socket per provider, opened only while a
   * trade is followed; `socket.io-client` is loaded then), polling rarely as a safety net and as
   * before whenever the socket is down. `url` defaults to `baseUrl`; `createSocket` replaces
   * socket.io-client (tests, a custom transport). `false`: polling only.
   * @default true
   */
  realtime?: boolean | { url?: string; createSocket?: RealtimeSocketFactory };
  /** Theme of the styled components: a preset (`'dark'` default, `'light'`) and CSS variables. */
  theme?: AssetPayTheme;
  children?: ReactNode;
}

/** Makes the AssetPay client available to the hooks and components below it. */
export function AssetPayProvider(props: AssetPayProviderProps) {
  const { baseUrl = DEFAULT_BASE_URL, apiVariant, authScheme, fetch: fetchImpl, userKey } = props;
  const latest = useLatest(props);
  const nearest = useContext(QueryClientContext);
  const [own] = useState(() => (props.queryClient || nearest ? null : new QueryClient()));
  const queryClient = props.queryClient ?? nearest ?? own!;
  const [lastRefreshAt] = useState(() => new Map<number, number>());
  // Several hooks may see the same error object (one query, many observers): tell the host once.
  const [reported] = useState(() => new WeakSet<AssetPayError>());

  // Started on the first request, never during render, so server rendering starts nothing.
  const [whenReady] = useState(() => {
    let pending: Promise<unknown> | null = null;
    return (): Promise<unknown> | null => {
      const ready = latest.current.ready;
      if (!ready) return null;
      pending ??= Promise.resolve()
        .then(ready)
        .catch((error: unknown) => {
          pending = null;
          throw error;
        });
      return pending;
    };
  });

  const client = useMemo(
    () =>
      createAssetPayClient({
        baseUrl,
        apiVariant,
        authScheme,
        getToken: (options) => latest.current.getToken(options),
        fetch: (input, init) => {
          const send = () => (fetchImpl ?? globalThis.fetch)(input, init);
          return whenReady()?.then(send) ?? send();
        },
        onAuthError: (error) => latest.current.onAuthError?.(error),
      }),
    [baseUrl, apiVariant, authScheme, fetchImpl, whenReady],
  );

  const realtimeOptions = typeof props.realtime === 'object' ? props.realtime : {};
  const realtimeUrl = props.realtime === false ? null : (realtimeOptions.url ?? baseUrl);
  // Read through a ref like getToken: an inline function must not reopen the socket on every render.
  const customSocket = useLatest(realtimeOptions.createSocket);
  const realtime = useMemo<RealtimeSlot | null>(
    () =>
      realtimeUrl === null
        ? null
        : {
            url: realtimeUrl,
            getToken: (options) => latest.current.getToken(options),
            customSocket: () => customSocket.current,
            ready: whenReady,
            connection: null,
            visible: true,
          },
    [realtimeUrl, whenReady],
  );
  useEffect(() => {
    if (!realtime || typeof document === 'undefined') return () => realtime?.connection?.close();
    const onVisibility = () => {
      realtime.visible = document.visibilityState !== 'hidden';
      realtime.connection?.setVisible(realtime.visible);
    };
    document.addEventListener('visibilitychange', onVisibility);
    onVisibility();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      realtime.connection?.close();
    };
  }, [realtime]);

  const value = useMemo<AssetPayContextValue>(
    () => ({
      client,
      queryClient,
      scope: ['assetpay', baseUrl, userKey ?? null],
      userKey: userKey ?? null,
      refreshOnSessionStart: props.refreshOnSessionStart ?? true,
      refreshCooldownMs: props.refreshCooldownMs ?? 30_000,
      retry: props.retry ?? 3,
      instant: props.instant ?? true,
      lastRefreshAt,
      onInvalidItems: (rejected) => latest.current.onInvalidItems?.(rejected),
      reportBlockingError: (error) => {
        if (!isBlockingError(error) || reported.has(error)) return;
        reported.add(error);
        latest.current.onBlockingError?.(error);
      },
      theme: props.theme,
      realtime,
    }),
    [client, queryClient, baseUrl, userKey, props.refreshOnSessionStart, props.refreshCooldownMs, props.retry, props.instant, lastRefreshAt, reported, props.theme, realtime],
  );

  const tree = <AssetPayContext.Provider value={value}>{props.children}</AssetPayContext.Provider>;
  return own ? <QueryClientProvider client={own}>{tree}</QueryClientProvider> : tree;
}
