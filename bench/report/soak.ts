/** The soak section of the report: memory of every process before, during and after the load, and the load itself. */
import type { HeapSample } from '../soak/gateway-heap';
import { GATEWAY_BOUND_MIB, type MemoryTrack, type SoakResult } from '../soak/run';

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const signed = (value: number) => `${value >= 0 ? '+' : ''}${fixed(value)}`;

/** The issue's criterion: the gateway after the quiet period within 50 MB of its warm baseline. */
function gatewayVerdict(gateway: MemoryTrack | undefined): string {
  if (!gateway) return 'the gateway was not sampled: **missed**';
  const growth = gateway.afterQuietMiB - gateway.baselineMiB;
  const margin = Math.abs(GATEWAY_BOUND_MIB - growth);
  const met = growth <= GATEWAY_BOUND_MIB;
  return (
    `returns within 50 MB (${fixed(GATEWAY_BOUND_MIB, 1)} MiB) of its warm baseline: ` +
    `${met ? 'met' : '**missed**'} by ${fixed(margin, 1)} MiB (${fixed(gateway.baselineMiB)} MiB warm, ` +
    `${fixed(gateway.peakMiB)} MiB at peak, ${fixed(gateway.afterQuietMiB)} MiB after the quiet period, ` +
    `${signed(growth)} MiB)`
  );
}

/** The gateway's heap beside its RSS: whether what stayed is JavaScript heap, and how much of it is in use. */
function gatewayHeapLine(heap: SoakResult['gatewayHeap']): string[] {
  if (!heap) return [];
  const at = (sample: HeapSample) => `${fixed(sample.usedMiB)} of ${fixed(sample.totalMiB)} MiB`;
  return [
    `Its V8 heap (used of allocated, from its own /metrics; used counts live objects and garbage not yet ` +
      `collected): ${at(heap.baseline)} warm, ${at(heap.endOfLoad)} when the load stopped, ` +
      `${at(heap.afterQuiet)} after the quiet period.`,
    '',
  ];
}

/** Anything that went wrong in the load: a soak whose load failed says nothing about memory under load. */
function problems(result: SoakResult): string[] {
  const { reads, writes, subscriptions } = result;
  return [
    ...(reads.non2xx + reads.transportErrors + reads.graphqlErrors > 0
      ? [
          `reads: ${thousands(reads.non2xx)} non-2xx, ${thousands(reads.transportErrors)} transport errors, ` +
            `${thousands(reads.graphqlErrors)} with GraphQL errors`,
        ]
      : []),
    ...(writes.firstFailure
      ? [`writes: ${thousands(writes.failures)} failed, the first: ${writes.firstFailure}`]
      : []),
    ...(subscriptions.firstFailure
      ? [
          `subscriptions: ${thousands(subscriptions.failures)} ended before their time, the first: ` +
            subscriptions.firstFailure,
        ]
      : []),
    ...(subscriptions.withErrors > 0
      ? [`subscriptions: ${thousands(subscriptions.withErrors)} results carried GraphQL errors`]
      : []),
  ];
}

export function soakSection(result: SoakResult | undefined): string[] {
  if (!result) return [];
  const { shape, reads, writes, subscriptions } = result;
  const gateway = result.memory.find((track) => track.role === 'gateway');
  const issues = problems(result);
  const lines = [
    '## Soak',
    '',
    `A fresh gateway process over the bench's subgraph processes (their payment-event consumers running as in ` +
      `production) under a mix for ${thousands(result.seconds)} s: reads by autocannon at ` +
      `${shape.connections} connections, closed loop (Customer 360 half the requests, the worklist and the ` +
      `delinquent-loans page a quarter each, as an AGENT); \`recordPayment\` through the gateway at ` +
      `${shape.paymentsPerSecond}/s as a PAYMENT_PROCESSOR; and ${thousands(shape.subscriptions)} graphql-ws ` +
      `subscriptions to the dashboard's \`paymentEvents\` as a SUPERVISOR (a process of their own), each on a ` +
      `client of its own that lives ${fixed(shape.minLifetimeMs / 1000)} to ${fixed(shape.maxLifetimeMs / 1000)} s ` +
      `and is then closed and replaced. RSS (\`/proc/<pid>/status\` VmRSS of each process and its descendants) ` +
      `is sampled just after the gateway started, after ${result.warmupSeconds} s of the same mix and ${shape.quietSeconds} s of quiet (the warm ` +
      `baseline), every ${shape.sampleEverySeconds} s of the load (peak), when the load stops, and after ` +
      `${shape.quietSeconds} s with nothing asked of any process. \`postgres\` sums the server's processes, so ` +
      `shared memory is counted once per backend; \`bench\` is the load generator and the writer.`,
    '',
    `**Gateway:** ${gatewayVerdict(gateway)}.`,
    '',
    ...gatewayHeapLine(result.gatewayHeap),
    '| process | just started MiB | warm baseline MiB | peak during load MiB | end of load MiB | after quiet MiB | after quiet - baseline |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...result.memory.map(
      (track) =>
        `| ${track.role} | ${fixed(track.startedMiB)} | ${fixed(track.baselineMiB)} | ${fixed(track.peakMiB)} | ${fixed(track.endOfLoadMiB)} | ` +
        `${fixed(track.afterQuietMiB)} | ${signed(track.afterQuietMiB - track.baselineMiB)} |`,
    ),
    '',
    '| load | measured |',
    '|---|---|',
    `| reads | ${thousands(reads.requests)} in ${fixed(reads.durationSeconds)} s, ${fixed(reads.requestsPerSecond, 1)}/s, ` +
      `p50 ${fixed(reads.latencyMs.p50)} ms, p99 ${fixed(reads.latencyMs.p99)} ms, max ${fixed(reads.latencyMs.max)} ms; ` +
      `${thousands(reads.non2xx)} non-2xx, ${thousands(reads.graphqlErrors)} with GraphQL errors, ` +
      `${thousands(reads.transportErrors)} transport errors |`,
    `| writes | ${thousands(writes.committed)} committed, ${fixed(writes.perSecond, 1)}/s of ` +
      `${shape.paymentsPerSecond}/s asked; ${thousands(writes.failures)} failed |`,
    `| subscriptions | ${thousands(subscriptions.opened)} sockets opened, ${thousands(subscriptions.closed)} closed ` +
      `as planned, ${thousands(subscriptions.events)} events received; ${thousands(subscriptions.failures)} ended ` +
      `early, ${thousands(subscriptions.withErrors)} results with errors |`,
    `| load average at the end | ${fixed(result.loadAverage, 1)} |`,
    '',
  ];
  const roles = result.memory.map((track) => track.role);
  lines.push(
    `RSS MiB during the load, every ${shape.sampleEverySeconds} s:`,
    '',
    `| s | ${roles.join(' | ')} |`,
    `|---:|${roles.map(() => '---:').join('|')}|`,
    ...result.samples.map(
      (sample) =>
        `| ${sample.atSeconds} | ${roles.map((role) => fixed(sample.rssMiB[role] ?? Number.NaN)).join(' | ')} |`,
    ),
    '',
  );
  if (issues.length > 0) lines.push(...issues.map((issue) => `- ${issue}`), '');
  return lines;
}
