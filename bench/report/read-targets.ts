/** The issue's read-path targets, checked against one run: throughput against the peers, p99 against the floor. */
import type { BenchResults, RunRecord } from './types';

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

interface ThroughputTarget {
  peer: string;
  atLeast: number;
}

/** Customer 360 and worklist throughput at least 1.0x Hive Gateway (Rust planner) and 1.5x Hive Gateway JS. */
const THROUGHPUT_TARGETS: ThroughputTarget[] = [
  { peer: 'hive-rust', atLeast: 1.0 },
  { peer: 'hive-js', atLeast: 1.5 },
];
const THROUGHPUT_SCENARIOS = ['customer-360', 'agent-worklist'];
/** Gateway p99 at most 1.5x the floor's at the same offered load. */
const P99_OVER_FLOOR = 1.5;

function runOf(
  results: BenchResults,
  scenario: string,
  target: string,
  connections: number,
): RunRecord | undefined {
  return results.runs.find(
    (run) => run.scenario === scenario && run.target === target && run.connections === connections,
  );
}

function verdict(value: number, limit: number, higherIsBetter: boolean): string {
  if (!Number.isFinite(value)) return 'not measured';
  const met = higherIsBetter ? value >= limit : value <= limit;
  if (met) return 'met';
  const by = higherIsBetter ? (limit - value) / limit : (value - limit) / limit;
  return `**missed by ${fixed(by * 100, 0)}%**`;
}

export function readTargetsSection(results: BenchResults): string[] {
  const top = Math.max(...results.connections);
  const lines = [
    '## Targets',
    '',
    `Read at ${top} connections, where every target is saturated on this machine. Closed-loop load at equal ` +
      'connection counts stands in for "the same offered load": each target gets the same number of requests ' +
      'in flight.',
    '',
    '| target | scenario | ours | against | ratio | verdict |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const scenario of THROUGHPUT_SCENARIOS) {
    const ours = runOf(results, scenario, 'ours', top);
    for (const { peer, atLeast } of THROUGHPUT_TARGETS) {
      const other = runOf(results, scenario, peer, top);
      const ratio = ours && other ? ours.requestsPerSecond / other.requestsPerSecond : Number.NaN;
      lines.push(
        `| throughput ≥ ${atLeast.toFixed(1)}x ${peer} | ${scenario} | ${ours ? `${Math.round(ours.requestsPerSecond)} req/s` : 'n/a'} | ` +
          `${other ? `${Math.round(other.requestsPerSecond)} req/s` : 'n/a'} | ${fixed(ratio)} | ${verdict(ratio, atLeast, true)} |`,
      );
    }
  }
  for (const scenario of results.scenarios) {
    for (const connections of results.connections) {
      const ours = runOf(results, scenario.name, 'ours', connections);
      const floor = runOf(results, scenario.name, 'floor', connections);
      const ratio = ours && floor ? ours.latencyMs.p99 / floor.latencyMs.p99 : Number.NaN;
      lines.push(
        `| p99 ≤ ${P99_OVER_FLOOR}x floor, ${connections} conns | ${scenario.name} | ${ours ? `${fixed(ours.latencyMs.p99, 1)} ms` : 'n/a'} | ` +
          `${floor ? `${fixed(floor.latencyMs.p99, 1)} ms` : 'n/a'} | ${fixed(ratio)} | ${verdict(ratio, P99_OVER_FLOOR, false)} |`,
      );
    }
  }
  lines.push('');
  return lines;
}

/** Our plan executor against the stock one in the same gateway, same subgraphs, same run (decision 0016). */
export function executorSection(results: BenchResults): string[] {
  if (!results.runs.some((run) => run.target === 'ours-stock')) return [];
  const lines = [
    '## Our executor: before and after',
    '',
    '`ours-stock` is the same gateway process with `GATEWAY_EXECUTOR=stock` (@apollo/gateway executes the ' +
      'plans); `ours` runs them with our executor (decision 0016). Gateway CPU is per request served.',
    '',
    '| scenario | conns | before req/s | after req/s | after/before | before p99 ms | after p99 ms | before gateway CPU ms/req | after gateway CPU ms/req |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const gatewayCpu = (run: RunRecord) => {
    const cpu = run.processes
      .filter((process) => process.role === 'gateway')
      .reduce((sum, process) => sum + process.cpuMs, 0);
    return run.requests > 0 ? cpu / run.requests : Number.NaN;
  };
  for (const scenario of results.scenarios) {
    for (const connections of results.connections) {
      const before = runOf(results, scenario.name, 'ours-stock', connections);
      const after = runOf(results, scenario.name, 'ours', connections);
      if (!before || !after) continue;
      lines.push(
        `| ${scenario.name} | ${connections} | ${Math.round(before.requestsPerSecond)} | ${Math.round(after.requestsPerSecond)} | ` +
          `${fixed(after.requestsPerSecond / before.requestsPerSecond)} | ${fixed(before.latencyMs.p99, 1)} | ` +
          `${fixed(after.latencyMs.p99, 1)} | ${fixed(gatewayCpu(before))} | ${fixed(gatewayCpu(after))} |`,
      );
    }
  }
  lines.push('');
  return lines;
}
