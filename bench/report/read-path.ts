/**
 * The read path's part of the report: headline, targets, the gateways, their answers, statements and one
 * section per scenario. A run that measured no read load (`--targets soak`, `sync-ingest`, ...) has none of it.
 */
import type { LoadResult } from '../load';
import { identitySection } from './identity';
import { profileNotes } from './profile-notes';
import { executorSection, readTargetsSection } from './read-targets';
import {
  cpuPerRequestOf,
  fixed,
  isGateway,
  isPostgres,
  isSubgraph,
  latencySpread,
  p99PerRepeat,
  perRepeat,
  ratioSpread,
  spread,
} from './runs';
import { splitFloorsSection } from './split-floors';
import type { BenchResults, RunRecord } from './types';

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const hasReadRuns = (results: BenchResults) => results.runs.length > 0;

/** How the read runs were taken, for the report's opening. */
export function readMethod(results: BenchResults): string[] {
  if (!hasReadRuns(results)) return [];
  return [
    `Each read run is ${results.durationSeconds} s of closed-loop load from autocannon (HTTP/1.1 keep-alive, ` +
      `one request in flight per connection) at ${results.connections.join(', ')} connections, after a 2 s ` +
      'unrecorded warm-up per gateway and scenario; the runs of one cell follow each other. Variables are drawn ' +
      'at random per request. Latency percentiles are computed from every response time of the run.',
    '',
  ];
}

function rss(result: RunRecord['processes'], roles: (role: string) => boolean): number {
  return sum(result.filter((process) => roles(process.role)).map((process) => process.rssMiB));
}

function scenarioTable(runs: RunRecord[]): string[] {
  const lines = [
    '| gateway | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | GraphQL errors | transport errors | CPU ms/req gateway | CPU ms/req subgraphs | CPU ms/req PostgreSQL | RSS MiB gateway | RSS MiB subgraphs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of runs) {
    const hasSubgraphs = run.processes.some((process) => isSubgraph(process.role));
    const hasPostgres = run.processes.some((process) => isPostgres(process.role));
    const of = (pick: (result: LoadResult) => number, format: (value: number) => string) =>
      spread(perRepeat(run, pick), format);
    const cpu = (roles: (role: string) => boolean) =>
      of((result) => cpuPerRequestOf(result, roles), fixed(2));
    const latency = (pick: (value: LoadResult['latencyMs']) => number) => latencySpread(run, pick, fixed(1));
    const total = (pick: (result: LoadResult) => number) => thousands(sum(perRepeat(run, pick)));
    lines.push(
      `| ${run.target} | ${run.connections} | ${of((result) => result.requestsPerSecond, thousands)} | ` +
        `${latency((value) => value.p50)} | ${latency((value) => value.p95)} | ${latency((value) => value.p99)} | ${total((result) => result.non2xx)} | ` +
        `${total((result) => result.graphqlErrors)} | ${total((result) => result.transportErrors)} | ` +
        `${cpu(isGateway)} | ${hasSubgraphs ? cpu(isSubgraph) : '-'} | ${hasPostgres ? cpu(isPostgres) : '-'} | ` +
        `${of((result) => rss(result.processes, isGateway), fixed(0))} | ` +
        `${hasSubgraphs ? of((result) => rss(result.processes, isSubgraph), fixed(0)) : '-'} |`,
    );
  }
  return lines;
}

