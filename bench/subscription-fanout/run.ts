/**
 * The subscription fan-out scenario: N graphql-ws dashboards on our gateway (in a process of their own) hold
 * the same federated `paymentEvents` subscription while the bench commits M payments per second through the
 * payment subgraph; commit-to-client latency of every delivery, losses, duplicates and CPU per process.
 */
import { cpus, loadavg } from 'node:os';
import { callerOf } from '@collexis/platform/testing';
import { stopProcesses } from '@collexis/stack';
import type { LoanKey } from '../dataset';
import type { ProcessUsage, WatchedProcess } from '../load';
import { type ProcessSample, sampleProcess } from '../proc';
import { type Subgraphs, startOurGateway } from '../processes';
import { type DeliverySummary, type LatencySummary, summarize, summarizeDelivery } from './analysis';
import { startClientPool } from './client-pool';
import { createPaymentWriter, paymentSubgraphAuthorization } from './writer';

/** docs/subscriptions.md's dashboard operation: payment, then its loan and customer (bank-sync) and case (workflow). */
export const DASHBOARD = /* GraphQL */ `subscription Board($after: String) {
  paymentEvents(after: $after) {
    type
    cursor
    occurredAt
    payment {
      referenceNumber amount currency
      loan { accountNumber dpd outstanding
        customer { cif name case { customerStatus assignedCallAgent { name } } } }
    }
  }
}`;

export interface FanoutConfig {
  subscribers: number;
  paymentsPerSecond: number;
}

export interface FanoutRun extends FanoutConfig {
  durationSeconds: number;
  /** Clients whose socket the gateway acknowledged. */
  connected: number;
  committed: number;
  commitFailures: number;
  firstCommitFailure: string | null;
  /**
   * Commits completed per second, between the first response and the last: what the write path absorbed.
   * Commit latency alone does not lower it; latency that grows during the run does.
   */
  achievedPerSecond: number;
  /** Longest a payment went out after its scheduled time. */
  writerMaxLagMs: number;
  /** `recordPayment` request to response. */
  commitMs: LatencySummary;
  delivery: DeliverySummary;
  duplicated: number;
  outOfOrder: number;
  /** Results that carried GraphQL errors. */
  withErrors: number;
  clientFailures: number;
  firstClientFailure: string | null;
  /** How long the bench waited after the last commit for every client to receive every event. */
  graceSeconds: number;
  /** From the first commit until every event arrived (or the grace period ended): the CPU window. */
  windowSeconds: number;
  /** The machine's 1-minute load average at the end of the window: other work skews every number. */
  loadAverage: number;
  /** The machine's cores, which every process of the run shares. */
  machineCores: number;
  processes: ProcessUsage[];
}

export interface FanoutContext {
  subgraphs: Subgraphs;
  loans: readonly LoanKey[];
  /** Processes watched besides ours (the embedded PostgreSQL). */
  watch: readonly WatchedProcess[];
  output: string[];
  log: (line: string) => void;
}

/** Who watches the dashboards. */
const SUPERVISOR = callerOf('bench-dashboard', 'SUPERVISOR');
/** Seconds at the configured rate before measuring: JIT, pools and the shared stream warm up. */
const WARMUP_SECONDS = 2;
const GRACE_SECONDS = 10;
/** Single payments tried until one reaches every client: only then are all subscriptions known to be live. */
const READY_ATTEMPTS = 30;
const READY_WAIT_MS = 2_000;

const usageBetween = (role: string, before: ProcessSample, after: ProcessSample): ProcessUsage => ({
  role,
  cpuMs: after.cpuMs - before.cpuMs,
  rssMiB: after.rssMiB,
});

