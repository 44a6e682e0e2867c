/**
 * `pnpm bench`: a fresh seeded database, the real processes, and fixed-duration load at several connection
 * counts against our gateway, the floor and the Hive Gateway peers; writes bench/results/<name>.md (cli.ts reportName).
 */

import { mkdir, readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, type as osType, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { stopProcesses } from '@collexis/stack';
import { runAnalytics } from './analytics';
import { type BenchOptions, parseArgs, reportName } from './cli';
import { prepareDataset } from './dataset';
import { startHiveGateway, stopPeer } from './hive-gateway';
import { benchIdentity } from './identity';
import { measureIdentityCost } from './identity-cost';
import { type MachineProbe, probeMachine } from './machine-probe';
import { type MeasureContext, measure, targetSeconds } from './measure';
import { ensurePeers } from './peers';
import {
  type OurVariant,
  ourVariants,
  splitFloorScenarios,
  splitFloorTargets,
  startFloor,
  startOurGateway,
  startSplitFloor,
  startSubgraphs,
  type Target,
  type TargetName,
  writeSupergraph,
} from './processes';
import type { BenchResults, MachineFacts, TargetStatus } from './report/types';
import { writeReport } from './report/write';
import { createScenarios } from './scenarios';
import { runSoak } from './soak/run';
import { splitFloorKinds } from './split-floor/server';
import { countStatements } from './statements';
import { runSubscriptionFanout } from './subscription-fanout/run';
import { runSyncIngest } from './sync-ingest';
import { warmSubgraphs } from './warm-subgraphs';
import { runWritePath } from './write-path/run';

const BENCH_DIR = import.meta.dirname;
const DATA_DIR = resolve(BENCH_DIR, '.data');
const PEERS_DIR = resolve(BENCH_DIR, '.peers');
const RESULTS_DIR = resolve(BENCH_DIR, 'results');
const log = (line: string) => console.log(`[bench] ${line}`);

function machineFacts(loadAverageAtStart: number, probe: MachineProbe): MachineFacts {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAverageAtStart,
    probe,
  };
}

const wanted = (options: BenchOptions, name: TargetName) =>
  options.targets === null || options.targets.includes(name);

/**
 * Our gateway's configurations in the order `--targets` names them (all three in their declared order without
 * it), so that a comparison can be run both ways round.
 */
function ourVariantsInOrder(options: BenchOptions): OurVariant[] {
  const variants = (Object.keys(ourVariants) as OurVariant[]).filter((name) => wanted(options, name));
  const { targets } = options;
  return targets ? variants.sort((a, b) => targets.indexOf(a) - targets.indexOf(b)) : variants;
}

