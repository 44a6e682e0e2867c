/**
 * The fan-out's detail tables: per stream, per process and against the floor. A figure is the median of the
 * repetitions with their range; a count that must hold in every run is the sum over the runs.
 */
import type { LatencySummary } from '../subscription-fanout/analysis';
import type { StreamKind } from '../subscription-fanout/streams';
import {
  cores,
  coresOf,
  cpuOf,
  delivered,
  kindsOf,
  microsPerRun,
  type Server,
  type StoredFanoutRun,
  type Stream,
  streamRuns,
  sum,
  targetRuns,
} from './fanout-runs';
import { fixed, ratioSpread, spread } from './runs';

export const STREAM_NAMES = { payment: 'payment dashboards', workflow: 'team boards' } as const;

export const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';

const shape = (run: StoredFanoutRun) => `${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)}`;

/** A latency figure of each run's stream, as its median and range. */
export const latency = (streams: readonly Stream[], pick: (summary: LatencySummary) => number) =>
  spread(
    streams.map((stream) => pick(stream.delivery.fromResponseMs)),
    fixed(0),
  );

/** A count summed over the runs' streams. */
export const total = (streams: readonly Stream[], pick: (stream: Stream) => number) =>
  thousands(sum(streams.map(pick)));

function streamRow(run: StoredFanoutRun, server: Server, kind: StreamKind): string {
  const streams = streamRuns(run, server, kind);
  const figure = (pick: (stream: Stream) => number, digits: number) =>
    spread(streams.map(pick), fixed(digits));
  const fewest = Math.min(...streams.map((stream) => stream.delivery.deliveredPerClient.min));
  const most = Math.max(...streams.map((stream) => stream.delivery.deliveredPerClient.max));
  return (
    `| ${shape(run)} | ${server} | ${STREAM_NAMES[kind]} | ${figure((stream) => stream.subscribers, 0)} | ` +
    `${figure((stream) => stream.perSecond, 0)} | ${figure((stream) => stream.committed, 0)} | ` +
    `${figure((stream) => stream.achievedPerSecond, 1)} | ${figure((stream) => stream.commitMs.p50, 0)} | ` +
    `${figure((stream) => stream.commitMs.p99, 0)} | ${latency(streams, (summary) => summary.p50)} | ` +
    `${latency(streams, (summary) => summary.p95)} | ${latency(streams, (summary) => summary.p99)} | ` +
    `${latency(streams, (summary) => summary.max)} | ` +
    `${figure((stream) => stream.delivery.fromTransactionStartMs.p99, 0)} | ` +
    `${total(streams, (stream) => stream.delivery.delivered)}/${total(streams, (stream) => stream.delivery.expected)} | ` +
    `${thousands(fewest)}-${thousands(most)} | ${total(streams, (stream) => stream.delivery.lost)} | ` +
    `${total(streams, (stream) => stream.duplicated)} | ${total(streams, (stream) => stream.outOfOrder)} | ` +
    `${total(streams, (stream) => stream.withErrors)} | ${total(streams, (stream) => stream.clientFailures)} |`
  );
}

export function streamTable(runs: readonly StoredFanoutRun[]): string[] {
  return [
    '| subscribers x payments/s | server | stream | subscribers | asked/s | committed | achieved/s | commit p50 ms | commit p99 ms | p50 ms | p95 ms | p99 ms | max ms | p99 from tx start | delivered/expected (sum) | per client (fewest-most) | lost (sum) | duplicated (sum) | out of order (sum) | with errors (sum) | client failures (sum) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|',
    ...runs.flatMap((run) =>
      (['gateway', 'floor'] as const).flatMap((server) =>
        kindsOf(run, server).map((kind) => streamRow(run, server, kind)),
      ),
    ),
  ];
}

const ROLES = ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres', 'subscribers', 'writer'];

function cpuRow(run: StoredFanoutRun): string {
  const gateway = targetRuns(run, 'gateway');
  const figure = (pick: (target: (typeof gateway)[number]) => number, digits: number) =>
    spread(gateway.map(pick), fixed(digits));
  const percent = (role: string) =>
    gateway.every((target) => Number.isNaN(cpuOf(target, role)))
      ? '-'
      : figure((target) => (cpuOf(target, role) / (target.windowSeconds * 1000)) * 100, 0);
  const rss = (role: string) =>
    figure((target) => target.processes.find((process) => process.role === role)?.rssMiB ?? Number.NaN, 0);
  return (
    `| ${shape(run)} | ${ROLES.map(percent).join(' | ')} | ` +
    `${figure((target) => cores(target, target.processes), 2)} | ${rss('gateway')} | ${rss('subscribers')} | ` +
    `${figure((target) => target.loadAverage, 1)} |`
  );
}

export function cpuTable(runs: readonly StoredFanoutRun[]): string[] {
  return [
    `| subscribers x payments/s | ${ROLES.map((role) => `CPU % ${role}`).join(' | ')} | cores needed | RSS MiB gateway | RSS MiB subscribers | load average |`,
    `|---|${ROLES.map(() => '---:').join('|')}|---:|---:|---:|---:|`,
    ...runs.map(cpuRow),
  ];
}

function floorRow(run: StoredFanoutRun): string {
  const [gateway, floor] = [targetRuns(run, 'gateway'), targetRuns(run, 'floor')];
  if (floor.length === 0) return `| ${shape(run)} | no floor run | |||||||`;
  const p = (server: Server) =>
    kindsOf(run, server)
      .map((kind) => {
        const streams = streamRuns(run, server, kind);
        return `${latency(streams, (summary) => summary.p50)}/${latency(streams, (summary) => summary.p99)}`;
      })
      .join(', ');
  const side = (gatewayRole: string, floorRole: string) =>
    `${spread(
      gateway.map((target) => coresOf(target, gatewayRole)),
      fixed(2),
    )} / ${spread(
      floor.map((target) => coresOf(target, floorRole)),
      fixed(2),
    )}`;
  const [ours, bare] = [microsPerRun(run, 'gateway'), microsPerRun(run, 'floor')];
  return (
    `| ${shape(run)} | ${spread(gateway.map(delivered), thousands)} | ${spread(ours, fixed(1))} | ` +
    `${spread(floor.map(delivered), thousands)} | ${spread(bare, fixed(1))} | ${ratioSpread(ours, bare)}x | ` +
    `${p('gateway')} | ${p('floor')} | ${side('gateway', 'floor')} | ${side('subscribers', 'subscribers')} |`
  );
}

export function floorTable(runs: readonly StoredFanoutRun[]): string[] {
  return [
    '| subscribers x payments/s | gateway deliveries | gateway µs/event | floor deliveries | floor µs/event | ratio | gateway p50/p99 | floor p50/p99 | server cores gateway / floor | subscriber cores gateway / floor |',
    '|---|---:|---:|---:|---:|---:|---|---|---:|---:|',
    ...runs.map(floorRow),
  ];
}
