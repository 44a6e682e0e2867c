/**
 * The subscription fan-out scenario: N graphql-ws dashboards on our gateway (in a process of their own), part
 * on payment dashboards (`paymentEvents`) and part on a supervisor's team board (`workflowEvents` of one
 * team), while the bench commits M payments per second through the payment subgraph and records A actions
 * per second for that team's agents through the workflow subgraph; commit-to-client latency of every
 * delivery, losses, duplicates and order per stream kind, and CPU per process. Then the floor: a bare `ws`
 * server sending the same bytes to the same clients at the same rates (floor-server.ts).
 */
import { cpus } from 'node:os';
import { callerOf } from '@collexis/platform/testing';
import { stopProcesses } from '@collexis/stack';
import type { LoanKey } from '../dataset';
import type { ProcessUsage, WatchedProcess } from '../load';
import { type Subgraphs, startOurGateway } from '../processes';
import { createActionWriter, workflowSubgraphAuthorization } from './action-writer';
import { startClientPool } from './client-pool';
import { startFloor } from './floor';
import { choosePinning, describePinning, type Pinning, pinnedCommand, pinProcess } from './pinning';
import { GRACE_SECONDS, runSession, type SessionStream, type StreamRun } from './session';
import { BOARD_TEAM, type StreamKind } from './streams';
import { createPaymentWriter, paymentSubgraphAuthorization } from './writer';

export type { StreamRun } from './session';
export { DASHBOARD } from './streams';

export interface FanoutConfig {
  subscribers: number;
  paymentsPerSecond: number;
  /** The share of the subscribers on the team board (0 to 1); the rest watch payments. */
  workflowShare: number;
  /** Actions recorded per second for the board's team. */
  actionsPerSecond: number;
}

/** What one server did for the run's clients: per stream, and the CPU of every process watched. */
export interface TargetRun {
  streams: Omit<StreamRun, 'sample'>[];
  windowSeconds: number;
  loadAverage: number;
  processes: ProcessUsage[];
}

/** One repetition of a configuration: a fresh gateway, then the floor with the gateway's sample results. */
export interface FanoutRepetition {
  gateway: TargetRun;
  /** The bare `ws` server with the same clients, bytes and rates; null when the gateway delivered nothing. */
  floor: TargetRun | null;
}

