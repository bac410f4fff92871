#!/usr/bin/env node
// `npm run bench:budget`: the request-budget benchmark. Runs the simulation of N depositing sessions
// (bench/budget/simulate.tsx, through Vitest in jsdom: one file per mode, side by side), then takes
// the medians over the repetitions, prints a Markdown report and writes it to bench/budget/RESULTS.md
// and bench/budget/results.json.
//
// Environment: BUDGET_N (50 sessions), BUDGET_REPS (5), BUDGET_MINUTES (30: length of a session),
// BUDGET_STAGGER (5: session starts spread over the first minutes), BUDGET_STEP_MS (1000),
// BUDGET_VARIANT (co | gg), BUDGET_SKIP_RUN=1 (only report from bench/budget/out/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outDir = path.join(here, 'out');
const MODES = ['polling', 'realtime'];
/** Optional runs beside the two modes, reported apart (none at the moment: the defaults meet the goals). */
const WHATIFS = {};
const ENDPOINTS = ['inventory', 'deposit', 'trades'];
const LIMITS = { inventory: 1000, deposit: 500, trades: 3000 };
const ENDPOINT_NAMES = { inventory: 'GET /client/inventory', deposit: 'POST /client/trading/deposit', trades: 'GET /client/trades' };
const GOAL_TRADES = 0.1;
const GOAL_USERS = 10_000;

const started = Date.now();
const loadStart = os.loadavg()[0];
if (process.env.BUDGET_SKIP_RUN !== '1') {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'bench/budget/vitest.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BUDGET_OUT: outDir },
  });
  if (run.status !== 0) {
    console.error(`bench:budget: the simulation failed (vitest exit ${run.status ?? run.signal})`);
    process.exit(run.status || 1);
  }
}

const data = Object.fromEntries(
  [...MODES, ...Object.keys(WHATIFS)].flatMap((mode) => {
    const file = path.join(outDir, `${mode}.json`);
    if (!existsSync(file)) {
      if (MODES.includes(mode)) throw new Error(`missing ${path.relative(root, file)}: the ${mode} run wrote nothing`);
      return [];
    }
    return [[mode, JSON.parse(readFileSync(file, 'utf8'))]];
  }),
);

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (values) => [Math.min(...values), Math.max(...values)];
const keysOf = (runs, pick) => [...new Set(runs.flatMap((run) => Object.keys(pick(run))))].sort();

function summarise(name) {
  const { config, runs, mode } = data[name];
  const perUser = Object.fromEntries(ENDPOINTS.map((e) => [e, median(runs.map((run) => run.perUserPerMin[e]))]));
  const perUserRange = Object.fromEntries(ENDPOINTS.map((e) => [e, range(runs.map((run) => run.perUserPerMin[e]))]));
  const total = Object.fromEntries(ENDPOINTS.map((e) => [e, median(runs.map((run) => run.totals[e] / config.sessionMinutes))]));
  const peak = Object.fromEntries(ENDPOINTS.map((e) => [e, median(runs.map((run) => run.peakMinute[e]))]));
  const capacity = Object.fromEntries(ENDPOINTS.map((e) => [e, perUser[e] > 0 ? LIMITS[e] / perUser[e] : Infinity]));
  const binding = ENDPOINTS.reduce((best, e) => (capacity[e] < capacity[best] ? e : best), ENDPOINTS[0]);
  const perSession = Object.fromEntries(
    keysOf(runs, (run) => run.breakdown).map((key) => [key, median(runs.map((run) => (run.breakdown[key] ?? 0) / config.sessions))]),
  );
  const pollRates = Object.fromEntries(
    keysOf(runs, (run) => run.pollsPerTradeMinute).map((key) => [
      key,
      {
        perMinute: median(runs.map((run) => run.pollsPerTradeMinute[key]?.perMinute)),
        minutesPerSession: median(runs.map((run) => (run.pollsPerTradeMinute[key]?.minutes ?? 0) / config.sessions)),
      },
    ]),
  );
  const check = (pick) => median(runs.map((run) => pick(run.checks)));
  const checks = {
    sessionsDeposited: check((c) => c.sessionsDeposited),
    sessionsOnHold: check((c) => c.sessionsOnHold),
    realtimeShareOfFollowing: check((c) => c.realtimeShareOfFollowing),
    realtimePollsPerTradeMinute: check((c) => c.realtimePollsPerTradeMinute),
    minRealtimePollGapS: runs.some((run) => run.checks.minRealtimePollGapS !== null) ? Math.min(...runs.map((run) => run.checks.minRealtimePollGapS ?? Infinity)) : null,
    socketsOpened: check((c) => c.socketsOpened),
    eventsPushed: check((c) => c.eventsPushed),
    eventSource: [...new Set(runs.map((run) => run.checks.eventSource))].join(', '),
    followedMinutesPerSession: check((c) => c.followedMinutes / config.sessions),
    depositErrors: runs.flatMap((run) => run.checks.depositErrors),
  };
  return {
    name,
    mode,
    config,
    reps: runs.length,
    perUserPerMin: perUser,
    perUserPerMinRange: perUserRange,
    merchantPerMin: total,
    peakMinute: peak,
    capacity,
    largestN: Math.floor(capacity[binding]),
    binding,
    tradesGoalMet: perUser.trades <= GOAL_TRADES,
    usersGoalMet: capacity[binding] >= GOAL_USERS,
    requestsPerSession: perSession,
    tradesPollsPerFollowedMinute: pollRates,
    checks,
    wallSeconds: runs.map((run) => Math.round(run.wallMs / 100) / 10),
  };
}

