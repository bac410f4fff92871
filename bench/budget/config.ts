// Settings of the request-budget run, from the environment (bench/budget/run.mjs passes them on).
import type { SimulationOptions } from './simulate.js';

const int = (name: string, fallback: number, min: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number >= ${min}, got ${raw}`);
  return value;
};

export interface BudgetConfig {
  sessions: number;
  reps: number;
  sessionMinutes: number;
  staggerMinutes: number;
  stepMs: number;
  variant: 'co' | 'gg';
  outDir: string;
}

export function budgetConfig(): BudgetConfig {
  const variant = process.env.BUDGET_VARIANT ?? 'co';
  if (variant !== 'co' && variant !== 'gg') throw new RangeError(`BUDGET_VARIANT must be co or gg, got ${variant}`);
  return {
    sessions: int('BUDGET_N', 50, 1),
    reps: int('BUDGET_REPS', 5, 1),
    sessionMinutes: int('BUDGET_MINUTES', 30, 1),
    staggerMinutes: int('BUDGET_STAGGER', 5, 0),
    stepMs: int('BUDGET_STEP_MS', 1000, 100),
    variant,
    outDir: process.env.BUDGET_OUT ?? 'bench/budget/out',
  };
}

/** The options of repetition `rep` (0-based): both modes use the same seeds, so the same users do the same things. */
export function repOptions(config: BudgetConfig, mode: SimulationOptions['mode'], rep: number, extra: Partial<SimulationOptions> = {}): SimulationOptions {
  return { ...extra, mode, sessions: config.sessions, sessionMinutes: config.sessionMinutes, staggerMinutes: config.staggerMinutes, stepMs: config.stepMs, seed: rep + 1, variant: config.variant };
}
