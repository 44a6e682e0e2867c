/** The human report of one bench run, as Markdown; charts are referenced by file name. */

import { analyticsSection } from './analytics';
import { identitySection } from './identity';
import { PROFILE_NOTES } from './profile-notes';
import { executorSection, readTargetsSection } from './read-targets';
import { cpuPerRequest, findRun, isGateway, isPostgres, isSubgraph } from './runs';
import { soakSection } from './soak';
import { subscriptionFanoutSection } from './subscription-fanout';
import { syncIngestSection } from './sync-ingest';
import type { BenchResults, RunRecord } from './types';
import { writePathSection } from './write-path';

const FULL_SIZE = 100_000;

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

export const NOT_MEASURED = [
  'Sync ingest through `pushSyncBatch`, and its effect on read latency (ingest and load run apart).',
  'PostgreSQL memory (its CPU is charged per request when it is the embedded server; not on DATABASE_URL).',
  'SQL statements per operation for the Hive peers: they run over the same subgraph processes, so the count ' +
    'depends on their query plans; only ours and the floor are counted.',
];

function rss(run: RunRecord, roles: (role: string) => boolean): number {
  return run.processes
    .filter((process) => roles(process.role))
    .reduce((sum, process) => sum + process.rssMiB, 0);
}

function scenarioTable(runs: RunRecord[]): string[] {
  const lines = [
    '| gateway | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | GraphQL errors | transport errors | CPU ms/req gateway | CPU ms/req subgraphs | CPU ms/req PostgreSQL | RSS MiB gateway | RSS MiB subgraphs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of runs) {
    const hasSubgraphs = run.processes.some((process) => isSubgraph(process.role));
    const hasPostgres = run.processes.some((process) => isPostgres(process.role));
    lines.push(
      `| ${run.target} | ${run.connections} | ${thousands(run.requestsPerSecond)} | ${fixed(run.latencyMs.p50)} | ` +
        `${fixed(run.latencyMs.p95)} | ${fixed(run.latencyMs.p99)} | ${run.non2xx} | ${run.graphqlErrors} | ` +
        `${run.transportErrors} | ${fixed(cpuPerRequest(run, isGateway), 2)} | ` +
        `${hasSubgraphs ? fixed(cpuPerRequest(run, isSubgraph), 2) : '-'} | ` +
        `${hasPostgres ? fixed(cpuPerRequest(run, isPostgres), 2) : '-'} | ${fixed(rss(run, isGateway), 0)} | ` +
        `${hasSubgraphs ? fixed(rss(run, isSubgraph), 0) : '-'} |`,
    );
  }
  return lines;
}