function ratioTable(results: BenchResults, scenario: string): string[] {
  const find = (target: string, connections: number) =>
    results.runs.find(
      (run) => run.scenario === scenario && run.target === target && run.connections === connections,
    );
  const others = ['ours-unshared', 'ours-stock', 'floor', 'hive-js', 'hive-rust'].filter((target) =>
    results.runs.some((run) => run.scenario === scenario && run.target === target),
  );
  if (others.length === 0 || !results.runs.some((run) => run.target === 'ours')) return [];
  const lines = [
    `| conns | ${others.map((other) => `ours/${other} req/s | ours/${other} p99`).join(' | ')} |`,
    `|---:|${others.map(() => '---:|---:').join('|')}|`,
  ];
  const rate = (run: RunRecord | undefined) => perRepeat(run, (result) => result.requestsPerSecond);
  for (const connections of results.connections) {
    const ours = find('ours', connections);
    const cells = others.map((other) => {
      const peer = find(other, connections);
      return `${ratioSpread(rate(ours), rate(peer))} | ${ratioSpread(p99PerRepeat(ours), p99PerRepeat(peer))}`;
    });
    lines.push(`| ${connections} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function agreementSection(results: BenchResults): string[] {
  if (results.agreements.length === 0) return [];
  const lines = [
    '## Same answers',
    '',
    'Before its load runs, each gateway answers the same sampled variables as the statement count and its ' +
      "`data` is compared, byte for byte as JSON, with our gateway's in-process answer (samples matching / checked):",
    '',
    `| gateway | ${results.scenarios.map((scenario) => scenario.name).join(' | ')} |`,
    `|---|${results.scenarios.map(() => '---').join('|')}|`,
  ];
  const targets = [...new Set(results.agreements.map((agreement) => agreement.target))];
  for (const target of targets) {
    const cells = results.scenarios.map((scenario) => {
      const agreement = results.agreements.find((a) => a.target === target && a.scenario === scenario.name);
      if (!agreement) return 'n/a';
      const counted = `${agreement.matching}/${agreement.checked}`;
      return agreement.matching === agreement.checked ? counted : `**${counted}**`;
    });
    lines.push(`| ${target} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

const cell = (text: string) => text.replace(/\n/g, '<br>').replace(/\|/g, '\\|');

function status(target: BenchResults['targets'][number]): string {
  if (target.skipped !== null) return `**not run**: ${cell(target.skipped)}`;
  if (target.failure !== null) return `**stopped partway**: ${cell(target.failure)}`;
  return 'ran';
}

function headline(results: BenchResults): string[] {
  const top = Math.max(...results.connections);
  const targets = [...new Set(results.runs.map((run) => run.target))];
  const lines = [
    '## Headline',
    '',
    `At ${top} connections, req/s and p99 ms (median of the runs, their range in brackets):`,
    '',
    `| scenario | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---:').join('|')}|`,
  ];
  for (const scenario of results.scenarios) {
    const cells = targets.map((target) => {
      const run = results.runs.find(
        (candidate) =>
          candidate.scenario === scenario.name &&
          candidate.target === target &&
          candidate.connections === top,
      );
      if (!run) return 'n/a';
      const rate = spread(
        perRepeat(run, (result) => result.requestsPerSecond),
        thousands,
      );
      return `${rate} req/s, p99 ${latencySpread(run, (latency) => latency.p99, fixed(1))}`;
    });
    lines.push(`| ${scenario.name} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

const ABOUT_THE_GATEWAYS = [
  'The floor is one plain Apollo Server process (the platform HTTP server, no gateway, no entity fetches) ' +
    'answering the same three operations from the same database with the same statement shapes (one statement ' +
    'per batch, per-parent pages cut with row_number()), written by hand because the subgraphs do not export ' +
    'their repositories. CPU and RSS of ours and the Hive peers include the three subgraph processes; the ' +
    "floor's are its one process. Being one Node.js process, the floor executes on one core while the " +
    'federated stacks spread over four processes: at high connection counts on this 2-core machine that, not ' +
    'the SQL, is its limit.',
  '',
  'Hive Gateway deduplicates identical in-flight subgraph requests by default, and so does our executor ' +
    '(identical query fetches in flight share one exchange, decision 0016); `ours-stock` and `ours-unshared` ' +
    'do not. With 20 agents and a variable-free loans page, concurrent requests are often identical, which ' +
    'shows most on the delinquent-loans page. `--no-hive-dedup` starts the peers with ' +
    '`deduplicateInflightRequests: false`; their descriptions above say which mode ran.',
  '',
];

function statementsSection(results: BenchResults): string[] {
  const lines = [
    '## SQL statements per operation',
    '',
    'Counted exactly, not sampled: the stack and the floor are started in-process (`startStack` counts every ' +
      'statement drizzle sends, by subgraph; the floor counts its own) and each operation is sent 5 times with ' +
      'random variables; the mean is shown.',
    '',
    '| scenario | ours total | ours by subgraph | floor | errors (ours/floor) |',
    '|---|---:|---|---:|---|',
  ];
  for (const scenario of results.scenarios) {
    const count = results.statements[scenario.name];
    if (!count) continue;
    const bySubgraph = Object.entries(count.ours.bySource)
      .map(([name, value]) => `${name} ${fixed(1)(value)}`)
      .join(', ');
    lines.push(
      `| ${scenario.name} | ${fixed(1)(count.ours.total)} | ${bySubgraph} | ${fixed(1)(count.floor.total)} | ` +
        `${count.ours.errors}/${count.floor.errors} |`,
    );
  }
  lines.push('');
  return lines;
}

export function readPathSections(results: BenchResults, charts: Record<string, string>): string[] {
  if (!hasReadRuns(results)) return [];
  const out = [
    ...headline(results),
    ...readTargetsSection(results),
    ...executorSection(results),
    ...splitFloorsSection(results),
    ...profileNotes(results),
    '## Gateways',
    '',
    '| name | what | status |',
    '|---|---|---|',
    ...results.targets.map((target) => `| ${target.name} | ${target.description} | ${status(target)} |`),
    '',
  ];
  if (results.peers) {
    const versions = Object.entries(results.peers.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ');
    out.push(`Peers installed on demand into bench/.peers: ${versions || 'none'}.`, '');
  }
  out.push(...ABOUT_THE_GATEWAYS, ...identitySection(results), ...statementsSection(results));
  out.push(...agreementSection(results));
  for (const scenario of results.scenarios) {
    const runs = results.runs.filter((run) => run.scenario === scenario.name);
    if (runs.length === 0) continue;
    out.push(`## ${scenario.title}`, '', '```graphql', scenario.query, '```', '', ...scenarioTable(runs), '');
    const ratios = ratioTable(results, scenario.name);
    if (ratios.length > 0) {
      out.push(
        'Ratios of the medians, with the widest range the runs allow (above 1: ours serves more requests per ' +
          'second / has a higher p99):',
        '',
        ...ratios,
        '',
      );
    }
    const chart = charts[scenario.name];
    if (chart) out.push(`![p99 latency against connections, ${scenario.name}](${chart})`, '');
  }
  return out;
}
