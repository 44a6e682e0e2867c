/**
 * Customer 360 against the split floors: how much of ours' distance from the floor the four processes take
 * before any of our gateway's or subgraphs' own work (bench/split-floor).
 */
import {
  cpuPerRequestOf,
  findRun,
  fixed,
  isPostgres,
  latencySpread,
  p99PerRepeat,
  perRepeat,
  ratioSpread,
  spread,
} from './runs';
import type { BenchResults, RunRecord } from './types';

const SCENARIO = 'customer-360';
const COLUMNS = ['floor', 'split-floor', 'split-floor-apollo', 'ours-unshared'] as const;

/** Every Node.js process of the target: the floor's one, the split floors' four, ours' gateway and subgraphs. */
const nodeCpu = (run: RunRecord | undefined) =>
  perRepeat(run, (result) => cpuPerRequestOf(result, (role) => !isPostgres(role)));

export function splitFloorsSection(results: Pick<BenchResults, 'runs' | 'connections'>): string[] {
  const split = results.runs.some((run) => run.target.startsWith('split-floor') && run.scenario === SCENARIO);
  if (!split) return [];
  const lines = [
    '## Customer 360 against the split floors',
    '',
    "The floor answers in one process; ours' Customer 360 crosses four (gateway, bank-sync, then payment and " +
      "workflow side by side). The split floors run the floor's statements split that same way, with nothing " +
      'else: `split-floor` as plain node:http and JSON in each process, `split-floor-apollo` with an Apollo ' +
      'Server in each (the platform server the floor and our subgraphs use, one resolver or one JSON field per ' +
      'process). They answer only Customer 360, byte for byte as the floor does (the Same answers table). So ' +
      '`split-floor` over `floor` is what four processes cost on this machine, `split-floor-apollo` over `floor` ' +
      "what four Apollo Server requests cost (the least any design within the architecture's four Apollo " +
      "processes can), and `ours-unshared` over `split-floor-apollo` what our gateway's and subgraphs' own work " +
      '(planning, entity fetches, access rules, limits, drizzle, GraphQL execution of every field) adds.',
    '',
    `| conns | ${COLUMNS.map((name) => `p99 ms ${name}`).join(' | ')} | split-floor / floor | split-floor-apollo / floor | ours-unshared / split-floor-apollo | ${COLUMNS.map((name) => `CPU ms/req ${name}`).join(' | ')} |`,
    `|---:|${COLUMNS.map(() => '---:').join('|')}|---:|---:|---:|${COLUMNS.map(() => '---:').join('|')}|`,
  ];
  for (const connections of results.connections) {
    const runs = COLUMNS.map((name) => findRun(results, SCENARIO, name, connections));
    const [floor, plain, apollo, ours] = runs;
    lines.push(
      `| ${connections} | ${runs.map((run) => latencySpread(run, (latency) => latency.p99, fixed(1))).join(' | ')} | ` +
        `${ratioSpread(p99PerRepeat(plain), p99PerRepeat(floor))} | ${ratioSpread(p99PerRepeat(apollo), p99PerRepeat(floor))} | ` +
        `${ratioSpread(p99PerRepeat(ours), p99PerRepeat(apollo))} | ${runs.map((run) => spread(nodeCpu(run), fixed(2))).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    "CPU is of the target's Node.js processes per request served (PostgreSQL's is in the scenario table).",
    '',
  );
  return lines;
}
