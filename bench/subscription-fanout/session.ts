/**
 * One measured session of the fan-out against one server (our gateway or the floor): its clients open in
 * groups per stream, every group receives one event before anything is timed, a warm-up at the run's rates,
 * then every writer at its rate at once while CPU is sampled, and what each client received.
 */
import { loadavg } from 'node:os';
import type { ProcessUsage, WatchedProcess } from '../load';
import { type ProcessSample, sampleProcess } from '../proc';
import { type DeliverySummary, type LatencySummary, summarize, summarizeDelivery } from './analysis';
import type { ClientPool } from './client-pool';
import type { WriteRun } from './open-loop';
import { STREAMS, type StreamKind } from './streams';
import type { EventWriter } from './writer';

/** One stream of a session: its clients and the writer that feeds it. */
export interface SessionStream {
  kind: StreamKind;
  subscribers: number;
  /** Events per second the writer commits. */
  perSecond: number;
  writer: EventWriter;
}

export interface StreamRun {
  kind: StreamKind;
  subscribers: number;
  /** Clients whose socket the server acknowledged. */
  connected: number;
  perSecond: number;
  committed: number;
  commitFailures: number;
  firstCommitFailure: string | null;
  /**
   * Commits completed per second, between the first response and the last: what the write path absorbed.
   * Commit latency alone does not lower it; latency that grows during the run does.
   */
  achievedPerSecond: number;
  /** Longest an event went out after its scheduled time. */
  writerMaxLagMs: number;
  /** Request to response of the writing mutation. */
  commitMs: LatencySummary;
  delivery: DeliverySummary;
  duplicated: number;
  outOfOrder: number;
  /** Results that carried GraphQL errors. */
  withErrors: number;
  /** The messages of the first result with errors. */
  firstError: string | null;
  clientFailures: number;
  firstClientFailure: string | null;
  /** One result's `data` as a client received it: what the floor sends. */
  sample: unknown;
}

export interface SessionResult {
  streams: StreamRun[];
  /** From the first commit until every event arrived (or the grace period ended): the CPU window. */
  windowSeconds: number;
  /** The machine's 1-minute load average at the end of the window: other work skews every number. */
  loadAverage: number;
  processes: ProcessUsage[];
}

export interface SessionOptions {
  url: string;
  connectionParams: Record<string, unknown>;
  pool: ClientPool;
  streams: readonly SessionStream[];
  /** The server's processes and the others watched; the subscriber process and the bench are added. */
  watch: readonly WatchedProcess[];
  durationSeconds: number;
  log: (line: string) => void;
}

/** Seconds at the configured rate before measuring: JIT, pools and the shared streams warm up. */
const WARMUP_SECONDS = 2;
export const GRACE_SECONDS = 10;
/** Single events tried until one reaches every client: only then are all subscriptions known to be live. */
const READY_ATTEMPTS = 30;
const READY_WAIT_MS = 2_000;

const usageBetween = (role: string, before: ProcessSample, after: ProcessSample): ProcessUsage => ({
  role,
  cpuMs: after.cpuMs - before.cpuMs,
  rssMiB: after.rssMiB,
});

const references = (run: WriteRun) => run.commits.map((commit) => commit.reference);

/** Every stream's writer at its rate at once. */
const writeAll = (streams: readonly SessionStream[], seconds: number) =>
  Promise.all(streams.map((stream) => stream.writer.commitAtRate(stream.perSecond, seconds)));

async function awaitEvery(
  pool: ClientPool,
  streams: readonly SessionStream[],
  runs: readonly WriteRun[],
): Promise<boolean> {
  const deadline = Date.now() + GRACE_SECONDS * 1000;
  let complete = true;
  for (const [index, stream] of streams.entries()) {
    const run = runs[index];
    const left = Math.max(0, deadline - Date.now());
    if (run) complete = (await pool.awaitAll(stream.kind, references(run), left)) && complete;
  }
  return complete;
}

export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const { pool, streams, log } = options;
  const connected: number[] = [];
  for (const stream of streams) {
    const { operation, variables } = STREAMS[stream.kind];
    const opened = await pool.open({
      stream: stream.kind,
      url: options.url,
      query: operation,
      variables,
      connectionParams: options.connectionParams,
      count: stream.subscribers,
    });
    connected.push(opened.connected);
    log(`fan-out ${stream.subscribers} ${stream.kind} subscribers: ${opened.connected} connected`);
  }
  for (const stream of streams) {
    let ready = false;
    for (let attempt = 0; attempt < READY_ATTEMPTS && !ready; attempt += 1) {
      ready = await pool.awaitAll(stream.kind, [(await stream.writer.commit()).reference], READY_WAIT_MS);
    }
    if (!ready) log(`fan-out: a ${stream.kind} event never reached every client; measuring anyway`);
  }
  const warmup = await writeAll(streams, WARMUP_SECONDS);
  const warmed = await awaitEvery(pool, streams, warmup);
  log(`fan-out warm-up: ${warmed ? 'all delivered' : 'NOT all delivered'}`);

  const watch: WatchedProcess[] = [...options.watch, { role: 'subscribers', pid: pool.pid }];
  const before = await Promise.all(watch.map((process) => sampleProcess(process.pid)));
  const benchBefore = process.cpuUsage();
  const started = Date.now();
  const runs = await writeAll(streams, options.durationSeconds);
  await awaitEvery(pool, streams, runs);
  const windowSeconds = (Date.now() - started) / 1000;
  const loadAverage = loadavg()[0] ?? Number.NaN;
  const after = await Promise.all(watch.map((process) => sampleProcess(process.pid)));
  const benchCpu = process.cpuUsage(benchBefore);
  const processes = watch.map((watched, index) =>
    usageBetween(
      watched.role,
      before[index] ?? { cpuMs: 0, rssMiB: 0 },
      after[index] ?? { cpuMs: 0, rssMiB: 0 },
    ),
  );
  processes.push({
    role: 'writer',
    cpuMs: (benchCpu.user + benchCpu.system) / 1000,
    rssMiB: process.memoryUsage.rss() / 1024 ** 2,
  });

  const results: StreamRun[] = [];
  for (const [index, stream] of streams.entries()) {
    const run = runs[index] ?? { commits: [], failures: 0, firstFailure: null, maxLagMs: 0 };
    const collected = await pool.collect(stream.kind, references(run));
    const committedAt = run.commits.map((commit) => commit.committedAt);
    const writeSeconds = (Math.max(...committedAt) - Math.min(...committedAt)) / 1000;
    results.push({
      kind: stream.kind,
      subscribers: stream.subscribers,
      connected: connected[index] ?? 0,
      perSecond: stream.perSecond,
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
        stream.subscribers,
      ),
      duplicated: collected.duplicated,
      outOfOrder: collected.outOfOrder,
      withErrors: collected.withErrors,
      firstError: collected.firstError,
      clientFailures: collected.clientFailures,
      firstClientFailure: collected.firstFailure,
      sample: collected.sample,
    });
  }
  return { streams: results, windowSeconds, loadAverage, processes };
}
