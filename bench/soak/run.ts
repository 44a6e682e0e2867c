/**
 * The soak scenario: a fresh gateway over the bench's subgraph processes under a mix of reads (autocannon),
 * `recordPayment` writes (as a PAYMENT_PROCESSOR, through the gateway) and subscriptions that open and close
 * continuously, for minutes; RSS of every process sampled when warm, during the load, at its end and after a
 * quiet period, to see whether the gateway's memory comes back.
 */
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { callerOf } from '@collexis/platform/testing';
import { stopProcesses } from '@collexis/stack';
import type { LoanKey } from '../dataset';
import { type LoadResult, runLoad, type WatchedProcess } from '../load';
import { sampleProcess } from '../proc';
import { type Subgraphs, startOurGateway } from '../processes';
import { requestBody, type Scenario } from '../scenarios';
import { DASHBOARD } from '../subscription-fanout/run';
import { createPaymentWriter, PROCESSOR, type WriteRun } from '../subscription-fanout/writer';
import type { ChurnStats } from './churn-protocol';
import { type HeapSample, sampleHeap } from './gateway-heap';
import { startSubscribers } from './subscribers';

/** The mix's shape; the duration comes from `--soak-seconds`. */
export const SOAK_SHAPE = {
  /** autocannon connections sending the read mix, closed loop. */
  connections: 4,
  paymentsPerSecond: 10,
  subscriptions: 200,
  minLifetimeMs: 1_000,
  maxLifetimeMs: 10_000,
  /** Seconds of the full mix before the baseline, at most; a quarter of the soak when that is shorter. */
  warmupSeconds: 30,
  /** Seconds with nothing asked of any process, before the baseline and after the load. */
  quietSeconds: 30,
  sampleEverySeconds: 10,
};
/** The bound on the gateway's growth from its warm baseline to after the quiet period: 50 MB. */
export const GATEWAY_BOUND_MIB = 50e6 / 1024 ** 2;

export interface MemoryTrack {
  role: string;
  /** Just started, before any request. */
  startedMiB: number;
  /** After the warm-up and a quiet period. */
  baselineMiB: number;
  /** The highest of the samples during the load and the end-of-load one. */
  peakMiB: number;
  endOfLoadMiB: number;
  afterQuietMiB: number;
}

export interface SoakResult {
  seconds: number;
  warmupSeconds: number;
  shape: typeof SOAK_SHAPE;
  /** RSS MiB per role, every `sampleEverySeconds` of the load (seconds since it started). */
  samples: { atSeconds: number; rssMiB: Record<string, number> }[];
  memory: MemoryTrack[];
  /**
   * The gateway's V8 heap (its /metrics) at the warm baseline, when the load stops and after the quiet period;
   * absent from results recorded before it was sampled.
   */
  gatewayHeap?: { baseline: HeapSample; endOfLoad: HeapSample; afterQuiet: HeapSample };
  reads: Omit<LoadResult, 'processes' | 'connections'>;
  writes: { committed: number; perSecond: number; failures: number; firstFailure: string | null };
  subscriptions: Omit<ChurnStats, 'kind'>;
  loadAverage: number;
}

export interface SoakContext {
  subgraphs: Subgraphs;
  scenarios: readonly Scenario[];
  loans: readonly LoanKey[];
  /** Processes watched besides ours (the embedded PostgreSQL). */
  watch: readonly WatchedProcess[];
  output: string[];
  log: (line: string) => void;
}

const SUPERVISOR = callerOf('bench-soak-dashboard', 'SUPERVISOR');
/** The load generator and the writer: this process, measured by itself (its tree holds every service). */
const BENCH_ROLE = 'bench';

async function sampleRss(watch: readonly WatchedProcess[]): Promise<Record<string, number>> {
  const rss: Record<string, number> = {};
  for (const process of watch) rss[process.role] = (await sampleProcess(process.pid)).rssMiB;
  rss[BENCH_ROLE] = globalThis.process.memoryUsage.rss() / 1024 ** 2;
  return rss;
}

/** Customer 360 half the time, the worklist and the delinquent-loans page a quarter each. */
function readMix(scenarios: readonly Scenario[]): () => string {
  const weighted = scenarios.flatMap((scenario) =>
    scenario.name === 'customer-360' ? [scenario, scenario] : [scenario],
  );
  return () => {
    const scenario = weighted[Math.floor(Math.random() * weighted.length)];
    if (!scenario) throw new Error('the soak has no read scenarios');
    return requestBody(scenario);
  };
}

