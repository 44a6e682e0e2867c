/** Looking up runs of one bench and reading their process figures, shared by the report's sections. */
import type { LoadResult } from '../load';
import { median } from '../repeat';
import type { BenchResults, RunRecord } from './types';

/** A figure with `digits` decimals, 'n/a' when it was not measured. */
export const fixed = (digits: number) => (value: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** The run of one scenario, target and connection count, if it ran. */
export function findRun(
  results: Pick<BenchResults, 'runs'>,
  scenario: string,
  target: string,
  connections: number,
): RunRecord | undefined {
  return results.runs.find(
    (run) => run.scenario === scenario && run.target === target && run.connections === connections,
  );
}

export const isGateway = (role: string) => role === 'gateway';
export const isSubgraph = (role: string) => role !== 'gateway' && role !== 'postgres';
export const isPostgres = (role: string) => role === 'postgres';

/** CPU ms per request served of the run's processes in these roles; NaN for a run that served none. */
export function cpuPerRequest(run: RunRecord | undefined, roles: (role: string) => boolean): number {
  if (!run) return Number.NaN;
  return median(perRepeat(run, (result) => cpuPerRequestOf(result, roles)));
}

const finite = (values: readonly number[]) => values.filter((value) => Number.isFinite(value));

/**
 * A figure of repeated runs as its median and, when the runs differ as shown, their range: `331 (318–340)`;
 * the value alone for one run or runs that agree.
 */
export function spread(values: readonly number[], format: (value: number) => string): string {
  const measured = finite(values);
  if (measured.length === 0) return 'n/a';
  const middle = format(median(measured));
  const [lowest, highest] = [format(Math.min(...measured)), format(Math.max(...measured))];
  return lowest === highest ? middle : `${middle} (${lowest}–${highest})`;
}

/** A figure of each of the cell's runs (one run for results from before `--repeat`). */
export function perRepeat(run: RunRecord | undefined, pick: (result: LoadResult) => number): number[] {
  if (!run) return [];
  return (run.repeats ?? [run]).map(pick);
}

/**
 * A latency figure of each of the cell's runs that completed a request: a run that completed none (a target
 * starved of CPU for the whole run) has no latency, not a latency of 0.
 */
export function latencyPerRepeat(
  run: RunRecord | undefined,
  pick: (latency: LoadResult['latencyMs']) => number,
): number[] {
  if (!run) return [];
  return (run.repeats ?? [run])
    .filter((result) => result.requests > 0)
    .map((result) => pick(result.latencyMs));
}

/** A latency figure's spread, saying so when some of the cell's runs completed no request. */
export function latencySpread(
  run: RunRecord | undefined,
  pick: (latency: LoadResult['latencyMs']) => number,
  format: (value: number) => string,
): string {
  const runs = run ? (run.repeats ?? [run]).length : 0;
  const answered = latencyPerRepeat(run, pick);
  const text = spread(answered, format);
  return answered.length < runs ? `${text} [${answered.length} of ${runs} runs answered]` : text;
}

/** CPU ms per request of these roles in one run of a cell. */
export function cpuPerRequestOf(result: LoadResult, roles: (role: string) => boolean): number {
  if (result.requests === 0) return Number.NaN;
  return (
    result.processes
      .filter((process) => roles(process.role))
      .reduce((sum, process) => sum + process.cpuMs, 0) / result.requests
  );
}

/**
 * A target's verdict with the figure and the bound: `met: 1.12x against ≤ 1.3x`, `missed: 1.62x against ≤ 1.3x`
 * (the miss in bold).
 */
export function verdict(
  value: number,
  bound: number,
  kind: 'at most' | 'at least',
  unit = 'x',
  digits = 2,
): string {
  if (!Number.isFinite(value)) return 'not measured';
  const met = kind === 'at most' ? value <= bound : value >= bound;
  const text = `${value.toFixed(digits)}${unit} against ${kind === 'at most' ? '≤' : '≥'} ${bound}${unit}`;
  return met ? `met: ${text}` : `**missed: ${text}**`;
}

/** The p99 of each of the cell's runs that completed a request. */
export const p99PerRepeat = (run: RunRecord | undefined) => latencyPerRepeat(run, (latency) => latency.p99);

/**
 * The ratio of two figures' medians, with the widest range their runs allow: `1.21 (1.02–1.40)`; just the
 * ratio when either has one run.
 */
export function ratioSpread(numerator: readonly number[], denominator: readonly number[]): string {
  const top = finite(numerator);
  const bottom = finite(denominator);
  if (top.length === 0 || bottom.length === 0) return 'n/a';
  const ratio = (median(top) / median(bottom)).toFixed(2);
  if (top.length === 1 || bottom.length === 1) return ratio;
  const low = Math.min(...top) / Math.max(...bottom);
  const high = Math.max(...top) / Math.min(...bottom);
  return `${ratio} (${low.toFixed(2)}–${high.toFixed(2)})`;
}
