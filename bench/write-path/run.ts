/**
 * The write path scenario: a fixed number of `recordPayment`s at a fixed rate, in three phases that each add
 * one stage, so that each stage's CPU per payment is the difference of two phases' /proc figures:
 * 1. `direct`: straight to the payment subgraph (its credential); payment, PostgreSQL and the two
 *    payment-event consumers (bank-sync's loan balances, workflow's case updates) run as in production;
 * 2. `gateway`: the same through our gateway with a PAYMENT_PROCESSOR's access token;
 * 3. `dashboards`: through the gateway with N dashboards subscribed (the fan-out's DASHBOARD): the target.
 * Each phase ends when every consumer's checkpoint is the outbox's head (and every dashboard has every event).
 * Each repetition runs every rate in turn, each on a fresh gateway, dashboard process and writers.
 */
import { cpus, loadavg } from 'node:os';
import { callerOf } from '@collexis/platform/testing';
import { stopProcesses } from '@collexis/stack';
import type { LoanKey } from '../dataset';
import type { ProcessUsage, WatchedProcess } from '../load';
import { type ProcessSample, sampleProcess } from '../proc';
import { type Subgraphs, startOurGateway } from '../processes';
import { type LatencySummary, summarize } from '../subscription-fanout/analysis';
import { startClientPool } from '../subscription-fanout/client-pool';
import { DASHBOARD } from '../subscription-fanout/streams';
import { createPaymentWriter, PROCESSOR, paymentSubgraphAuthorization } from '../subscription-fanout/writer';
import { watchConsumers } from './consumers';

export type WritePhaseName = 'direct' | 'gateway' | 'dashboards';

export interface WritePathConfig {
  /** The rates offered, one after another in each repetition: payments per second. */
  rates: number[];
  seconds: number;
  dashboards: number;
}

export interface WritePhase {
  name: WritePhaseName;
  committed: number;
  failures: number;
  firstFailure: string | null;
  /** Commits per second between the first response and the last. */
  achievedPerSecond: number;
  commitMs: LatencySummary;
  /** From the last commit until every consumer (and dashboard) had every event; null: not within the grace. */
  drainMs: number | null;
  /** CPU of each process over the phase (writing and draining), and the writer's own. */
  processes: ProcessUsage[];
  loadAverage: number;
}

/** The runs at one offered rate: each repetition's three phases. */
export interface WriteRateRuns {
  paymentsPerSecond: number;
  repeats: WritePhase[][];
}

export interface WritePathResult {
  seconds: number;
  dashboards: number;
  machineCores: number;
  rates: WriteRateRuns[];
  /**
   * Where CPU profiles of the payment process were written (CPU_PROFILE_DIR), if asked for: over `direct` of the
   * first repetition at the first rate.
   */
  profileDir: string | null;
}

export interface WritePathContext {
  subgraphs: Subgraphs;
  loans: readonly LoanKey[];
  /** The bench database's owner URL: the outbox head and the consumers' checkpoints are read through it. */
  databaseUrl: string;
  watch: readonly WatchedProcess[];
  output: string[];
  log: (line: string) => void;
}

const SUPERVISOR = callerOf('bench-dashboard', 'SUPERVISOR');
const GRACE_MS = 60_000;
const WARMUP = { rate: 100, seconds: 2 };

const usage = (role: string, before: ProcessSample | undefined, after: ProcessSample | undefined) => ({
  role,
  cpuMs: (after?.cpuMs ?? 0) - (before?.cpuMs ?? 0),
  rssMiB: after?.rssMiB ?? 0,
});

/** Toggles the CPU profile of the payment process (bench/write-path/profile-hook.mjs). */
function toggleProfile(subgraphs: Subgraphs, profileDir: string | null) {
  const payment = subgraphs.processes.find((service) => service.name === 'payment')?.child.pid;
  if (profileDir && payment !== undefined) process.kill(payment, 'SIGUSR2');
}

interface RepetitionConfig extends Omit<WritePathConfig, 'rates'> {
  paymentsPerSecond: number;
  profileDir: string | null;
}