export async function runSoak(context: SoakContext, seconds: number): Promise<SoakResult> {
  const { subgraphs, log } = context;
  const shape = SOAK_SHAPE;
  const warmupSeconds = Math.max(1, Math.min(shape.warmupSeconds, Math.round(seconds / 4)));
  // Replaced subscriptions may briefly overlap the ones closing; every dashboard is the same caller here.
  const gateway = await startOurGateway(subgraphs, context.output, 'ours', {
    GATEWAY_MAX_CONNECTIONS_PER_CALLER: String(shape.subscriptions * 2),
  });
  const subscribers = startSubscribers({
    url: gateway.target.url,
    query: DASHBOARD,
    connectionParams: await subgraphs.identity.accessHeaders(SUPERVISOR),
    subscriptions: shape.subscriptions,
    minLifetimeMs: shape.minLifetimeMs,
    maxLifetimeMs: shape.maxLifetimeMs,
  });
  const processorHeaders = await subgraphs.identity.accessHeaders(PROCESSOR);
  const writer = createPaymentWriter(gateway.target.url, context.loans, async () => processorHeaders);
  const readerHeaders = await subgraphs.identity.accessHeaders();
  const body = readMix(context.scenarios);
  const watch: WatchedProcess[] = [
    ...gateway.target.watch,
    ...context.watch,
    { role: 'subscribers', pid: subscribers.pid },
  ];

  const mix = async (durationSeconds: number) => {
    await subscribers.start();
    const [reads, writes] = await Promise.all([
      runLoad({
        url: gateway.target.url,
        body,
        connections: shape.connections,
        durationSeconds,
        watch: [],
        headers: readerHeaders,
      }),
      writer.commitAtRate(shape.paymentsPerSecond, durationSeconds),
    ]);
    return { reads, writes, churn: await subscribers.stop() };
  };

  try {
    const fresh = await sampleRss(watch);
    log(`soak: ${warmupSeconds} s warm-up of the full mix, then ${shape.quietSeconds} s quiet`);
    await mix(warmupSeconds);
    await sleep(shape.quietSeconds * 1000);
    const baseline = await sampleRss(watch);
    const baselineHeap = await sampleHeap(gateway.target.url);
    log(`soak: ${seconds} s of load; gateway ${baseline.gateway?.toFixed(0)} MiB warm`);

    const samples: SoakResult['samples'] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      const atSeconds = Math.round((Date.now() - started) / 1000);
      void sampleRss(watch).then((rssMiB) => samples.push({ atSeconds, rssMiB }));
    }, shape.sampleEverySeconds * 1000);
    const run = await mix(seconds).finally(() => clearInterval(sampler));
    const endOfLoad = await sampleRss(watch);
    const endOfLoadHeap = await sampleHeap(gateway.target.url);
    samples.push({ atSeconds: Math.round((Date.now() - started) / 1000), rssMiB: endOfLoad });
    const loadAverage = loadavg()[0] ?? Number.NaN;
    log(`soak: load stopped; ${shape.quietSeconds} s quiet`);
    await sleep(shape.quietSeconds * 1000);
    const afterQuiet = await sampleRss(watch);
    const afterQuietHeap = await sampleHeap(gateway.target.url);

    const memory = Object.keys(baseline).map((role) => ({
      role,
      startedMiB: fresh[role] ?? Number.NaN,
      baselineMiB: baseline[role] ?? Number.NaN,
      peakMiB: Math.max(...samples.map((sample) => sample.rssMiB[role] ?? Number.NaN)),
      endOfLoadMiB: endOfLoad[role] ?? Number.NaN,
      afterQuietMiB: afterQuiet[role] ?? Number.NaN,
    }));
    // The report keeps the load's figures, not its per-process samples (those are `memory` here).
    const { processes: _processes, connections: _connections, ...reads } = run.reads;
    const { kind: _kind, ...subscriptions } = run.churn;
    return {
      seconds,
      warmupSeconds,
      shape,
      samples,
      memory,
      gatewayHeap: { baseline: baselineHeap, endOfLoad: endOfLoadHeap, afterQuiet: afterQuietHeap },
      reads,
      writes: writeSummary(run.writes, seconds),
      subscriptions,
      loadAverage,
    };
  } finally {
    writer.close();
    await subscribers.close();
    await stopProcesses([gateway.process]);
  }
}

const writeSummary = (run: WriteRun, seconds: number): SoakResult['writes'] => ({
  committed: run.commits.length,
  perSecond: run.commits.length / seconds,
  failures: run.failures,
  firstFailure: run.firstFailure,
});
