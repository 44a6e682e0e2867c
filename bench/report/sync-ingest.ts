/** The sync-ingest section of the report: records per second of each pass against the issue's target. */
import type { SyncIngestPass, SyncIngestResult } from '../sync-ingest';

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** CPU of bank-sync and PostgreSQL per record, in µs; NaN when PostgreSQL's is unknown (DATABASE_URL). */
const cpuPerRecord = (pass: SyncIngestPass) =>
  pass.cpuMs.postgres === null
    ? Number.NaN
    : ((pass.cpuMs.bankSync + pass.cpuMs.postgres) * 1000) / pass.records;

export function syncIngestSection(result: SyncIngestResult | undefined, cores: number): string[] {
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
      `**Target: at least ${thousands(target)} records/s.** The CPU ceiling is what ${cores} cores could ingest ` +
      'at the CPU the pass spent per record (bank-sync and PostgreSQL together), were they kept busy and free of ' +
      'other work. Before and after the ingest was reworked: bench/README.md.',
    '',
    '| pass | inserted | updated | unchanged | rejected | run s | records/s | of target | wall records/s | CPU s bank-sync | CPU s PostgreSQL | CPU µs/record | CPU ceiling records/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const pass of result.passes) {
    const ratio = `${fixed(pass.recordsPerSecond / target, 2)}x`;
    const postgres = pass.cpuMs.postgres === null ? '-' : fixed(pass.cpuMs.postgres / 1000, 1);
    const perRecord = cpuPerRecord(pass);
    lines.push(
      `| ${pass.description} | ${thousands(pass.inserted)} | ${thousands(pass.updated)} | ` +
        `${thousands(pass.unchanged)} | ${thousands(pass.rejected)} | ${fixed(pass.runSeconds, 2)} | ` +
        `${thousands(pass.recordsPerSecond)} | ${pass.recordsPerSecond < target ? `**${ratio}**` : ratio} | ` +
        `${thousands(pass.wallRecordsPerSecond)} | ${fixed(pass.cpuMs.bankSync / 1000, 1)} | ${postgres} | ` +
        `${fixed(perRecord, 0)} | ${thousands((cores * 1e6) / perRecord)} |`,
    );
  }
  lines.push('');
  return lines;
}
