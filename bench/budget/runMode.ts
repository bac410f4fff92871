// Runs every repetition of one mode and writes them to `<outDir>/<mode>.json` for run.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { budgetConfig, repOptions } from './config.js';
import { simulate, type Mode, type SimulationOptions, type SimulationResult } from './simulate.js';

/** `name`: the output file and label (default `mode`); `extra`: more simulation options (what-if runs). */
export async function runMode(mode: Mode, name: string = mode, extra: Partial<SimulationOptions> = {}): Promise<void> {
  const config = budgetConfig();
  const runs: SimulationResult[] = [];
  for (let rep = 0; rep < config.reps; rep += 1) {
    const result = await simulate(repOptions(config, mode, rep, extra));
    runs.push(result);
    const rate = (n: number) => n.toFixed(3);
    console.log(
      `[budget] ${name} rep ${rep + 1}/${config.reps}: N=${config.sessions}, per user/min inventory ${rate(result.perUserPerMin.inventory)}, deposit ${rate(result.perUserPerMin.deposit)}, trades ${rate(result.perUserPerMin.trades)} (${(result.wallMs / 1000).toFixed(1)} s)`,
    );
    // A run in which the sessions did not get through their journey measures nothing.
    expect(result.checks.depositErrors).toEqual([]);
    expect(result.checks.sessionsDeposited).toBe(config.sessions);
    expect(result.checks.sessionsOnHold).toBe(config.sessions);
    // Realtime has to be what useTrade actually used, or the comparison is void.
    if (mode === 'realtime') expect(result.checks.realtimeShareOfFollowing).toBeGreaterThan(0.99);
  }
  mkdirSync(config.outDir, { recursive: true });
  writeFileSync(path.join(config.outDir, `${name}.json`), JSON.stringify({ mode, name, extra, config, runs }, null, 1));
}
