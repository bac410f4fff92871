// Request-budget simulation: N depositing sessions of one merchant, each with the library's real
// hooks (AssetPayProvider, useInfiniteInventory, useDepositSelection, useDeposit, useTrade) rendered
// with renderHook in jsdom on fake timers, against one embedded fake API (createMockAssetPay) per
// user, installed with msw/node. Counts what every session sends to each rate-limited endpoint.
import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, type RenderHookResult } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { vi } from 'vitest';
import {
  AssetPayProvider,
  isDepositable,
  useDeposit,
  useDepositSelection,
  useInfiniteInventory,
  useTrade,
  type RealtimeSocket,
  type RealtimeSocketFactory,
  type Trade,
} from '../../src/index.js';
import { createMockAssetPay, type MockAssetPay, type MockAssetPayOptions, type MockTrade, type MockTradeStatus } from '../../src/mock/index.js';

export type Mode = 'polling' | 'realtime';
export type Endpoint = 'inventory' | 'deposit' | 'trades';
export const ENDPOINTS: readonly Endpoint[] = ['inventory', 'deposit', 'trades'];

/** Verified-tier limits per merchant, shared by all its users (assetpay-api.md §4.3). */
export const VERIFIED_LIMITS: Record<Endpoint, number> = { inventory: 1000, deposit: 500, trades: 3000 };

export interface SimulationOptions {
  mode: Mode;
  /** Concurrent sessions simulated. */
  sessions: number;
  /** Length of each session, from its start, in minutes. */
  sessionMinutes: number;
  /** Session starts are spread evenly over this many minutes. */
  staggerMinutes: number;
  /** Fake-time step, ms. */
  stepMs: number;
  seed: number;
  variant: 'co' | 'gg';
  /** `useTrade({ intervalMs })`; undefined: the default (5 s), as `TradeStatus` and the contract suite use it. */
  tradeIntervalMs?: number;
}

/** What one simulated run measured. */
export interface SimulationResult {
  options: SimulationOptions;
  /** Requests per endpoint over all sessions. */
  totals: Record<Endpoint, number>;
  /** totals / (sessions × sessionMinutes). */
  perUserPerMin: Record<Endpoint, number>;
  /** Merchant-wide requests in the busiest minute of the run (with `sessions` users). */
  peakMinute: Record<Endpoint, number>;
  /** Requests per endpoint and cause, over all sessions. */
  breakdown: Record<string, number>;
  /** Merchant-wide requests per minute of the run, per endpoint. */
  timeline: Record<Endpoint, number[]>;
  checks: {
    sessionsLoaded: number;
    sessionsDeposited: number;
    sessionsOnHold: number;
    depositErrors: string[];
    /** Share of the time a trade was followed during which `useTrade().transport` was `'realtime'`. */
    realtimeShareOfFollowing: number;
    /** Minutes some trade was followed, over all sessions. */
    followedMinutes: number;
    /** Trades polls per followed trade per minute while `transport` was `'realtime'` (target ≤ 1). */
    realtimePollsPerTradeMinute: number | null;
    /** Shortest gap between two trades polls of one session while realtime, in seconds. */
    minRealtimePollGapS: number | null;
    socketsOpened: number;
    /** Trade events pushed into sockets (every trade to every open socket: the merchant room). */
    eventsPushed: number;
    /** Where the pushed trade events came from. */
    eventSource: 'mock.onTradeEvent' | 'bench (on setTradeStatus)' | 'none';
    /** Stage each session's trade was in at its end, counted. */
    finalStages: Record<string, number>;
  };
  /** Trades polls per followed trade per minute, by transport and stage (followed time only). */
  pollsPerTradeMinute: Record<string, { minutes: number; polls: number; perMinute: number }>;
  wallMs: number;
}

/** Mulberry32: small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Trade statuses a CS2 deposit goes through after INITIATED, with when (after the previous one). */
function tradeScript(variant: 'co' | 'gg', r: () => number): { status: MockTradeStatus; afterMs: number }[] {
  const sent = 10 * SECOND + r() * 10 * SECOND; // the bot sends the Steam offer
  const accepted = 90 * SECOND + r() * 60 * SECOND; // the user accepts it in Steam (~2 min)
  const held = 5 * SECOND + r() * 10 * SECOND; // transfer done, 7-day hold starts
  if (variant === 'gg') {
    // .gg: `active` is the offer in the inbox; acceptance leads straight to hold.
    return [
      { status: 'active', afterMs: sent },
      { status: 'hold', afterMs: accepted + held },
    ];
  }
  return [
    { status: 'PENDING', afterMs: sent },
    { status: 'ACTIVE', afterMs: accepted },
    { status: 'HOLD', afterMs: held },
  ];
}

