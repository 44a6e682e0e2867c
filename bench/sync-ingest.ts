/**
 * Sync ingest: a customer export of `records` lines dropped in the inbox of a bank-sync process (started as
 * `pnpm start` starts it) and imported with `runSync`, three times: into an empty table (all inserts), the
 * same file again (all unchanged, nothing rewritten) and a copy with every tenth record changed; before them,
 * the floor: the same records by one raw COPY into a copy of the customers table (sync-ingest-floor.ts).
 * bank-sync gets a database of its own on the bench's server, so the read scenarios' data set is left as
 * seeded. Each repetition starts from a fresh database and a fresh process.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, postGraphQL } from '@collexis/platform/http';
import { callerOf } from '@collexis/platform/testing';
import {
  domainDatabaseUrls,
  grantDomainRoles,
  migrateAll,
  type PerDomain,
  type ServiceProcess,
  startServiceProcess,
  stopProcesses,
} from '@collexis/stack';
import pg from 'pg';
import type { BenchIdentity } from './identity';
import { sampleProcess } from './proc';
import { type CustomerExports, writeCustomerExports } from './sync-export';
import { copyFloor, type FloorPass } from './sync-ingest-floor';

/** The target, stated and compared against in the report (not a test). */
export const SYNC_INGEST_TARGET_PER_SECOND = 50_000;
/** Issue 14's target: the full pipeline at this fraction of the COPY floor's records/s, or better. */
export const SYNC_INGEST_FLOOR_RATIO = 0.5;
const CHANGED_EVERY = 10;
const DATABASE = 'collexis_bench_sync';
/** A core system's connector, straight to bank-sync with the gateway's credential: its writes need ADMIN or SYSTEM. */
const CALLER = callerOf('t24-connector', 'SYSTEM');

const RUN_SYNC = /* GraphQL */ `mutation RunSync {
  runSync(input: { sourceSystem: T24, entityTypes: [CUSTOMERS] }) {
    run { status startedAt finishedAt insertedCount updatedCount unchangedCount rejectedCount failureReason }
  }
}`;

interface Run {
  status: string;
  startedAt: string;
  finishedAt: string | null;
  insertedCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  failureReason: string | null;
}

export type SyncIngestPassName = 'first' | 'again' | 'changed';

export interface SyncIngestPass {
  name: SyncIngestPassName;
  description: string;
  /** Records in the file. */
  records: number;
  status: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** From the run's start to its finish, as the run records them. */
  runSeconds: number;
  /** From sending `runSync` to its answer, file copy into the inbox excluded. */
  wallSeconds: number;
  /** Records of the file per second of `runSeconds`. */
  recordsPerSecond: number;
  /** Records of the file per second of `wallSeconds`. */
  wallRecordsPerSecond: number;
  /** CPU time of the bank-sync process and of PostgreSQL (null on DATABASE_URL) over the pass, in ms. */
  cpuMs: { bankSync: number; postgres: number | null };
}

/** One repetition: the floor, then the three passes, on a fresh database and bank-sync process. */
export interface SyncIngestRepetition {
  floor: FloorPass;
  passes: SyncIngestPass[];
}

export interface SyncIngestResult {
  records: number;
  fileMiB: number;
  /** Seconds to generate the export files with @collexis/demo-data (not part of any pass). */
  generateSeconds: number;
  targetPerSecond: number;
  floorRatioTarget: number;
  repetitions: SyncIngestRepetition[];
}

