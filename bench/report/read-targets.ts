/** The read-path targets, checked against one run: throughput against the peers, p99 against the floor. */
import { median } from '../repeat';
import {
  cpuPerRequestOf,
  findRun,
  fixed,
  isGateway,
  latencySpread,
  p99PerRepeat,
  perRepeat,
  ratioSpread,
  spread,
  verdict,
} from './runs';
import type { BenchResults, RunRecord } from './types';

const whole = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');

/** Customer 360 and worklist throughput at least 1.0x Hive Gateway (Rust planner) and 1.5x Hive Gateway JS. */
const THROUGHPUT_TARGETS = [
  { peer: 'hive-rust', atLeast: 1.0 },
  { peer: 'hive-js', atLeast: 1.5 },
];
const THROUGHPUT_SCENARIOS = ['customer-360', 'agent-worklist'];

interface LatencyTarget {
  target: 'ours' | 'ours-unshared';
  /** Every scenario when null. */
  scenario: string | null;
  atMost: number;
  source: string;
}

const LATENCY_TARGETS: LatencyTarget[] = [
  { target: 'ours', scenario: null, atMost: 1.5, source: 'round 1' },
  { target: 'ours-unshared', scenario: null, atMost: 1.5, source: 'round 1' },
  // Issue 14: in-flight sharing off, so the comparison is of work per operation, at 1, 8 and 32 connections.
  { target: 'ours-unshared', scenario: 'customer-360', atMost: 1.3, source: 'issue 14' },
];

const rate = (run: RunRecord | undefined) => perRepeat(run, (result) => result.requestsPerSecond);

function throughputRows(results: BenchResults, top: number): string[] {
  const rows: string[] = [];
  for (const scenario of THROUGHPUT_SCENARIOS) {
    const ours = findRun(results, scenario, 'ours', top);
    for (const { peer, atLeast } of THROUGHPUT_TARGETS) {
      const other = findRun(results, scenario, peer, top);
      if (!ours || !other) continue;
      const ratio = median(rate(ours)) / median(rate(other));
      rows.push(
        `| throughput ≥ ${atLeast.toFixed(1)}x ${peer}, ${top} conns (round 1) | ${scenario} | ${spread(rate(ours), whole)} req/s | ` +
          `${spread(rate(other), whole)} req/s | ${ratioSpread(rate(ours), rate(other))} | ${verdict(ratio, atLeast, 'at least')} |`,
      );
    }
  }
  return rows;
}

function latencyRows(results: BenchResults): string[] {
  const rows: string[] = [];
  for (const { target, scenario, atMost, source } of LATENCY_TARGETS) {
    const scenarios = results.scenarios.filter(
      (candidate) => scenario === null || candidate.name === scenario,
    );
    for (const { name } of scenarios) {
      for (const connections of results.connections) {
        const ours = findRun(results, name, target, connections);
        const floor = findRun(results, name, 'floor', connections);
        if (!ours || !floor) continue;
        const ratio = median(p99PerRepeat(ours)) / median(p99PerRepeat(floor));
        rows.push(
          `| p99 ≤ ${atMost}x floor, ${connections} conns, ${target} (${source}) | ${name} | ${latencySpread(ours, (latency) => latency.p99, fixed(1))} ms | ` +
            `${latencySpread(floor, (latency) => latency.p99, fixed(1))} ms | ${ratioSpread(p99PerRepeat(ours), p99PerRepeat(floor))} | ${verdict(ratio, atMost, 'at most')} |`,
        );
      }
    }
  }
  return rows;
}

export function readTargetsSection(results: BenchResults): string[] {
  const top = Math.max(...results.connections);
  const rows = [...throughputRows(results, top), ...latencyRows(results)];
  if (rows.length === 0) return [];
  return [
    '## Targets',
    '',
    'Closed-loop load at equal connection counts stands in for "the same offered load": each target gets the ' +
      'same number of requests in flight. Figures are medians of the runs with their range; a ratio is of the ' +
      'medians, its range the widest the runs allow (lowest over highest to highest over lowest). A target ' +
      "whose gateways did not both run in this run is left out. The verdict is the medians' ratio against the bound.",
    '',
    '| target | scenario | ours | against | ratio | verdict |',
    '|---|---|---:|---:|---:|---|',
    ...rows,
    '',
    'The floor sends every statement; `ours` shares identical query fetches in flight, as Hive Gateway does by ' +
      'default. Where requests repeat (the worklist over 20 agents, the variable-free loans page) that sharing, ' +
      'not the executor, is most of the lead over the floor; the `ours-unshared` rows compare the work per ' +
      'operation.',
    '',
  ];
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
      'unshared to ours is the sharing. Gateway CPU is per request served. Medians of the runs with their range.',
    '',
    '| scenario | conns | req/s stock | req/s unshared | req/s ours | p99 ms stock | p99 ms unshared | p99 ms ours | gateway CPU ms/req stock | unshared | ours |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const gatewayCpu = (run: RunRecord | undefined) =>
    spread(
      perRepeat(run, (result) => cpuPerRequestOf(result, isGateway)),
      fixed(2),
    );
  for (const scenario of results.scenarios) {
    for (const connections of results.connections) {
      const variants = (['ours-stock', 'ours-unshared', 'ours'] as const).map((target) =>
        findRun(results, scenario.name, target, connections),
      );
      if (variants.every((run) => run === undefined)) continue;
      lines.push(
        `| ${scenario.name} | ${connections} | ${variants.map((run) => spread(rate(run), whole)).join(' | ')} | ` +
          `${variants.map((run) => latencySpread(run, (latency) => latency.p99, fixed(1))).join(' | ')} | ${variants.map(gatewayCpu).join(' | ')} |`,
      );
    }
  }
  lines.push('');
  return lines;
}
