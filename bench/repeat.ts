/** Repeated measurements folded into one: the median of each figure, with the runs kept for their range. */
import type { LoadResult, ProcessUsage } from './load';

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * One result standing for repeated runs of the same cell: each figure is the median of the runs' figures,
 * taken apart (so a ratio of two medians is not the median of the ratios: the report takes those from
 * `repeats`).
 */
export function medianLoadResult(runs: readonly LoadResult[]): LoadResult {
  const [first] = runs;
  if (!first) throw new Error('no runs to take the median of');
  const of = (pick: (run: LoadResult) => number) => median(runs.map(pick));
  // A run that completed no request has no latency (NaN, null in the JSON), not a latency of 0.
  const answered = runs.filter((run) => run.requests > 0);
  const latency = (pick: (latency: LoadResult['latencyMs']) => number) =>
    median(answered.map((run) => pick(run.latencyMs)));
  const processes = first.processes.map(
    (process, index): ProcessUsage => ({
      role: process.role,
      cpuMs: of((run) => run.processes[index]?.cpuMs ?? Number.NaN),
      rssMiB: of((run) => run.processes[index]?.rssMiB ?? Number.NaN),
    }),
  );
  return {
    connections: first.connections,
    durationSeconds: of((run) => run.durationSeconds),
    requests: of((run) => run.requests),
    requestsPerSecond: of((run) => run.requestsPerSecond),
    latencyMs: {
      p50: latency((value) => value.p50),
      p95: latency((value) => value.p95),
      p99: latency((value) => value.p99),
      max: latency((value) => value.max),
    },
    non2xx: of((run) => run.non2xx),
    graphqlErrors: of((run) => run.graphqlErrors),
    transportErrors: of((run) => run.transportErrors),
    processes,
  };
}
