/** The human report of one bench run, as Markdown; charts are referenced by file name. */

import { analyticsSection } from './analytics';
import { probeNote, probeRows } from './machine';
import { hasReadRuns, readMethod, readPathSections } from './read-path';
import { soakSection } from './soak';
import { subscriptionFanoutSection } from './subscription-fanout';
import { syncIngestSection } from './sync-ingest';
import type { BenchResults } from './types';
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

/** What a cell of this run is: one run, or the median of several with their range. */
function repetition(results: BenchResults): string {
  const repeat = results.repeat;
  if (repeat === undefined)
    return 'Each cell is one run: the bench did not repeat runs when this run was taken.';
  if (repeat === 1) {
    return (
      'Each cell is one run (`--repeat 1`, a smoke run): on this shared 2-core machine one run can be 2x off ' +
      'the next, so do not trust a difference smaller than that.'
    );
  }
  return (
    `Each cell is the median of ${repeat} runs, their range in brackets: "331 (318–340)" (\`--repeat ${repeat}\`). ` +
    'A verdict compares the median against its bound and says by how much.'
  );
}

export function renderMarkdown(
  results: BenchResults,
  files: { json: string; charts: Record<string, string> },
): string {
  const { machine, dataset } = results;
  const fullLoadMinutes = FULL_SIZE / dataset.loadCustomersPerSecond / 60;
  const out: string[] = [
    `# Bench ${results.startedAt.slice(0, 10)}${hasReadRuns(results) ? ': ours against the floor and Hive Gateway' : ''}`,
    '',
    `Command: \`${results.command}\` (started ${results.startedAt}, finished ${results.finishedAt}). ` +
      `Raw results: [${files.json}](${files.json}).`,
    '',
    repetition(results),
    '',
    ...readMethod(results),
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
    ...probeRows(machine.probe),
    `| PostgreSQL | ${dataset.postgresVersion} (${dataset.source}) |`,
    '',
    ...probeNote(machine.probe),
    'The load generator, every gateway and subgraph process and PostgreSQL share these cores: absolute numbers ' +
      'are lower than on separate machines, and the load generator competes for CPU at high connection counts. ' +
      'The comparisons are what the numbers are for.',
    '',
    '## Data set',
    '',
    `${thousands(dataset.customers)} customers, ${thousands(dataset.loans)} loans, ${thousands(dataset.payments)} ` +
      `payments, ${thousands(dataset.actions)} collection actions, ${dataset.agents} agents (@collexis/demo-data, seed 1), ` +
      `${thousands(dataset.rows)} rows in all, loaded with COPY (\`bulkLoadAll\`: the rows \`seedAll\` writes, ` +
      `indexes built once at the end, then VACUUM (ANALYZE)) in ${fixed(dataset.loadSeconds)} s: ` +
      `**${thousands(dataset.loadRowsPerSecond)} rows/s** (${thousands(dataset.loadCustomersPerSecond)} customers/s).`,
    '',
    dataset.customers >= FULL_SIZE
      ? "This is the issue's full size."
      : `The issue's full size is 100,000 customers (\`pnpm bench\`); at this rate its load takes about ` +
        `${fixed(fullLoadMinutes, 1)} minutes (if loading scales linearly).`,
    '',
    ...readPathSections(results, files.charts),
  ];
  out.push(...analyticsSection(results.analytics, results.dataset.customers));
  out.push(...syncIngestSection(results.syncIngest, results.machine.cores));
  out.push(...subscriptionFanoutSection(results.subscriptionFanout));
  out.push(...soakSection(results.soak));
  out.push(...writePathSection(results.writePath));
  out.push('## Not measured yet', '', ...NOT_MEASURED.map((line) => `- ${line}`), '');
  return out.join('\n');
}
