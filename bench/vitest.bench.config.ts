// `vitest bench --run --config bench/vitest.bench.config.ts`: the hook micro-benchmarks in Node,
// without the repo's jsdom / React 18 / Storybook browser projects. Besides the usual table and
// bench/results/hooks.json, it prints the hook pipeline's median against its 4 ms target and writes
// the same lines to bench/results/hooks.md (and the check to hooks-pipeline.json, which the grid
// report quotes).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { PIPELINE_BENCH, PIPELINE_TARGET_MS } from './pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BenchTask {
  type: string;
  name: string;
  tasks?: BenchTask[];
  meta?: { benchmark?: boolean };
  result?: { benchmark?: { median: number; p75: number; min: number; max: number; sampleCount: number; rme: number } };
}

/** Lists every benchmark with its median, and checks the pipeline's against the target. */
class PipelineTargetReporter {
  onTestRunEnd(testModules: ReadonlyArray<{ task: BenchTask }>) {
    const rows: Array<{ group: string; name: string; median: number; p75: number; samples: number }> = [];
    const walk = (task: BenchTask, group: string) => {
      const stats = task.meta?.benchmark ? task.result?.benchmark : undefined;
      if (stats) rows.push({ group, name: task.name, median: stats.median, p75: stats.p75, samples: stats.sampleCount });
      for (const child of task.tasks ?? []) walk(child, task.type === 'suite' ? task.name : group);
    };
    for (const module of testModules) walk(module.task, '');
    if (rows.length === 0) return;
    const pipeline = rows.find((row) => row.name === PIPELINE_BENCH);
    const load = (os.loadavg()[0] ?? 0).toFixed(1);
    const verdict = pipeline
      ? `Hook pipeline (filter + sort + total, 20,000 items): median ${pipeline.median.toFixed(2)} ms (p75 ${pipeline.p75.toFixed(2)} ms, ${pipeline.samples} samples) vs target ≤ ${PIPELINE_TARGET_MS} ms: ${pipeline.median <= PIPELINE_TARGET_MS ? 'met ✓' : 'missed ✗'}`
      : `Hook pipeline: not run (no benchmark named "${PIPELINE_BENCH}")`;
    const lines = [
      '# Hook micro-benchmarks',
      '',
      `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'} · Node ${process.version} · load average (1 min) ${load} at the end`,
      '',
      `**${verdict}**`,
      '',
      '| Group | Benchmark | median (ms) | p75 (ms) | samples |',
      '|---|---|--:|--:|--:|',
      ...rows.map((row) => `| ${row.group} | ${row.name} | ${row.median.toFixed(3)} | ${row.p75.toFixed(3)} | ${row.samples} |`),
      '',
    ];
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    writeFileSync(path.join(root, 'bench/results/hooks.md'), lines.join('\n'));
    // For the grid report (bench/run.mjs), which quotes the check.
    const check = { name: PIPELINE_BENCH, target: PIPELINE_TARGET_MS, median: pipeline?.median ?? null, p75: pipeline?.p75 ?? null, date: new Date().toISOString().slice(0, 16).replace('T', ' '), load };
    writeFileSync(path.join(root, 'bench/results/hooks-pipeline.json'), JSON.stringify(check, null, 2));
    console.log(`\n${verdict}\n(all medians: bench/results/hooks.md)\n`);
  }
}

export default defineConfig({
  root,
  test: {
    environment: 'node',
    include: [],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      outputJson: 'bench/results/hooks.json',
      reporters: ['default', new PipelineTargetReporter() as never],
    },
  },
});