/** The merchant room: every trade event goes to every open socket, as AssetPay's client-token sockets get them. */
class MerchantRoom {
  readonly sockets = new Set<FakeSocket>();
  opened = 0;
  pushed = 0;
  broadcast(trade: unknown) {
    const payload = { trade: structuredClone(trade) };
    for (const socket of [...this.sockets]) {
      this.pushed += 1;
      socket.serve('trade', payload);
    }
  }
}

/** A stand-in for a socket.io-client socket: connected at once, no network. */
class FakeSocket implements RealtimeSocket {
  private readonly listeners = new Map<string, ((...args: any[]) => void)[]>();
  private open = true;
  constructor(private readonly room: MerchantRoom) {
    room.sockets.add(this);
    room.opened += 1;
  }
  on(event: string, listener: (...args: any[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    // The connection adds its listeners right after creating the socket: connect then.
    if (event === 'connect') queueMicrotask(() => this.open && listener());
    return this;
  }
  disconnect() {
    this.open = false;
    this.room.sockets.delete(this);
    return this;
  }
  serve(event: string, ...args: unknown[]) {
    if (!this.open) return;
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

function useSession({ tradeIntervalMs }: { tradeIntervalMs: number | undefined }) {
  const inventory = useInfiniteInventory({ loadAll: true, perPage: 500 });
  const selection = useDepositSelection({ items: inventory.items, inventoryComplete: inventory.isComplete, game: 730, collateral: inventory.collateral });
  const deposit = useDeposit({ selection });
  const trade = useTrade({ trade: deposit.trade, enabled: deposit.trade !== undefined, ...(tradeIntervalMs === undefined ? {} : { intervalMs: tradeIntervalMs }) });
  return { inventory, selection, deposit, trade };
}

type Phase = 'loading' | 'selected' | 'depositing' | 'following' | 'done';

interface Session {
  index: number;
  startAt: number;
  endAt: number;
  selectAt: number;
  depositAt: number;
  script: { status: MockTradeStatus; afterMs: number }[];
  scriptStep: number;
  nextStatusAt: number;
  mock: MockAssetPay;
  hook: RenderHookResult<ReturnType<typeof useSession>, { tradeIntervalMs: number | undefined }> | null;
  phase: Phase;
  seen: number;
  lastRealtimePollAt: number | null;
  loaded: boolean;
  depositError?: string;
  finalStage?: string;
}

function endpointOf(url: string): Endpoint | null {
  const path = new URL(url).pathname;
  if (path.endsWith('/client/inventory')) return 'inventory';
  if (path.endsWith('/client/trading/deposit')) return 'deposit';
  if (path.endsWith('/client/trades')) return 'trades';
  return null;
}

const zero = (): Record<Endpoint, number> => ({ inventory: 0, deposit: 0, trades: 0 });

/** Lets real I/O callbacks (the fetch interceptor) run between fake-time steps. */
const realSetImmediate = globalThis.setImmediate;
async function yieldToEventLoop(times = 3) {
  for (let i = 0; i < times; i += 1) await new Promise<void>((resolve) => realSetImmediate(() => resolve()));
}

export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const wallStart = performance.now();
  const { mode, sessions: count, sessionMinutes, staggerMinutes, stepMs, seed, variant } = options;
  // setImmediate, queueMicrotask and nextTick stay real: MSW's interceptor and fetch bodies need them.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-03-02T12:00:00.000Z'));
  const t0 = Date.now();
  const room = new MerchantRoom();
  const r = random(seed);
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  let eventSource: SimulationResult['checks']['eventSource'] = mode === 'realtime' ? 'bench (on setTradeStatus)' : 'none';

  const sessions: Session[] = [];
  for (let index = 0; index < count; index += 1) {
    const baseUrl = `https://u${index}.api.assetpay.test`;
    // One fake API per user: its own inventory and trade list, as AssetPay scopes a client token.
    // Distinct seeds: trade ids differ between users, as they do at AssetPay. A SteamID per user
    // (option `clientSteamId`, where the mock has it) for the trades it creates.
    const mockOptions: MockAssetPayOptions & { clientSteamId?: string } = { variant, baseUrl, seed: seed * 1000 + index, iconHost: false, tradeProgress: 'manual', clientSteamId: String(76561198000000000n + BigInt(index + 1)) };
    const mock = createMockAssetPay(mockOptions);
    server.use(...mock.handlers);
    const hub = (mock as unknown as { onTradeEvent?: (listener: (event: unknown) => void) => unknown }).onTradeEvent;
    if (mode === 'realtime' && typeof hub === 'function') {
      eventSource = 'mock.onTradeEvent';
      hub.call(mock, (event: unknown) => {
        const trade = typeof event === 'object' && event !== null && 'trade' in event && (event as { trade?: unknown }).trade ? (event as { trade: unknown }).trade : event;
        room.broadcast(trade);
      });
    }
    const startAt = Math.round((index * staggerMinutes * MINUTE) / count);
    const selectAt = startAt + 20 * SECOND + r() * 20 * SECOND;
    sessions.push({
      index,
      startAt,
      endAt: startAt + sessionMinutes * MINUTE,
      selectAt,
      depositAt: selectAt + 10 * SECOND + r() * 10 * SECOND,
      script: tradeScript(variant, r),
      scriptStep: 0,
      nextStatusAt: Infinity,
      mock,
      hook: null,
      phase: 'loading',
      seen: 0,
      lastRealtimePollAt: null,
      loaded: false,
    });
  }

  const totals = zero();
  const breakdown: Record<string, number> = {};
  const minutes = Math.ceil(staggerMinutes + sessionMinutes) + 1;
  const timeline: Record<Endpoint, number[]> = { inventory: new Array(minutes).fill(0), deposit: new Array(minutes).fill(0), trades: new Array(minutes).fill(0) };
  let followedMs = 0;
  let realtimeFollowedMs = 0;
  let realtimePolls = 0;
  let minRealtimeGap = Infinity;
  const byPhase: Record<string, { minutes: number; polls: number }> = {};
  const bump = (key: string) => (breakdown[key] = (breakdown[key] ?? 0) + 1);

  const mount = (session: Session) => {
    const queryClient = new QueryClient();
    const createSocket: RealtimeSocketFactory = () => new FakeSocket(room);
    const realtime = mode === 'realtime' ? { createSocket } : false;
    const baseUrl = `https://u${session.index}.api.assetpay.test`;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AssetPayProvider getToken={() => `client-token-${session.index}`} baseUrl={baseUrl} apiVariant={variant} userKey={`steam-${session.index}`} queryClient={queryClient} realtime={realtime}>
        {children}
      </AssetPayProvider>
    );
    session.hook = renderHook(useSession, { wrapper, initialProps: { tradeIntervalMs: options.tradeIntervalMs } });
  };

  /** What a user does at `now` (ms since t0), and the trade moving on at AssetPay's side. */
  const drive = (session: Session, now: number) => {
    if (session.phase === 'done' || !session.hook) return;
    const current = session.hook!.result.current;
    if (current.inventory.isComplete) session.loaded = true;
    if (now >= session.endAt) {
      session.finalStage = current.trade.stage;
      session.hook!.unmount();
      session.phase = 'done';
      return;
    }
    switch (session.phase) {
      case 'loading':
        if (now >= session.selectAt && current.inventory.isComplete) {
          for (const item of current.inventory.items.filter(isDepositable).slice(0, 2)) current.selection.select(item);
          session.phase = 'selected';
        }
        break;
      case 'selected':
        if (now >= session.depositAt) {
          session.phase = 'depositing';
          current.deposit.deposit().catch((error: unknown) => {
            session.depositError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          });
        }
        break;
      case 'depositing':
        if (current.deposit.trade) {
          session.phase = 'following';
          session.nextStatusAt = now + session.script[0]!.afterMs;
        }
        break;
      case 'following': {
        const step = session.script[session.scriptStep];
        if (step && now >= session.nextStatusAt) {
          const trade: Trade | undefined = current.deposit.trade;
          const changed: MockTrade = session.mock.setTradeStatus(trade!.id, step.status);
          if (mode === 'realtime' && eventSource !== 'mock.onTradeEvent') room.broadcast(changed);
          session.scriptStep += 1;
          const next = session.script[session.scriptStep];
          session.nextStatusAt = next ? now + next.afterMs : Infinity;
        }
        break;
      }
    }
  };

  /** Files the requests a session's fake API saw during the last step under their endpoint and cause. */
  const collect = (session: Session, now: number) => {
    const requests = session.mock.requests;
    const state = session.hook && session.phase !== 'done' ? session.hook.result.current : null;
    const following = session.phase === 'following';
    const transport = state?.trade.transport ?? 'polling';
    const stage = state?.trade.stage ?? 'unknown';
    const bucket = `${transport === 'realtime' ? 'while realtime' : 'while polling'}, ${stage === 'hold' || stage === 'escrow' ? 'on hold' : 'before hold'}`;
    if (following) {
      followedMs += stepMs;
      if (transport === 'realtime') realtimeFollowedMs += stepMs;
      const phase = (byPhase[bucket] ??= { minutes: 0, polls: 0 });
      phase.minutes += stepMs / MINUTE;
    }
    for (; session.seen < requests.length; session.seen += 1) {
      const endpoint = endpointOf(requests[session.seen]!.url);
      if (!endpoint) continue;
      totals[endpoint] += 1;
      const minute = Math.min(minutes - 1, Math.floor(now / MINUTE));
      timeline[endpoint][minute]! += 1;
      if (endpoint === 'inventory') bump(session.phase === 'loading' || session.phase === 'selected' ? 'inventory: first load' : 'inventory: refetch after the deposit (invalidation)');
      else if (endpoint === 'deposit') bump('deposit: POST');
      else {
        bump(`trades: ${bucket}`);
        if (following) (byPhase[bucket] ??= { minutes: 0, polls: 0 }).polls += 1;
        if (transport === 'realtime') {
          realtimePolls += 1;
          if (session.lastRealtimePollAt !== null) minRealtimeGap = Math.min(minRealtimeGap, now - session.lastRealtimePollAt);
          session.lastRealtimePollAt = now;
        }
      }
    }
  };

  const end = Math.max(...sessions.map((session) => session.endAt));
  try {
    for (let now = 0; now <= end; now += stepMs) {
      vi.setSystemTime(t0 + now);
      // renderHook acts by itself.
      for (const session of sessions) if (!session.hook && session.phase !== 'done' && now >= session.startAt) mount(session);
      await act(async () => {
        for (const session of sessions) drive(session, now);
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(stepMs);
        await yieldToEventLoop();
      });
      for (const session of sessions) collect(session, now + stepMs);
    }
  } finally {
    for (const session of sessions) if (session.phase !== 'done') session.hook?.unmount();
    server.close();
    vi.useRealTimers();
  }

  const userMinutes = count * sessionMinutes;
  const perUserPerMin = zero();
  const peakMinute = zero();
  for (const endpoint of ENDPOINTS) {
    perUserPerMin[endpoint] = totals[endpoint] / userMinutes;
    peakMinute[endpoint] = Math.max(...timeline[endpoint]);
  }
  const finalStages: Record<string, number> = {};
  for (const session of sessions) finalStages[session.finalStage ?? 'unknown'] = (finalStages[session.finalStage ?? 'unknown'] ?? 0) + 1;
  return {
    options,
    totals,
    perUserPerMin,
    peakMinute,
    breakdown,
    timeline,
    checks: {
      sessionsLoaded: sessions.filter((session) => session.loaded).length,
      sessionsDeposited: sessions.filter((session) => session.phase === 'done' && session.scriptStep > 0).length,
      sessionsOnHold: finalStages.hold ?? 0,
      depositErrors: sessions.flatMap((session) => (session.depositError ? [session.depositError] : [])),
      realtimeShareOfFollowing: followedMs > 0 ? realtimeFollowedMs / followedMs : 0,
      followedMinutes: followedMs / MINUTE,
      realtimePollsPerTradeMinute: realtimeFollowedMs > 0 ? realtimePolls / (realtimeFollowedMs / MINUTE) : null,
      minRealtimePollGapS: Number.isFinite(minRealtimeGap) ? minRealtimeGap / SECOND : null,
      socketsOpened: room.opened,
      eventsPushed: room.pushed,
      eventSource,
      finalStages,
    },
    pollsPerTradeMinute: Object.fromEntries(
      Object.entries(byPhase).map(([bucket, { minutes, polls }]) => [bucket, { minutes, polls, perMinute: minutes > 0 ? polls / minutes : 0 }]),
    ),
    wallMs: performance.now() - wallStart,
  };
}