export interface FanoutRun extends FanoutConfig {
  durationSeconds: number;
  /** How long the bench waited after the last commit for every client to receive every event. */
  graceSeconds: number;
  /** The machine's cores, which every process of the run shares. */
  machineCores: number;
  /** Which processes ran on which cores (pinning.ts). */
  pinning: string;
  /** The team whose board the workflow clients watch. */
  team: string;
  /** Each repetition (`--repeat`), in the order run. */
  repeats: FanoutRepetition[];
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

/** Subscribers per stream kind: the workflow share rounded, the rest on payments; empty kinds left out. */
export function subscribersOf(config: FanoutConfig): Record<StreamKind, number> {
  const workflow = Math.round(config.subscribers * config.workflowShare);
  return { payment: config.subscribers - workflow, workflow };
}

const withoutSamples = (result: Awaited<ReturnType<typeof runSession>>): TargetRun => ({
  ...result,
  streams: result.streams.map(({ sample: _sample, ...stream }) => stream),
});

async function onGateway(
  context: FanoutContext,
  config: FanoutConfig,
  pinning: Pinning,
  durationSeconds: number,
) {
  const { subgraphs } = context;
  const counts = subscribersOf(config);
  const payments = createPaymentWriter(
    subgraphs.urls.payment,
    context.loans,
    paymentSubgraphAuthorization(subgraphs.identity),
  );
  const actions = await createActionWriter(
    subgraphs.urls.workflow,
    BOARD_TEAM,
    context.loans,
    workflowSubgraphAuthorization(subgraphs.identity),
  );
  const streams: SessionStream[] = [
    { kind: 'payment', subscribers: counts.payment, perSecond: config.paymentsPerSecond, writer: payments },
    { kind: 'workflow', subscribers: counts.workflow, perSecond: config.actionsPerSecond, writer: actions },
  ].filter((stream): stream is SessionStream => stream.subscribers > 0 && stream.perSecond > 0);
  // Every client is the same caller here, where each dashboard would be a person of its own.
  const gateway = await startOurGateway(subgraphs, context.output, 'ours', {
    GATEWAY_MAX_CONNECTIONS_PER_CALLER: String(config.subscribers),
  });
  const pool = startClientPool((command, args) => pinnedCommand(pinning.clients, command, args));
  try {
    const gatewayPid = gateway.target.watch.find((process) => process.role === 'gateway')?.pid;
    if (gatewayPid !== undefined) await pinProcess(gatewayPid, pinning.server);
    return await runSession({
      url: gateway.target.url,
      // graphql-ws's connection_init carries the access token (1 hour, longer than any run).
      connectionParams: await subgraphs.identity.accessHeaders(SUPERVISOR),
      pool,
      streams,
      watch: [...gateway.target.watch, ...context.watch],
      durationSeconds,
      log: context.log,
    });
  } finally {
    payments.close();
    actions.close();
    await pool.stop();
    await stopProcesses([gateway.process]);
  }
}

/** The same clients, bytes and rates against the bare `ws` server. */
async function onFloor(
  context: FanoutContext,
  gatewayStreams: readonly StreamRun[],
  pinning: Pinning,
  durationSeconds: number,
) {
  const floor = await startFloor((command, args) => pinnedCommand(pinning.server, command, args));
  const pool = startClientPool((command, args) => pinnedCommand(pinning.clients, command, args));
  try {
    const streams: SessionStream[] = [];
    for (const stream of gatewayStreams) {
      if (stream.sample === null || stream.sample === undefined) continue;
      await floor.sample(stream.kind, stream.sample);
      streams.push({ ...stream, writer: floor.writer(stream.kind) });
    }
    if (streams.length === 0) return null;
    return await runSession({
      url: floor.url,
      connectionParams: {},
      pool,
      streams,
      watch: [{ role: 'floor', pid: floor.pid }],
      durationSeconds,
      log: context.log,
    });
  } finally {
    await pool.stop();
    await floor.stop();
  }
}

function logTarget(log: (line: string) => void, target: string, run: TargetRun) {
  for (const stream of run.streams) {
    const latency = stream.delivery.fromResponseMs;
    log(
      `fan-out ${target}, ${stream.subscribers} ${stream.kind} subscribers x ${stream.perSecond}/s: ` +
        `${stream.committed} committed (${stream.achievedPerSecond.toFixed(0)}/s), p50 ${latency.p50.toFixed(0)} ms, ` +
        `p99 ${latency.p99.toFixed(0)} ms, lost ${stream.delivery.lost}, duplicated ${stream.duplicated}`,
    );
  }
}

/**
 * Each configuration on a fresh gateway of its own, then on the floor; the configurations alternate within each
 * repetition, so a slow minute on the shared machine falls on all of them.
 */
export async function runSubscriptionFanout(
  context: FanoutContext,
  configs: readonly FanoutConfig[],
  durationSeconds: number,
  repeat: number,
): Promise<FanoutRun[]> {
  const pinning = choosePinning();
  context.log(`fan-out: ${describePinning(pinning)}`);
  const runs: FanoutRun[] = configs.map((config) => ({
    ...config,
    durationSeconds,
    graceSeconds: GRACE_SECONDS,
    machineCores: cpus().length,
    pinning: describePinning(pinning),
    team: BOARD_TEAM,
    repeats: [],
  }));
  for (let repetition = 0; repetition < repeat; repetition += 1) {
    for (const [index, config] of configs.entries()) {
      context.log(
        `fan-out ${config.subscribers} x ${config.paymentsPerSecond}: run ${repetition + 1} of ${repeat}`,
      );
      const gateway = await onGateway(context, config, pinning, durationSeconds);
      logTarget(context.log, 'gateway', withoutSamples(gateway));
      const floor = await onFloor(context, gateway.streams, pinning, durationSeconds);
      if (floor) logTarget(context.log, 'floor', withoutSamples(floor));
      runs[index]?.repeats.push({
        gateway: withoutSamples(gateway),
        floor: floor ? withoutSamples(floor) : null,
      });
    }
  }
  return runs;
}