export interface SyncIngestOptions {
  records: number;
  /** Times the floor and the three passes are measured, each on a fresh database. */
  repeat: number;
  /** The bench database's URL; the ingest database is created beside it on the same server. */
  benchUrl: string;
  /** The domain roles' passwords of the run: bank-sync connects as its role. */
  rolePasswords: PerDomain<string>;
  /** The keys bank-sync trusts, and the credential `runSync` is called with. */
  identity: BenchIdentity;
  postgresPid: number | null;
  dataRoot: string;
  /** Where the bank-sync process's output goes. */
  output: (line: string) => void;
  log: (line: string) => void;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(benchUrl: string): Promise<string> {
  await onServer(benchUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  });
  const url = new URL(benchUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function cpuMs(pid: number | null): Promise<number | null> {
  return pid === null ? null : (await sampleProcess(pid)).cpuMs;
}

async function runSync(url: string, headers: Record<string, string>): Promise<Run> {
  const response = await postGraphQL<{ runSync: { run: Run } }>(url, RUN_SYNC, {}, headers);
  const run = response.data?.runSync.run;
  if (!run) throw new Error(`runSync failed: ${JSON.stringify(response.errors)}`);
  if (run.status === 'FAILED') throw new Error(`the sync run failed: ${run.failureReason}`);
  return run;
}

async function runPass(
  bankSync: ServiceProcess,
  headers: () => Promise<Record<string, string>>,
  postgresPid: number | null,
  file: { source: string; inbox: string },
  pass: { name: SyncIngestPassName; description: string; records: number },
): Promise<SyncIngestPass> {
  const pid = bankSync.child.pid ?? null;
  await copyFile(file.source, join(file.inbox, `T24_customers_${pass.name}.jsonl`));
  const caller = await headers();
  const before = { bankSync: await cpuMs(pid), postgres: await cpuMs(postgresPid) };
  const started = performance.now();
  const run = await runSync(bankSync.url, caller);
  const wallSeconds = (performance.now() - started) / 1000;
  const after = { bankSync: await cpuMs(pid), postgres: await cpuMs(postgresPid) };
  const runSeconds = (Date.parse(run.finishedAt ?? '') - Date.parse(run.startedAt)) / 1000;
  const used = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);
  return {
    ...pass,
    status: run.status,
    inserted: run.insertedCount,
    updated: run.updatedCount,
    unchanged: run.unchangedCount,
    rejected: run.rejectedCount,
    runSeconds,
    wallSeconds,
    recordsPerSecond: pass.records / runSeconds,
    wallRecordsPerSecond: pass.records / wallSeconds,
    cpuMs: {
      bankSync: used(before.bankSync, after.bankSync) ?? 0,
      postgres: used(before.postgres, after.postgres),
    },
  };
}

/** bank-sync's process for one repetition; BENCH_SYNC_CPU_PROF=<dir> writes its CPU profile there on exit. */
async function startBankSync(
  options: SyncIngestOptions,
  url: string,
  inbox: string,
): Promise<ServiceProcess> {
  const profileDir = process.env.BENCH_SYNC_CPU_PROF;
  return startServiceProcess(
    'bank-sync (ingest)',
    'subgraphs/bank-sync/src/main.ts',
    {
      DATABASE_URL: domainDatabaseUrls(url, options.rolePasswords)['bank-sync'],
      PORT: String(await freePort()),
      SYNC_INBOX_DIR: inbox,
      ...options.identity.env.subgraph,
      ...(profileDir
        ? {
            NODE_OPTIONS: `--import ${join(import.meta.dirname, 'cpu-profile.mjs')}`,
            CPU_PROFILE_DIR: profileDir,
          }
        : {}),
    },
    options.output,
  );
}

async function runRepetition(
  options: SyncIngestOptions,
  exports: CustomerExports,
  inbox: string,
): Promise<SyncIngestRepetition> {
  const { records, log } = options;
  const url = await recreateDatabase(options.benchUrl);
  await migrateAll(url);
  await grantDomainRoles(url);
  const floor = await copyFloor(url, exports.basePath, options.postgresPid);
  log(
    `sync ingest floor: ${floor.recordsPerSecond.toFixed(0)} records/s (COPY of ${floor.records} in ${floor.seconds.toFixed(2)} s)`,
  );
  const bankSync = await startBankSync(options, url, inbox);
  const passes: SyncIngestPass[] = [];
  const headers = options.identity.credentialSource(CALLER, 'bank-sync');
  try {
    const plan = [
      { name: 'first', description: 'first ingest into an empty table', source: exports.basePath },
      { name: 'again', description: 'the same file again', source: exports.basePath },
      {
        name: 'changed',
        description: `the file with ${exports.changedRecords.toLocaleString('en-US')} records (1 in ${CHANGED_EVERY}) changed`,
        source: exports.changedPath,
      },
    ] as const;
    for (const { source, ...pass } of plan) {
      const result = await runPass(
        bankSync,
        headers,
        options.postgresPid,
        { source, inbox },
        { ...pass, records },
      );
      passes.push(result);
      log(
        `sync ingest ${pass.name}: ${result.recordsPerSecond.toFixed(0)} records/s ` +
          `(${(result.recordsPerSecond / floor.recordsPerSecond).toFixed(2)}x the floor; ` +
          `${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ` +
          `${result.rejected} rejected in ${result.runSeconds.toFixed(2)} s)`,
      );
    }
  } finally {
    await stopProcesses([bankSync]);
  }
  return { floor, passes };
}

export async function runSyncIngest(options: SyncIngestOptions): Promise<SyncIngestResult> {
  const { records, log } = options;
  const root = join(options.dataRoot, 'sync-ingest');
  const inbox = join(root, 'inbox');
  await rm(root, { recursive: true, force: true });
  await mkdir(inbox, { recursive: true });
  const generating = performance.now();
  const exports = await writeCustomerExports(
    records,
    { base: join(root, 'customers.jsonl'), changed: join(root, 'customers-changed.jsonl') },
    CHANGED_EVERY,
  );
  const generateSeconds = (performance.now() - generating) / 1000;
  log(`sync ingest: ${records} customer records written in ${generateSeconds.toFixed(1)} s`);
  const repetitions: SyncIngestRepetition[] = [];
  try {
    for (let repetition = 1; repetition <= options.repeat; repetition += 1) {
      log(`sync ingest: repetition ${repetition} of ${options.repeat}`);
      repetitions.push(await runRepetition(options, exports, inbox));
    }
  } finally {
    await onServer(options.benchUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`),
    );
    await rm(root, { recursive: true, force: true });
  }
  return {
    records,
    fileMiB: exports.bytes / 1024 ** 2,
    generateSeconds,
    targetPerSecond: SYNC_INGEST_TARGET_PER_SECOND,
    floorRatioTarget: SYNC_INGEST_FLOOR_RATIO,
    repetitions,
  };
}