async function runOne(
  context: FanoutContext,
  config: FanoutConfig,
  durationSeconds: number,
): Promise<FanoutRun> {
  const { subgraphs, log } = context;
  const writer = createPaymentWriter(
    subgraphs.urls.payment,
    context.loans,
    paymentSubgraphAuthorization(subgraphs.identity),
  );
  // Every client is the same caller here, where each dashboard would be a person of its own.
  const gateway = await startOurGateway(subgraphs, context.output, 'ours', {
    GATEWAY_MAX_CONNECTIONS_PER_CALLER: String(config.subscribers),
  });
  const pool = startClientPool();
  try {
    const opened = await pool.open({
      url: gateway.target.url,
      query: DASHBOARD,
      variables: {},
      // graphql-ws's connection_init carries the access token (1 hour, longer than any run).
      connectionParams: await subgraphs.identity.accessHeaders(SUPERVISOR),
      count: config.subscribers,
    });
    log(`fan-out ${config.subscribers} subscribers: ${opened.connected} connected, ${opened.failed} failed`);
    let ready = false;
    for (let attempt = 0; attempt < READY_ATTEMPTS && !ready; attempt += 1) {
      ready = await pool.awaitAll([(await writer.commit()).reference], READY_WAIT_MS);
    }
    if (!ready) log('fan-out: a payment never reached every client; measuring anyway');
    const warmup = await writer.commitAtRate(config.paymentsPerSecond, WARMUP_SECONDS);
    const warmupWritten = Date.now();
    const warmed = await pool.awaitAll(
      warmup.commits.map((commit) => commit.reference),
      GRACE_SECONDS * 1000,
    );
    log(
      `fan-out warm-up: ${warmup.commits.length} payments ${warmed ? 'all delivered' : 'NOT all delivered'} ` +
        `${Date.now() - warmupWritten} ms after the last was written`,
    );

    const watch: WatchedProcess[] = [
      ...gateway.target.watch,
      ...context.watch,
      { role: 'subscribers', pid: pool.pid },
    ];
    const before = await Promise.all(watch.map((process) => sampleProcess(process.pid)));
    const writerBefore = process.cpuUsage();
    const started = Date.now();
    const run = await writer.commitAtRate(config.paymentsPerSecond, durationSeconds);
    const references = run.commits.map((commit) => commit.reference);
    await pool.awaitAll(references, GRACE_SECONDS * 1000);
    const windowSeconds = (Date.now() - started) / 1000;
    const loadAverage = loadavg()[0] ?? Number.NaN;
    const after = await Promise.all(watch.map((process) => sampleProcess(process.pid)));
    const writerCpu = process.cpuUsage(writerBefore);
    const collected = await pool.collect(references);

    const committedAt = run.commits.map((commit) => commit.committedAt);
    const writeSeconds = (Math.max(...committedAt) - Math.min(...committedAt)) / 1000;
    const processes = watch.map((watched, index) =>
      usageBetween(
        watched.role,
        before[index] ?? { cpuMs: 0, rssMiB: 0 },
        after[index] ?? { cpuMs: 0, rssMiB: 0 },
      ),
    );
    processes.push({
      role: 'writer',
      cpuMs: (writerCpu.user + writerCpu.system) / 1000,
      rssMiB: process.memoryUsage.rss() / 1024 ** 2,
    });
    return {
      ...config,
      durationSeconds,
      connected: opened.connected,
      committed: run.commits.length,
      commitFailures: run.failures,
      firstCommitFailure: run.firstFailure,
      achievedPerSecond: writeSeconds > 0 ? (run.commits.length - 1) / writeSeconds : 0,
      writerMaxLagMs: run.maxLagMs,
      commitMs: summarize(Float64Array.from(run.commits, (commit) => commit.committedAt - commit.sentAt)),
      delivery: summarizeDelivery(
        run.commits,
        collected.receivedAt,
        collected.occurredAt,
        config.subscribers,
      ),
      duplicated: collected.duplicated,
      outOfOrder: collected.outOfOrder,
      withErrors: collected.withErrors,
      clientFailures: collected.clientFailures,
      firstClientFailure: collected.firstFailure,
      graceSeconds: GRACE_SECONDS,
      windowSeconds,
      loadAverage,
      machineCores: cpus().length,
      processes,
    };
  } finally {
    writer.close();
    await pool.stop();
    await stopProcesses([gateway.process]);
  }
}

/** Each configuration on a fresh gateway of its own, one after another, over the same subgraphs. */
export async function runSubscriptionFanout(
  context: FanoutContext,
  configs: readonly FanoutConfig[],
  durationSeconds: number,
): Promise<FanoutRun[]> {
  const runs: FanoutRun[] = [];
  for (const config of configs) {
    const run = await runOne(context, config, durationSeconds);
    const latency = run.delivery.fromResponseMs;
    context.log(
      `fan-out ${run.subscribers} subscribers x ${run.paymentsPerSecond}/s: ${run.committed} committed ` +
        `(${run.achievedPerSecond.toFixed(0)}/s), p50 ${latency.p50.toFixed(0)} ms, p99 ${latency.p99.toFixed(0)} ms, ` +
        `max ${latency.max.toFixed(0)} ms, lost ${run.delivery.lost}, duplicated ${run.duplicated}`,
    );
    runs.push(run);
  }
  return runs;
}
