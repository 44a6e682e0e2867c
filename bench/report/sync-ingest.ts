/** The sync-ingest section of the report: each pass against the COPY floor and the issue's records/s target. */
import { median } from '../repeat';
import type { SyncIngestPass, SyncIngestPassName, SyncIngestResult } from '../sync-ingest';
import { fixed, spread, verdict } from './runs';

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const micros = (cpuMs: number | null, records: number) =>
  cpuMs === null ? Number.NaN : (cpuMs * 1000) / records;

interface PassRow {
  pass: SyncIngestPass;
  /** The pass's records/s over the floor's of the same repetition. */
  ofFloor: number;
  /** The floor's CPU per record over the pass's (bank-sync and PostgreSQL): the ratio free of waiting. */
  ofFloorCpu: number;
}

export function syncIngestSection(result: SyncIngestResult | undefined, cores: number): string[] {
  if (!result?.repetitions) return [];
  const { repetitions, records } = result;
  const floors = repetitions.map((repetition) => repetition.floor);
  const rows = new Map<SyncIngestPassName, PassRow[]>();
  for (const { floor, passes } of repetitions) {
    const floorCpu = micros(floor.postgresCpuMs, floor.records);
    for (const pass of passes) {
      const list = rows.get(pass.name) ?? [];
      const passCpu = micros(pass.cpuMs.bankSync, pass.records) + micros(pass.cpuMs.postgres, pass.records);
      list.push({
        pass,
        ofFloor: pass.recordsPerSecond / floor.recordsPerSecond,
        ofFloorCpu: floorCpu / passCpu,
      });
      rows.set(pass.name, list);
    }
  }
  const lines = [
    '## Sync ingest',
    '',
    `${thousands(records)} customer records from @collexis/demo-data as one JSON Lines export ` +
      `(${fixed(1)(result.fileMiB)} MiB) dropped in the inbox of a bank-sync process of its own (\`pnpm start\`'s ` +
      'entry point, its own database on the same PostgreSQL) and imported with `runSync` through its real code ' +
      'path: streamed, each record validated, bulk idempotent upserts, sightings, the run, its audit entries and ' +
      'its events (ENTITY_UPDATED per 1,000 changed keys, SYNC_COMPLETED) recorded. Records/s counts from the ' +
      "run's `startedAt` to its `finishedAt`. **The floor** is the same records by one raw `COPY` into a table " +
      "made `LIKE` bank-sync's customers table `INCLUDING ALL` (same columns, defaults, constraints, unique key " +
      'and indexes), empty, in a scratch schema of the same database, the COPY text encoded before the clock ' +
      'starts; timed from the COPY to its completion. "Of the floor by CPU" is the floor\'s CPU per record over the ' +
      "pass's (bank-sync and PostgreSQL together): the same comparison without waiting, steadier when other " +
      'work shares the machine. Every pass is set against the floor of its own ' +
      `repetition. ${repetitions.length === 1 ? 'One repetition (`--repeat 1`): each cell is one run.' : `Each cell is the median of ${repetitions.length} repetitions (a fresh database and bank-sync process each) with their range.`} ` +
      `**Targets: at least ${result.floorRatioTarget}x the floor (issue 14) and ${thousands(result.targetPerSecond)} ` +
      'records/s.** CPU µs per record is of the bank-sync process and of the whole PostgreSQL server over the ' +
      `pass; the CPU ceiling is what ${cores} cores could ingest at that CPU per record, were they free of other work.`,
    '',
    `| pass | inserted / updated / unchanged / rejected | records/s | of the floor | verdict (≥ floor ratio) | of the floor by CPU | of ${thousands(result.targetPerSecond)}/s | CPU µs/record bank-sync | CPU µs/record PostgreSQL | CPU ceiling records/s |`,
    '|---|---|---:|---:|---|---:|---:|---:|---:|---:|',
    `| floor: raw COPY | ${thousands(records)} / 0 / 0 / 0 | ${spread(
      floors.map((floor) => floor.recordsPerSecond),
      thousands,
    )} | 1 | - | 1 | ${spread(
      floors.map((floor) => floor.recordsPerSecond / result.targetPerSecond),
      fixed(2),
    )} | - | ${spread(
      floors.map((floor) => micros(floor.postgresCpuMs, floor.records)),
      fixed(0),
    )} | ${spread(
      floors.map((floor) => (cores * 1e6) / micros(floor.postgresCpuMs, floor.records)),
      thousands,
    )} |`,
  ];
  for (const list of rows.values()) {
    const [first] = list;
    if (!first) continue;
    const passes = list.map((row) => row.pass);
    const counts = (['inserted', 'updated', 'unchanged', 'rejected'] as const)
      .map((field) => thousands(median(passes.map((pass) => pass[field]))))
      .join(' / ');
    const cpuBankSync = passes.map((pass) => micros(pass.cpuMs.bankSync, pass.records));
    const cpuPostgres = passes.map((pass) => micros(pass.cpuMs.postgres, pass.records));
    const ofFloor = list.map((row) => row.ofFloor);
    lines.push(
      `| ${first.pass.description} | ${counts} | ${spread(
        passes.map((pass) => pass.recordsPerSecond),
        thousands,
      )} | ${spread(ofFloor, fixed(2))} | ${verdict(median(ofFloor), result.floorRatioTarget, 'at least')} | ` +
        `${spread(
          list.map((row) => row.ofFloorCpu),
          fixed(2),
        )} | ` +
        `${spread(
          passes.map((pass) => pass.recordsPerSecond / result.targetPerSecond),
          fixed(2),
        )} | ${spread(cpuBankSync, fixed(0))} | ${spread(cpuPostgres, fixed(0))} | ${spread(
          passes.map(
            (_pass, index) => (cores * 1e6) / ((cpuBankSync[index] ?? 0) + (cpuPostgres[index] ?? 0)),
          ),
          thousands,
        )} |`,
    );
  }
  lines.push(
    '',
    "The floor writes one row and its index entries per record in one statement and one commit. The pipeline's " +
      'extra work per record is what its ratio prices: reading and validating the JSON, a key lookup before the ' +
      'upsert (ON CONFLICT), a sighting row per record, a transaction per 1,000 records with its run counts, ' +
      'audit entry and event.',
    '',
  );
  return lines;
}