const summaries = MODES.map(summarise);
const whatifs = Object.keys(WHATIFS).filter((name) => data[name]).map(summarise);
const all = [...summaries, ...whatifs];
const config = summaries[0].config;

const fmt = (value, digits = 3) => (value === null || value === undefined ? '—' : value === Infinity ? '∞' : value.toFixed(digits));
const int = (value) => (value === Infinity ? '∞' : Math.floor(value).toLocaleString('en-US'));
const label = (mode) => WHATIFS[mode] ?? (mode === 'realtime' ? 'realtime on (Socket.IO push)' : 'realtime off (polling)');
const rangeText = ([lo, hi], digits = 3) => (Math.abs(hi - lo) < 10 ** -digits ? '' : ` (${lo.toFixed(digits)}–${hi.toFixed(digits)})`);

const lines = [];
const push = (...rows) => lines.push(...rows);
push(
  '# Request budget: AssetPay rate limits per merchant',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length}× ${os.cpus()[0]?.model?.trim() ?? '?'} · Node ${process.version} · run took ${Math.round((Date.now() - started) / 1000)} s · load average (1 min) ${loadStart.toFixed(1)} at start`,
  '',
  `**Simulated:** N = ${config.sessions} concurrent depositing sessions per mode, ${config.reps} repetitions (seeds 1–${config.reps}, the same users in both modes), medians shown (min–max across repetitions where they differ). ` +
    `Each session lasts ${config.sessionMinutes} min from its start; starts are spread evenly over the first ${config.staggerMinutes} min. ` +
    `\`.${config.variant}\` fake API (\`createMockAssetPay\`, defaults: 120 CS2 items, at most 100 rows a page on \`.co\`; \`.gg\` loads them in one \`limit=-1\` call), one per user (its own inventory and trade list, as a client token sees), all installed in one \`msw/node\` server. ` +
    `Real hooks (\`AssetPayProvider\`, \`useInfiniteInventory({ loadAll: true, perPage: 500 })\`, \`useDepositSelection\`, \`useDeposit\`, \`useTrade\`) in jsdom with \`renderHook\`, fake timers advanced in ${config.stepMs} ms steps.`,
  '',
  `**Session:** load the inventory; select 2 depositable items after 20–40 s; deposit 10–20 s later; follow the trade until the session ends. The CS2 trade moves at AssetPay's side by \`setTradeStatus\`: offer sent 10–20 s after the deposit, accepted 90–150 s later (~2 min), ${config.variant === 'gg' ? 'hold' : 'ACTIVE, then HOLD 5–15 s after that'}; it stays on hold (7 days) to the end. ` +
    'Realtime: the provider gets `realtime={{ createSocket }}`, a stand-in socket that connects at once and never drops; every trade change of every user (the mock\'s `onTradeEvent` hub, or the bench itself where the mock has none) goes to every open socket (the merchant room), the library filters. A socket is not an HTTP request and is not counted.',
  '',
  `**Assumption for the largest N:** a steady-state population in which each user runs one such session per ${config.sessionMinutes} minutes (so a user's request rate is a session's requests / ${config.sessionMinutes} min); largest N = min over the three endpoints of (verified limit / per-user rate). Verified limits per merchant, shared by all its users (assetpay-api.md §4.3): inventory ${LIMITS.inventory.toLocaleString('en-US')}/min, deposit ${LIMITS.deposit}/min, trades ${LIMITS.trades.toLocaleString('en-US')}/min. Goal with realtime: trades ≤ ${GOAL_TRADES} per active user per minute, ≥ ${GOAL_USERS.toLocaleString('en-US')} concurrent users.`,
  '',
  '## Per active user',
  '',
  '| mode | inventory/min per user | deposit/min per user | trades/min per user | largest N within the verified limits | binding endpoint | trades ≤ 0.1/user/min | ≥ 10,000 users |',
  '|---|--:|--:|--:|--:|---|:-:|:-:|',
  ...summaries.map(
    (s) =>
      `| ${label(s.name)} | ${fmt(s.perUserPerMin.inventory)}${rangeText(s.perUserPerMinRange.inventory)} | ${fmt(s.perUserPerMin.deposit)}${rangeText(s.perUserPerMinRange.deposit)} | ${fmt(s.perUserPerMin.trades)}${rangeText(s.perUserPerMinRange.trades)} | ${int(s.largestN)} | ${ENDPOINT_NAMES[s.binding]} | ${s.tradesGoalMet ? 'met ✓' : 'missed ✗'} | ${s.usersGoalMet ? 'met ✓' : 'missed ✗'} |`,
  ),
  '',
  'Users each endpoint alone would allow (limit / per-user rate):',
  '',
  '| mode | inventory | deposit | trades |',
  '|---|--:|--:|--:|',
  ...all.map((s) => `| ${label(s.name)} | ${int(s.capacity.inventory)} | ${int(s.capacity.deposit)} | ${int(s.capacity.trades)} |`),
  '',
  ...(whatifs.length === 0
    ? []
    : [
        '**What-if** (not a default of the library; only a public option changed, to show how far the interval alone goes). `intervalMs: 60_000` makes the poll 60 s before the hold and 5 min on hold while the socket is up (12 × 60 s, capped at `MAX_TRADE_POLL_MS`), but also slows the fallback polling to 60 s whenever the socket is down. Even then the on-hold polls alone come to ' + whatifs.map((s) => `${fmt((s.requestsPerSession['trades: while realtime, on hold'] ?? 0) / s.config.sessionMinutes, 2)}`).join(', ') + ' per user per minute:',
        '',
        '| run | inventory/min per user | deposit/min per user | trades/min per user | largest N within the verified limits | binding endpoint | trades ≤ 0.1/user/min | ≥ 10,000 users |',
        '|---|--:|--:|--:|--:|---|:-:|:-:|',
        ...whatifs.map(
          (s) =>
            `| ${label(s.name)} | ${fmt(s.perUserPerMin.inventory)} | ${fmt(s.perUserPerMin.deposit)} | ${fmt(s.perUserPerMin.trades)}${rangeText(s.perUserPerMinRange.trades)} | ${int(s.largestN)} | ${ENDPOINT_NAMES[s.binding]} | ${s.tradesGoalMet ? 'met ✓' : 'missed ✗'} | ${s.usersGoalMet ? 'met ✓' : 'missed ✗'} |`,
        ),
        '',
      ]),
  `## All ${config.sessions} sessions together (merchant-wide)`,
  '',
  `Requests per minute: mean over a session's ${config.sessionMinutes} min (= N × per-user rate) / busiest minute of the run.`,
  '',
  '| mode | inventory/min | deposit/min | trades/min |',
  '|---|--:|--:|--:|',
  ...all.map(
    (s) => `| ${label(s.name)} | ${fmt(s.merchantPerMin.inventory, 1)} / ${fmt(s.peakMinute.inventory, 0)} | ${fmt(s.merchantPerMin.deposit, 1)} / ${fmt(s.peakMinute.deposit, 0)} | ${fmt(s.merchantPerMin.trades, 1)} / ${fmt(s.peakMinute.trades, 0)} |`,
  ),
  '',
  '## Where the requests come from (per session)',
  '',
  '| cause | ' + all.map((s) => label(s.name)).join(' | ') + ' |',
  '|---|' + all.map(() => '--:').join('|') + '|',
  ...[...new Set(all.flatMap((s) => Object.keys(s.requestsPerSession)))].sort().map((key) => `| ${key} | ${all.map((s) => fmt(s.requestsPerSession[key] ?? 0, 2)).join(' | ')} |`),
  '',
  'Trades polls per followed trade per minute, by how `useTrade` was following it (`transport`) and its stage; minutes per session in brackets:',
  '',
  '| phase | ' + all.map((s) => label(s.name)).join(' | ') + ' |',
  '|---|' + all.map(() => '--:').join('|') + '|',
  ...[...new Set(all.flatMap((s) => Object.keys(s.tradesPollsPerFollowedMinute)))]
    .sort()
    .map((key) => `| ${key} | ${all.map((s) => { const r = s.tradesPollsPerFollowedMinute[key]; return r ? `${fmt(r.perMinute, 2)} (${fmt(r.minutesPerSession, 1)} min)` : '—'; }).join(' | ')} |`),
  '',
  '## Checks',
  '',
  '| check | ' + all.map((s) => label(s.name)).join(' | ') + ' |',
  '|---|' + all.map(() => '--:').join('|') + '|',
  `| sessions that deposited / ended on hold | ${all.map((s) => `${s.checks.sessionsDeposited} / ${s.checks.sessionsOnHold}`).join(' | ')} |`,
  `| deposit errors | ${all.map((s) => s.checks.depositErrors.length).join(' | ')} |`,
  `| minutes a trade was followed, per session | ${all.map((s) => fmt(s.checks.followedMinutesPerSession, 1)).join(' | ')} |`,
  `| share of that time with \`transport: 'realtime'\` | ${all.map((s) => `${fmt(s.checks.realtimeShareOfFollowing * 100, 1)} %`).join(' | ')} |`,
  `| trades polls per trade-minute while realtime (≤ 1 expected) | ${all.map((s) => fmt(s.checks.realtimePollsPerTradeMinute, 2)).join(' | ')} |`,
  `| shortest gap between two polls of a trade while realtime | ${all.map((s) => (s.checks.minRealtimePollGapS === null ? '—' : `${s.checks.minRealtimePollGapS} s`)).join(' | ')} |`,
  `| sockets opened / trade events pushed into them | ${all.map((s) => `${s.checks.socketsOpened} / ${s.checks.eventsPushed}`).join(' | ')} |`,
  `| source of the trade events | ${all.map((s) => s.checks.eventSource).join(' | ')} |`,
  `| wall time per repetition (s) | ${all.map((s) => s.wallSeconds.join(', ')).join(' | ')} |`,
  '',
);