function ratioTable(results: BenchResults, scenario: string): string[] {
  const find = (target: string, connections: number) => findRun(results, scenario, target, connections);
  const others = ['ours-unshared', 'ours-stock', 'floor', 'hive-js', 'hive-rust'].filter((target) =>
    results.runs.some((run) => run.scenario === scenario && run.target === target),
  );
  if (others.length === 0 || !results.runs.some((run) => run.target === 'ours')) return [];
  const lines = [
    `| conns | ${others.map((other) => `ours/${other} req/s | ours/${other} p99`).join(' | ')} |`,
    `|---:|${others.map(() => '---:|---:').join('|')}|`,
  ];
  for (const connections of results.connections) {
    const ours = find('ours', connections);
    const cells = others.map((other) => {
      const peer = find(other, connections);
      if (!ours || !peer) return 'n/a | n/a';
      return `${fixed(ours.requestsPerSecond / peer.requestsPerSecond, 2)} | ${fixed(ours.latencyMs.p99 / peer.latencyMs.p99, 2)}`;
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
  const targets = results.targets.filter((target) => target.skipped === null).map((target) => target.name);
  const lines = [
    `At ${top} connections (req/s, p99 ms):`,
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
      return run ? `${thousands(run.requestsPerSecond)} req/s, p99 ${fixed(run.latencyMs.p99)}` : 'n/a';
    });
    lines.push(`| ${scenario.name} | ${cells.join(' | ')} |`);
  }
  return lines;
}

export function renderMarkdown(
  results: BenchResults,
  files: { json: string; charts: Record<string, string> },
): string {
  const { machine, dataset } = results;
  const fullLoadMinutes = FULL_SIZE / dataset.loadCustomersPerSecond / 60;
  const out: string[] = [
    `# Bench ${results.startedAt.slice(0, 10)}: ours against the floor and Hive Gateway`,
    '',
    `Command: \`${results.command}\` (started ${results.startedAt}, finished ${results.finishedAt}). ` +
      `Raw results: [${files.json}](${files.json}).`,
    '',
    `Each run is ${results.durationSeconds} s of closed-loop load from autocannon (HTTP/1.1 keep-alive, one ` +
      `request in flight per connection) at ${results.connections.join(', ')} connections, after ` +
      'a 2 s unrecorded warm-up per gateway and scenario. Variables are drawn at random per request. Latency ' +
      'percentiles are computed from every response time of the run. Each cell is one run, not repeated: on a ' +
      'shared 2-core machine run-to-run variation is large (up to 2x for the same cell between two quick runs ' +
      'during development), so repeat before trusting a difference smaller than that.',
    '',
    '## Headline',
    '',
    ...headline(results),
    '',
    ...readTargetsSection(results),
    ...executorSection(results),
    ...PROFILE_NOTES,
    '## Machine',
    '',
    '| what | value |',
    '|---|---|',
    `| CPU | ${machine.cpuModel} |`,
    `| cores | ${machine.cores} |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node.js | ${machine.node} |`,
    `| load average (1 min) at start | ${fixed(machine.loadAverageAtStart, 2)} |`,
    `| PostgreSQL | ${dataset.postgresVersion} (${dataset.source}) |`,
    '',
    'The load generator, every gateway and subgraph process and PostgreSQL share these cores: absolute numbers ' +
      'are lower than on separate machines, and the load generator competes for CPU at high connection counts. ' +
      'The comparison between gateways is what the numbers are for.',
    '',
    '## Data set',
    '',
    `${thousands(dataset.customers)} customers, ${thousands(dataset.loans)} loans, ${thousands(dataset.payments)} ` +
      `payments, ${thousands(dataset.actions)} collection actions, ${dataset.agents} agents (@collexis/demo-data, seed 1), ` +
      `${thousands(dataset.rows)} rows in all, loaded with COPY (\`bulkLoadAll\`: the rows \`seedAll\` writes, ` +
      `indexes built once at the end, then ANALYZE) in ${fixed(dataset.loadSeconds)} s: ` +
      `**${thousands(dataset.loadRowsPerSecond)} rows/s** (${thousands(dataset.loadCustomersPerSecond)} customers/s).`,
    '',
    dataset.customers >= FULL_SIZE
      ? "This is the issue's full size."
      : `The issue's full size is 100,000 customers (\`pnpm bench\`); at this rate its load takes about ` +
        `${fixed(fullLoadMinutes, 1)} minutes (if loading scales linearly).`,
    '',
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
  out.push(
    'The floor is one plain Apollo Server process (the platform HTTP server, no gateway, no entity fetches) ' +
      'answering the same three operations from the same database with the same statement shapes (one statement ' +
      'per batch, per-parent pages cut with row_number()), written by hand because the subgraphs do not export ' +
      'their repositories. CPU and RSS of ours and the Hive peers include the three subgraph processes; the ' +
      "floor's are its one process. Being one Node.js process, the floor executes on one core while the " +
      'federated stacks spread over four processes: at high connection counts on this 2-core machine that, not ' +
      'the SQL, is its limit.',
    '',
    'Hive Gateway deduplicates identical in-flight subgraph requests by default, and so does our executor ' +
      '(identical query fetches in flight share one exchange, decision 0016); `ours-stock` does not. With 20 ' +
      'agents and a variable-free loans page, concurrent requests are often identical, which shows most on the ' +
      'delinquent-loans page. `--no-hive-dedup` starts the peers with `deduplicateInflightRequests: false`; ' +
      'their descriptions above say which mode ran.',
    '',
    ...identitySection(results),
    '## SQL statements per operation',
    '',
    'Counted exactly, not sampled: the stack and the floor are started in-process (`startStack` counts every ' +
      'statement drizzle sends, by subgraph; the floor counts its own) and each operation is sent 5 times with ' +
      'random variables; the mean is shown.',
    '',
    '| scenario | ours total | ours by subgraph | floor | errors (ours/floor) |',
    '|---|---:|---|---:|---|',
  );
  for (const scenario of results.scenarios) {
    const count = results.statements[scenario.name];
    if (!count) continue;
    const bySubgraph = Object.entries(count.ours.bySource)
      .map(([name, value]) => `${name} ${fixed(value)}`)
      .join(', ');
    out.push(
      `| ${scenario.name} | ${fixed(count.ours.total)} | ${bySubgraph} | ${fixed(count.floor.total)} | ` +
        `${count.ours.errors}/${count.floor.errors} |`,
    );
  }
  out.push('', ...agreementSection(results));
  for (const scenario of results.scenarios) {
    const runs = results.runs.filter((run) => run.scenario === scenario.name);
    out.push(`## ${scenario.title}`, '', '```graphql', scenario.query, '```', '');
    out.push(...scenarioTable(runs), '');
    const ratios = ratioTable(results, scenario.name);
    if (ratios.length > 0) {
      out.push(
        'Ratios (above 1: ours serves more requests per second / has a higher p99):',
        '',
        ...ratios,
        '',
      );
    }
    const chart = files.charts[scenario.name];
    if (chart) out.push(`![p99 latency against connections, ${scenario.name}](${chart})`, '');
  }
  out.push(...analyticsSection(results.analytics, results.dataset.customers));
  out.push(...syncIngestSection(results.syncIngest, results.machine.cores));
  out.push(...subscriptionFanoutSection(results.subscriptionFanout));
  out.push(...soakSection(results.soak));
  out.push(...writePathSection(results.writePath));
  out.push('## Not measured yet', '', ...NOT_MEASURED.map((line) => `- ${line}`), '');
  return out.join('\n');
}