/** The three phases at one rate on a fresh gateway and dashboard process. */
async function runRepetition(context: WritePathContext, config: RepetitionConfig): Promise<WritePhase[]> {
  const { subgraphs, log } = context;
  const { profileDir } = config;
  const gateway = await startOurGateway(subgraphs, context.output, 'ours', {
    GATEWAY_MAX_CONNECTIONS_PER_CALLER: String(Math.max(config.dashboards, 1)),
  });
  const consumers = watchConsumers(context.databaseUrl);
  const pool = startClientPool();
  const processorHeaders = await subgraphs.identity.accessHeaders(PROCESSOR);
  const direct = createPaymentWriter(
    subgraphs.urls.payment,
    context.loans,
    paymentSubgraphAuthorization(subgraphs.identity),
  );
  const writers = [direct];
  const watch: WatchedProcess[] = [
    ...gateway.target.watch,
    ...context.watch,
    { role: 'dashboards', pid: pool.pid },
  ];
  const phases: WritePhase[] = [];
  try {
    await direct.commitAtRate(WARMUP.rate, WARMUP.seconds);
    // Made after the first warm-up: a writer's references start with its creation time in ms.
    const throughGateway = createPaymentWriter(
      gateway.target.url,
      context.loans,
      async () => processorHeaders,
    );
    writers.push(throughGateway);
    await throughGateway.commitAtRate(WARMUP.rate, WARMUP.seconds);
    await consumers.caughtUp(GRACE_MS);
    for (const name of ['direct', 'gateway', 'dashboards'] as const) {
      if (name === 'dashboards') {
        const opened = await pool.open({
          stream: 'payment',
          url: gateway.target.url,
          query: DASHBOARD,
          variables: {},
          connectionParams: await subgraphs.identity.accessHeaders(SUPERVISOR),
          count: config.dashboards,
        });
        log(`write path: ${opened.connected} dashboards connected, ${opened.failed} failed`);
        const first = await throughGateway.commit();
        await pool.awaitAll('payment', [first.reference], GRACE_MS);
      }
      const writer = name === 'direct' ? direct : throughGateway;
      const before = await Promise.all(watch.map((watched) => sampleProcess(watched.pid)));
      const writerBefore = process.cpuUsage();
      if (name === 'direct') toggleProfile(subgraphs, profileDir);
      const run = await writer.commitAtRate(config.paymentsPerSecond, config.seconds);
      const lastCommit = Date.now();
      const references = run.commits.map((commit) => commit.reference);
      const drained =
        (await consumers.caughtUp(GRACE_MS)) !== false &&
        (name !== 'dashboards' || (await pool.awaitAll('payment', references, GRACE_MS)));
      const drainMs = drained ? Date.now() - lastCommit : null;
      if (name === 'direct') toggleProfile(subgraphs, profileDir);
      const after = await Promise.all(watch.map((watched) => sampleProcess(watched.pid)));
      const writerCpu = process.cpuUsage(writerBefore);
      const committedAt = run.commits.map((commit) => commit.committedAt);
      const writeSeconds = (Math.max(...committedAt) - Math.min(...committedAt)) / 1000;
      const phase: WritePhase = {
        name,
        committed: run.commits.length,
        failures: run.failures,
        firstFailure: run.firstFailure,
        achievedPerSecond: writeSeconds > 0 ? (run.commits.length - 1) / writeSeconds : 0,
        commitMs: summarize(Float64Array.from(run.commits, (commit) => commit.committedAt - commit.sentAt)),
        drainMs,
        processes: [
          ...watch.map((watched, index) => usage(watched.role, before[index], after[index])),
          {
            role: 'writer',
            cpuMs: (writerCpu.user + writerCpu.system) / 1000,
            rssMiB: process.memoryUsage.rss() / 1024 ** 2,
          },
        ],
        loadAverage: loadavg()[0] ?? Number.NaN,
      };
      const total = phase.processes.reduce((sum, process) => sum + process.cpuMs, 0);
      log(
        `write path ${name}: ${phase.committed} committed (${phase.achievedPerSecond.toFixed(0)}/s of ` +
          `${config.paymentsPerSecond}), ${phase.failures} failed, drained in ${drainMs ?? 'n/a'} ms, ` +
          `${(total / Math.max(phase.committed, 1)).toFixed(2)} CPU ms per payment, load ${phase.loadAverage.toFixed(1)}`,
      );
      phases.push(phase);
    }
    return phases;
  } finally {
    for (const writer of writers) writer.close();
    await consumers.close();
    await pool.stop();
    await stopProcesses([gateway.process]);
  }
}

export async function runWritePath(
  context: WritePathContext,
  config: WritePathConfig,
  repeat: number,
): Promise<WritePathResult> {
  // Without the hook in NODE_OPTIONS, SIGUSR2 would end the payment process.
  const hooked = process.env.NODE_OPTIONS?.includes('profile-hook') ?? false;
  const profileDir = hooked ? (process.env.CPU_PROFILE_DIR ?? null) : null;
  const rates: WriteRateRuns[] = config.rates.map((paymentsPerSecond) => ({
    paymentsPerSecond,
    repeats: [],
  }));
  // Rates alternate within each repetition, so a slow minute on the shared machine falls on all of them.
  for (let repetition = 0; repetition < repeat; repetition += 1) {
    for (const [index, runs] of rates.entries()) {
      context.log(`write path: ${runs.paymentsPerSecond}/s, run ${repetition + 1} of ${repeat}`);
      const profiled = repetition === 0 && index === 0;
      const phases = await runRepetition(context, {
        ...config,
        paymentsPerSecond: runs.paymentsPerSecond,
        profileDir: profiled ? profileDir : null,
      });
      runs.repeats.push(phases);
    }
  }
  return {
    seconds: config.seconds,
    dashboards: config.dashboards,
    machineCores: cpus().length,
    rates,
    profileDir,
  };
}
