/** The issue's read-path targets, checked against one run: throughput against the peers, p99 against the floor. */
import { cpuPerRequest, findRun, isGateway } from './runs';
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

function verdict(value: number, limit: number, higherIsBetter: boolean): string {
  if (!Number.isFinite(value)) return 'not measured';
  const met = higherIsBetter ? value >= limit : value <= limit;
  if (met) return 'met';
  const by = higherIsBetter ? (limit - value) / limit : (value - limit) / limit;
  return `**missed by ${fixed(by * 100, by < 0.01 ? 1 : 0)}%**`;
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
    const ours = findRun(results, scenario, 'ours', top);
    for (const { peer, atLeast } of THROUGHPUT_TARGETS) {
      const other = findRun(results, scenario, peer, top);
      const ratio = ours && other ? ours.requestsPerSecond / other.requestsPerSecond : Number.NaN;
      lines.push(
        `| throughput ≥ ${atLeast.toFixed(1)}x ${peer} | ${scenario} | ${ours ? `${Math.round(ours.requestsPerSecond)} req/s` : 'n/a'} | ` +
          `${other ? `${Math.round(other.requestsPerSecond)} req/s` : 'n/a'} | ${fixed(ratio)} | ${verdict(ratio, atLeast, true)} |`,
      );
    }
  }
  for (const target of ['ours', 'ours-unshared']) {
    for (const scenario of results.scenarios) {
      for (const connections of results.connections) {
        const ours = findRun(results, scenario.name, target, connections);
        const floor = findRun(results, scenario.name, 'floor', connections);
        if (!ours) continue;
        const ratio = floor ? ours.latencyMs.p99 / floor.latencyMs.p99 : Number.NaN;
        lines.push(
          `| p99 ≤ ${P99_OVER_FLOOR}x floor, ${connections} conns${target === 'ours' ? '' : `, ${target}`} | ${scenario.name} | ` +
            `${fixed(ours.latencyMs.p99, 1)} ms | ${floor ? `${fixed(floor.latencyMs.p99, 1)} ms` : 'n/a'} | ${fixed(ratio)} | ` +
            `${verdict(ratio, P99_OVER_FLOOR, false)} |`,
        );
      }
    }
  }
  lines.push(
    '',
    'The floor sends every statement; `ours` shares identical query fetches in flight, as Hive Gateway does by ' +
      'default. Where requests repeat (the worklist over 20 agents, the variable-free loans page) that sharing, ' +
      'not the executor, is most of the lead over the floor; the `ours-unshared` rows compare the work per ' +
      'operation.',
    '',
  );
  return lines;
}

/** Our plan executor against the stock one in the same gateway, same subgraphs, same run (decision 0016). */
export function executorSection(results: BenchResults): string[] {
  if (!results.runs.some((run) => run.target === 'ours-stock')) return [];
  const lines = [
    '## Our executor: before and after',
    '',
    'The same gateway process three ways: `ours-stock` with `GATEWAY_EXECUTOR=stock` (@apollo/gateway executes ' +
      'the plans: the before), `ours-unshared` with our executor but every subgraph fetch sent ' +
      '(`GATEWAY_SHARE_INFLIGHT=false`), and `ours`, the default, where identical query fetches in flight share ' +
      'one exchange (decision 0016). The step from stock to unshared is the executor alone; the step from ' +
      'unshared to ours is the sharing, which pays where concurrent requests repeat (20 agents for the worklist, ' +
      'one variable-free loans page) and hardly at all for Customer 360 by random CIF. Gateway CPU is per ' +
      'request served.',
    '',
    '| scenario | conns | req/s stock | req/s unshared | req/s ours | p99 ms stock | p99 ms unshared | p99 ms ours | gateway CPU ms/req stock | unshared | ours |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rate = (run: RunRecord | undefined) => (run ? String(Math.round(run.requestsPerSecond)) : 'n/a');
  const p99 = (run: RunRecord | undefined) => (run ? fixed(run.latencyMs.p99, 1) : 'n/a');
  for (const scenario of results.scenarios) {
    for (const connections of results.connections) {
      const [stock, unshared, ours] = (['ours-stock', 'ours-unshared', 'ours'] as const).map((target) =>
        findRun(results, scenario.name, target, connections),
      );
      lines.push(
        `| ${scenario.name} | ${connections} | ${rate(stock)} | ${rate(unshared)} | ${rate(ours)} | ${p99(stock)} | ` +
          `${p99(unshared)} | ${p99(ours)} | ${fixed(cpuPerRequest(stock, isGateway))} | ${fixed(cpuPerRequest(unshared, isGateway))} | ` +
          `${fixed(cpuPerRequest(ours, isGateway))} |`,
      );
    }
  }
  lines.push('');
  return lines;
}
