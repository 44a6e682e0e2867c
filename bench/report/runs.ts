/** Looking up runs of one bench and reading their process figures, shared by the report's sections. */
import type { BenchResults, RunRecord } from './types';

/** The run of one scenario, target and connection count, if it ran. */
export function findRun(
  results: BenchResults,
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
  if (!run || run.requests === 0) return Number.NaN;
  const cpu = run.processes
    .filter((process) => roles(process.role))
    .reduce((sum, process) => sum + process.cpuMs, 0);
  return cpu / run.requests;
}
