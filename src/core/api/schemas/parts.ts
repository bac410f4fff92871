import * as v from 'valibot';
import { toCents, tryToCents } from '../../money.js';

// Building blocks shared by the schemas of each endpoint (one module per endpoint, so a page
// bundles only the schemas it uses).

/** Optional field that becomes `undefined` when the API sends something unusable. */
export const soft = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

export const finiteNumber = v.pipe(v.number(), v.finite());
export const positiveInt = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

/** Exact USD amount: rejects NaN, negatives and fractions of a cent (see `toCents`). */
export const usd = v.pipe(
  v.number('expected a number'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return { usd: dataset.value, cents: toCents(dataset.value) };
    } catch (error) {
      addIssue({ message: (error as Error).message });
      return NEVER;
    }
  }),
);

/** Collateral in cents, rounded down: it feeds an estimate that must never promise too much. */
export function collateralToCents(usdValue: number): number {
  return tryToCents(usdValue) ?? Math.min(Math.floor(usdValue * 100), Number.MAX_SAFE_INTEGER);
}

/** Short readable description of the first validation issue. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
