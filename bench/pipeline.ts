// The hook pipeline's name and target, shared by hooks.bench.ts and the reporter in
// vitest.bench.config.ts (which prints the check after `vitest bench`).

/** Name of the benchmark the 4 ms pipeline target applies to. */
export const PIPELINE_BENCH = 'pipeline per filter change: cached sort + search through the index + totals of 250 selected';

/** Target for the median of {@link PIPELINE_BENCH}, in ms: a quarter of a 60 Hz frame. */
export const PIPELINE_TARGET_MS = 4;