const realtime = summaries.find((s) => s.name === 'realtime');
const polling = summaries.find((s) => s.name === 'polling');
const hold = realtime.tradesPollsPerFollowedMinute['while realtime, on hold'];
push(
  '## Verdict',
  '',
  realtime.tradesGoalMet
    ? `With realtime, trades requests are ${fmt(realtime.perUserPerMin.trades)} per active user per minute: the ≤ ${GOAL_TRADES} goal is met.`
    : `With realtime, trades requests are ${fmt(realtime.perUserPerMin.trades)} per active user per minute (polling: ${fmt(polling.perUserPerMin.trades)}): the ≤ ${GOAL_TRADES} goal is **not met** (${fmt(realtime.perUserPerMin.trades / GOAL_TRADES, 1)}× over).` +
        (hold ? ` Nearly all of them are the ${fmt(hold.perMinute, 2)}/min safety poll while the trade sits on its 7-day hold with the socket up (${fmt(hold.minutesPerSession, 1)} min of a ${config.sessionMinutes}-min session); on hold, polling alone already polls once a minute (5 s × 12), so realtime saves only the minutes before the hold.` : ''),
  `Largest N within the verified limits: ${int(polling.largestN)} users without realtime (bound by ${ENDPOINT_NAMES[polling.binding]}), ${int(realtime.largestN)} with realtime (bound by ${ENDPOINT_NAMES[realtime.binding]}): the ≥ ${GOAL_USERS.toLocaleString('en-US')} goal is ${realtime.usersGoalMet ? 'met' : '**not met**'}.`,
  ...ENDPOINTS.filter((e) => e !== 'trades' && realtime.capacity[e] < GOAL_USERS).map(
    (e) =>
      `Even with no trades requests at all, ${ENDPOINT_NAMES[e]} alone allows ${int(realtime.capacity[e])} users (< ${GOAL_USERS.toLocaleString('en-US')}): ${fmt(realtime.perUserPerMin[e] * config.sessionMinutes, 2)} requests per session` +
      (e === 'inventory'
        ? ` (first load ${fmt(realtime.requestsPerSession['inventory: first load'] ?? 0, 1)} + refetch of every page after the deposit's invalidation ${fmt(realtime.requestsPerSession['inventory: refetch after the deposit (invalidation)'] ?? 0, 1)}, at 100 rows a page).`
        : '.'),
  ),
  '',
  'Not modelled: socket drops (each reconnect adds one catch-up poll per followed trade), refused tokens, hidden tabs, failed requests and their retries, users who leave before the hold.',
  '',
);

const markdown = lines.join('\n');
writeFileSync(path.join(here, 'RESULTS.md'), markdown);
writeFileSync(
  path.join(here, 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), limits: LIMITS, goals: { tradesPerUserPerMin: GOAL_TRADES, users: GOAL_USERS }, assumption: `each user runs one session per ${config.sessionMinutes} minutes`, summaries, whatifs }, null, 2),
);
console.log(`\n${markdown}\n(written to bench/budget/RESULTS.md and bench/budget/results.json)`);