interface RunContext extends MeasureContext {
  targets: TargetStatus[];
  withPostgres: (target: Target) => Target;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts one target, measures it and stops it. A target that cannot start is reported as not run, one that
 * fails partway keeps the runs it finished; either way the bench goes on with the next target.
 */
async function runTarget(
  context: RunContext,
  name: TargetName,
  description: string,
  start: () => Promise<{ target: Target; stop: () => Promise<void> }>,
): Promise<void> {
  let started: { target: Target; stop: () => Promise<void> };
  try {
    started = await start();
  } catch (error) {
    const reason = `could not start: ${message(error)}`;
    context.targets.push({ name, description, skipped: reason, failure: null });
    log(`${name} ${reason}`);
    return;
  }
  const status: TargetStatus = {
    name,
    description: started.target.description,
    skipped: null,
    failure: null,
  };
  context.targets.push(status);
  try {
    await measure(context.withPostgres(started.target), context);
  } catch (error) {
    status.failure = message(error);
    log(`${name} failed partway: ${status.failure}`);
  } finally {
    await started.stop();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const loadAverageAtStart = loadavg()[0] ?? 0;
  const probe = await probeMachine();
  log(
    `machine: ${probe.idleRoundTripCpuMicros.toFixed(0)} µs CPU per round trip to a process idle 5 ms ` +
      `(${probe.busyRoundTripCpuMicros.toFixed(0)} back to back), JavaScript workload ${probe.computeMs.toFixed(0)} ms`,
  );
  log(
    `${options.command}: ${options.customers} customers, ${options.durationSeconds} s per run, connections ${options.connections.join(',')}`,
  );
  const output: string[] = [];
  await mkdir(DATA_DIR, { recursive: true });
  for (const file of await readdir(DATA_DIR)) {
    if (file.startsWith('mismatch-')) await rm(join(DATA_DIR, file));
  }
  const identity = await benchIdentity(DATA_DIR);
  const dataset = await prepareDataset(options.customers, DATA_DIR, log);
  const allScenarios = createScenarios(dataset.keys);
  const unknown = options.scenarios?.filter((name) => !allScenarios.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`no such scenario: ${unknown.join(', ')}`);
  const scenarios = allScenarios.filter(
    (scenario) => options.scenarios === null || options.scenarios.includes(scenario.name),
  );
  const postgres = dataset.postgresPid === null ? [] : [{ role: 'postgres', pid: dataset.postgresPid }];
  const withPostgres = (target: Target): Target => ({ ...target, watch: [...target.watch, ...postgres] });
  const record: RunContext['record'] = { runs: [], agreements: [] };
  const targets: TargetStatus[] = [];
  let peers: BenchResults['peers'] = null;
  const stopAtExit: (() => Promise<void>)[] = [];
  try {
    log('counting SQL statements per operation (in-process stack and floor)');
    const { counts: statements, reference } = await countStatements(dataset, scenarios, identity);
    log('timing token verification and credential signing');
    const identityCost = await measureIdentityCost(identity);

    const context = {
      options,
      scenarios,
      reference,
      record,
      targets,
      withPostgres,
      identity,
      dataDir: DATA_DIR,
    };
    if (wanted(options, 'floor')) {
      await runTarget(context, 'floor', 'one plain Apollo Server process', async () => {
        const floor = await startFloor(dataset.url, identity, output);
        return { target: floor.target, stop: () => stopProcesses([floor.process]) };
      });
    }

    for (const kind of splitFloorKinds) {
      const { name, description } = splitFloorTargets[kind];
      const answered = scenarios.some((scenario) => splitFloorScenarios.includes(scenario.name));
      if (!wanted(options, name) || !answered) continue;
      await runTarget(context, name, description, async () => {
        const split = await startSplitFloor(kind, dataset.url, identity, output);
        return { target: split.target, stop: () => stopProcesses(split.processes) };
      });
    }

    log('starting the subgraphs');
    const subgraphs = await startSubgraphs(dataset.domainUrls, identity, output);
    stopAtExit.push(() => stopProcesses(subgraphs.processes));

    const variants = ourVariantsInOrder(options);
    if (variants.length > 0) await warmSubgraphs(subgraphs, scenarios, identity, output, log);
    for (const variant of variants) {
      await runTarget(context, variant, ourVariants[variant].description, async () => {
        const ours = await startOurGateway(subgraphs, output, variant);
        return { target: ours.target, stop: () => stopProcesses([ours.process]) };
      });
    }

    const peerTargets = (['hive-js', 'hive-rust'] as const).filter((name) => wanted(options, name));
    if (peerTargets.length > 0 && options.skipPeers) {
      for (const name of peerTargets) {
        targets.push({
          name,
          description: 'Hive Gateway 2',
          skipped: 'skipped with --skip-peers',
          failure: null,
        });
      }
    } else if (peerTargets.length > 0) {
      peers = await ensurePeers(PEERS_DIR, log);
      const supergraphPath = await writeSupergraph(subgraphs, DATA_DIR);
      for (const name of peerTargets) {
        const rust = name === 'hive-rust';
        const description = rust
          ? 'Hive Gateway 2, Rust query planner'
          : 'Hive Gateway 2, JavaScript query planner';
        if (!peers.gateway || (rust && !peers.routerRuntime)) {
          const reason = `not installed: ${peers.error ?? 'the package is missing after npm install'}`;
          targets.push({ name, description, skipped: reason, failure: null });
          log(`${name} skipped: ${reason}`);
          continue;
        }
        await runTarget(context, name, description, async () => {
          const hive = {
            peersDir: PEERS_DIR,
            supergraphPath,
            rust,
            dedup: options.hiveDedup,
            dataDir: DATA_DIR,
            runSeconds: targetSeconds(options, scenarios.length),
          };
          const peer = await startHiveGateway(hive, subgraphs, output);
          return { target: peer.target, stop: () => stopPeer(peer.process) };
        });
      }
    }

    const analytics =
      options.targets === null || options.targets.includes('analytics')
        ? await runAnalytics({
            subgraphs,
            keys: dataset.keys,
            identity,
            runs: options.analyticsRuns,
            output,
            log,
          })
        : undefined;

    const syncIngest =
      options.targets === null || options.targets.includes('sync-ingest')
        ? await runSyncIngest({
            records: options.syncRecords,
            repeat: options.repeat,
            benchUrl: dataset.url,
            rolePasswords: dataset.rolePasswords,
            identity,
            postgresPid: dataset.postgresPid,
            dataRoot: DATA_DIR,
            output: (line) => output.push(line),
            log,
          })
        : undefined;

    const subscriptionFanout =
      options.targets === null || options.targets.includes('subscription-fanout')
        ? await runSubscriptionFanout(
            { subgraphs, loans: dataset.keys.loans, watch: postgres, output, log },
            options.fanout,
            options.fanoutSeconds,
            options.repeat,
          )
        : undefined;

    const soak =
      options.targets === null || options.targets.includes('soak')
        ? await runSoak(
            { subgraphs, scenarios, loans: dataset.keys.loans, watch: postgres, output, log },
            options.soakSeconds,
          )
        : undefined;

    const writePath =
      options.targets === null || options.targets.includes('write-path')
        ? await runWritePath(
            { subgraphs, loans: dataset.keys.loans, databaseUrl: dataset.url, watch: postgres, output, log },
            options.writePath,
            options.repeat,
          )
        : undefined;

    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      command: options.command,
      repeat: options.repeat,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      machine: machineFacts(loadAverageAtStart, probe),
      dataset: dataset.facts,
      peers,
      targets,
      scenarios: scenarios.map(({ name, title, query }) => ({ name, title, query })),
      statements,
      identityCost,
      agreements: record.agreements,
      runs: record.runs,
      analytics,
      syncIngest,
      subscriptionFanout,
      soak,
      writePath,
    };
    const written = await writeReport(results, RESULTS_DIR, reportName(options, startedAt));
    log(`report: ${written.markdown}`);
    log(`raw results: ${written.json}`);
  } catch (error) {
    console.error(output.slice(-30).join('\n'));
    throw error;
  } finally {
    for (const stop of stopAtExit.reverse()) await stop();
    await dataset.stop();
  }
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  if (error instanceof Error && error.cause) console.error('caused by', error.cause);
  process.exit(1);
}
