/** The sync-ingest section of the report: records per second of each pass against the issue's target. */
import type { SyncIngestResult } from '../sync-ingest';

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export function syncIngestSection(result: SyncIngestResult | undefined): string[] {
  if (!result) return [];
  const target = result.targetPerSecond;
  const lines = [
    '## Sync ingest',
    '',
    `${thousands(result.records)} customer records from @collexis/demo-data as one JSON Lines export ` +
      `(${fixed(result.fileMiB, 1)} MiB) dropped in the inbox of a bank-sync process of its own (\`pnpm start\`'s ` +
      'entry point, its own database on the same PostgreSQL) and imported with `runSync` through its real code ' +
      'path: streamed, each record validated, bulk idempotent upserts, sightings, the run recorded. Records/s ' +
      "counts from the run's `startedAt` to its `finishedAt`; wall clock from sending `runSync` to its answer. " +
      `**Target: at least ${thousands(target)} records/s.**`,
    '',
    '| pass | inserted | updated | unchanged | rejected | run s | records/s | of target | wall records/s | CPU s bank-sync | CPU s PostgreSQL |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const pass of result.passes) {
    const ratio = `${fixed(pass.recordsPerSecond / target, 2)}x`;
    const postgres = pass.cpuMs.postgres === null ? '-' : fixed(pass.cpuMs.postgres / 1000, 1);
    lines.push(
      `| ${pass.description} | ${thousands(pass.inserted)} | ${thousands(pass.updated)} | ` +
        `${thousands(pass.unchanged)} | ${thousands(pass.rejected)} | ${fixed(pass.runSeconds, 2)} | ` +
        `${thousands(pass.recordsPerSecond)} | ${pass.recordsPerSecond < target ? `**${ratio}**` : ratio} | ` +
        `${thousands(pass.wallRecordsPerSecond)} | ${fixed(pass.cpuMs.bankSync / 1000, 1)} | ${postgres} |`,
    );
  }
  lines.push('');
  return lines;
}
