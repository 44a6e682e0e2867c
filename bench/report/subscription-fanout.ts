/**
 * The subscription fan-out section of the report: per stream kind (payment dashboards, team boards),
 * commit-to-client latency and losses against the targets, CPU per process, and the gateway against the floor.
 */
import type { ProcessUsage } from '../load';
import type { FanoutRun, StreamRun, TargetRun } from '../subscription-fanout/run';
import { DASHBOARD, TEAM_BOARD } from '../subscription-fanout/streams';

/** The issues' targets: p99 under 100 ms and nothing lost; the gateway within 2x the floor's CPU per event. */
const P99_TARGET_MS = 100;
const FLOOR_RATIO_TARGET = 2;
/** Below this share of the asked rate the writer is said not to have kept up. */
const SUSTAINED = 0.98;

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const STREAM_NAMES = { payment: 'payment dashboards', workflow: 'team boards' } as const;

const configuration = (run: FanoutRun) =>
  `${thousands(run.subscribers)} subscribers (${fixed(run.workflowShare * 100)}% team boards), ` +
  `${thousands(run.paymentsPerSecond)} payments/s + ${thousands(run.actionsPerSecond)} actions/s`;

const delivered = (target: TargetRun) =>
  target.streams.reduce((sum, stream) => sum + stream.delivery.delivered, 0);
const cpuOf = (target: TargetRun, role: string) =>
  target.processes.find((process) => process.role === role)?.cpuMs ?? Number.NaN;
/** µs of the server's CPU per delivered event: the gateway's or the floor's. */
const serverMicros = (target: TargetRun, role: string) => (cpuOf(target, role) * 1000) / delivered(target);
const cores = (target: TargetRun, processes: readonly ProcessUsage[]) =>
  processes.reduce((sum, process) => sum + process.cpuMs, 0) / (target.windowSeconds * 1000);

function streamTargetRows(run: FanoutRun, stream: Omit<StreamRun, 'sample'>): string[] {
  const p99 = stream.delivery.fromResponseMs.p99;
  const faults = stream.delivery.lost + stream.duplicated + stream.outOfOrder;
  const rate = stream.achievedPerSecond / stream.perSecond;
  const unit = stream.kind === 'payment' ? 'payments/s' : 'actions/s';
  return [
    `| ${configuration(run)}, ${STREAM_NAMES[stream.kind]} | commit-to-client p99 < ${P99_TARGET_MS} ms | ` +
      `${fixed(p99)} ms (${fixed(p99 / P99_TARGET_MS, 2)}x the target) | ${verdict(p99 < P99_TARGET_MS)} |`,
    `| | none lost, repeated or out of order | ${thousands(stream.delivery.lost)} lost of ` +
      `${thousands(stream.delivery.expected)}, ${thousands(stream.duplicated)} duplicated, ` +
      `${thousands(stream.outOfOrder)} out of order | ${verdict(faults === 0)} |`,
    `| | ${thousands(stream.perSecond)} ${unit} sustained | ${fixed(stream.achievedPerSecond, 1)}/s ` +
      `(${fixed(rate * 100)}%) | ${verdict(rate >= SUSTAINED)} |`,
  ];
}

/** The floor's target is the issue's 1,000 dashboards: with a handful, resolving each event dominates. */
const FLOOR_TARGET_SUBSCRIBERS = 1_000;

function floorTargetRow(run: FanoutRun): string[] {
  if (!run.floor || run.subscribers < FLOOR_TARGET_SUBSCRIBERS) return [];
  const ratio = serverMicros(run.gateway, 'gateway') / serverMicros(run.floor, 'floor');
  return [
    `| ${configuration(run)} | gateway CPU per delivered event at most ${FLOOR_RATIO_TARGET}x the floor's | ` +
      `${fixed(ratio, 1)}x | ${verdict(ratio <= FLOOR_RATIO_TARGET)} |`,
  ];
}

function streamRows(run: FanoutRun, name: string, target: TargetRun): string[] {
  return target.streams.map((stream) => {
    const latency = stream.delivery.fromResponseMs;
    const { min, max } = stream.delivery.deliveredPerClient;
    return (
      `| ${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)} | ${name} | ` +
      `${STREAM_NAMES[stream.kind]} | ${thousands(stream.subscribers)} | ${thousands(stream.perSecond)} | ` +
      `${thousands(stream.committed)} | ${fixed(stream.achievedPerSecond, 1)} | ` +
      `${fixed(stream.commitMs.p50)}/${fixed(stream.commitMs.p99)} | ${fixed(latency.p50)} | ${fixed(latency.p95)} | ` +
      `${fixed(latency.p99)} | ${fixed(latency.max)} | ${fixed(stream.delivery.fromTransactionStartMs.p99)} | ` +
      `${thousands(stream.delivery.delivered)}/${thousands(stream.delivery.expected)} | ${thousands(min)}-${thousands(max)} | ` +
      `${thousands(stream.delivery.lost)} | ${thousands(stream.duplicated)} | ${thousands(stream.outOfOrder)} | ` +
      `${thousands(stream.withErrors)} | ${thousands(stream.clientFailures)} |`
    );
  });
}

const ROLES = ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres', 'subscribers', 'writer'];

function cpuRow(run: FanoutRun): string {
  const { gateway } = run;
  const percent = (role: string) => {
    const cpu = cpuOf(gateway, role);
    return Number.isNaN(cpu) ? '-' : fixed((cpu / (gateway.windowSeconds * 1000)) * 100);
  };
  const rss = (role: string) =>
    fixed(gateway.processes.find((process) => process.role === role)?.rssMiB ?? Number.NaN);
  return (
    `| ${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)} | ${ROLES.map(percent).join(' | ')} | ` +
    `${fixed(cores(gateway, gateway.processes), 2)} | ${rss('gateway')} | ${rss('subscribers')} | ` +
    `${fixed(gateway.loadAverage, 1)} |`
  );
}

function floorRow(run: FanoutRun): string {
  const { gateway, floor } = run;
  if (!floor)
    return `| ${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)} | no floor run | |||||||`;
  const side = (target: TargetRun, role: string) =>
    fixed(
      cores(
        target,
        target.processes.filter((process) => process.role === role),
      ),
      2,
    );
  const p = (target: TargetRun) =>
    target.streams
      .map(
        (stream) =>
          `${fixed(stream.delivery.fromResponseMs.p50)}/${fixed(stream.delivery.fromResponseMs.p99)}`,
      )
      .join(', ');
  const ours = serverMicros(gateway, 'gateway');
  const bare = serverMicros(floor, 'floor');
  return (
    `| ${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)} | ${thousands(delivered(gateway))} | ` +
    `${fixed(ours, 1)} | ${thousands(delivered(floor))} | ${fixed(bare, 1)} | ${fixed(ours / bare, 1)}x | ` +
    `${p(gateway)} | ${p(floor)} | ${side(gateway, 'gateway')} / ${side(floor, 'floor')} | ` +
    `${side(gateway, 'subscribers')} / ${side(floor, 'subscribers')} |`
  );
}

function failures(run: FanoutRun): string[] {
  const targets: [string, TargetRun | null][] = [
    ['gateway', run.gateway],
    ['floor', run.floor],
  ];
  return targets.flatMap(([name, target]) =>
    (target?.streams ?? []).flatMap((stream) => {
      const where = `${configuration(run)}, ${name}, ${STREAM_NAMES[stream.kind]}`;
      return [
        ...(stream.firstCommitFailure ? [`${where}: a commit failed: ${stream.firstCommitFailure}`] : []),
        ...(stream.firstClientFailure ? [`${where}: ${stream.firstClientFailure}`] : []),
        ...(stream.firstError
          ? [`${where}: ${thousands(stream.withErrors)} results with errors, first: ${stream.firstError}`]
          : []),
        ...(stream.connected < stream.subscribers
          ? [`${where}: only ${thousands(stream.connected)} clients connected`]
          : []),
      ];
    }),
  );
}

export function subscriptionFanoutSection(runs: readonly FanoutRun[] | undefined): string[] {
  if (!runs || runs.length === 0) return [];
  const first = runs[0];
  const lines = [
    '## Subscription fan-out',
    '',
    'Real graphql-ws clients (`graphql-ws` createClient over `ws`, in a process of their own) hold one of two ' +
      'dashboards on our gateway, which resolves each event across payment, bank-sync and workflow and shares ' +
      "one upstream stream per operation between them: most watch payments, the rest a supervisor's team board " +
      `(team ${first?.team ?? 'n/a'}). Meanwhile the bench commits payments through the payment subgraph's ` +
      "`recordPayment` and records calls for that team's agents through the workflow subgraph's `recordAction` " +
      '(as a SUPERVISOR), the real write paths (outbox event in the transaction, NOTIFY on commit; the ' +
      'payment-event consumers of bank-sync and workflow run as in production), each on a fixed schedule, open ' +
      `loop, for ${first?.durationSeconds ?? 'n/a'} s after a 2 s warm-up. Each configuration gets a fresh ` +
      'gateway process, then the **floor**: a bare `ws` server (no schema, no execution) sending the same result ' +
      'bytes (a result the gateway delivered, with its own reference, cursor and time) to the same clients at ' +
      `the same rates. Cores: ${first?.pinning ?? 'n/a'}; the subgraphs, PostgreSQL and the writers unpinned.`,
    '',
    '```graphql',
    DASHBOARD,
    '',
    TEAM_BOARD,
    '```',
    '',
    'Commit-to-client latency is measured for every delivery, on one clock (`Date.now()` in every process and ' +
      "PostgreSQL's `now()`, all the system clock of this one machine, 1 ms resolution), two ways that bracket " +
      "the commit: **from the writer receiving the mutation's response** (the commit is before it: this is at " +
      "most the true latency; the headline; for the floor, from the moment it sends) and from the event's " +
      "`occurredAt` (the transaction's start: at least the true latency). Lost: a client-event pair not " +
      `delivered within ${first?.graceSeconds ?? 'n/a'} s of the last commit. CPU is % of one core over the ` +
      'run, from the first commit until every event arrived; RSS and the 1-minute load average at its end ' +
      '(above 2 on these 2 cores, other work was competing for them). Cores needed: the CPU of all the ' +
      'processes, load generators included, over the same window.',
    '',
    '| configuration | target | measured | |',
    '|---|---|---|---|',
    ...runs.flatMap((run) => [
      ...run.gateway.streams.flatMap((stream) => streamTargetRows(run, stream)),
      ...floorTargetRow(run),
    ]),
    '',
    '| subscribers x payments/s | server | stream | subscribers | asked/s | committed | achieved/s | commit ms p50/p99 | p50 ms | p95 ms | p99 ms | max ms | p99 from tx start | delivered/expected | per client | lost | duplicated | out of order | with errors | client failures |',
    '|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|',
    ...runs.flatMap((run) => [
      ...streamRows(run, 'gateway', run.gateway),
      ...(run.floor ? streamRows(run, 'floor', run.floor) : []),
    ]),
    '',
    `| subscribers x payments/s | ${ROLES.map((role) => `CPU % ${role}`).join(' | ')} | cores needed | RSS MiB gateway | RSS MiB subscribers | load average |`,
    `|---|${ROLES.map(() => '---:').join('|')}|---:|---:|---:|---:|`,
    ...runs.map(cpuRow),
    '',
    'The gateway against the floor: server CPU per delivered event (µs), commit-to-client p50/p99 (ms, per ' +
      'stream: payment dashboards, then team boards), and the cores each side used over its window (the ' +
      'server process; the subscriber process).',
    '',
    '| subscribers x payments/s | gateway deliveries | gateway µs/event | floor deliveries | floor µs/event | ratio | gateway p50/p99 | floor p50/p99 | server cores gateway / floor | subscriber cores gateway / floor |',
    '|---|---:|---:|---:|---:|---:|---|---|---:|---:|',
    ...runs.map(floorRow),
  ];
  const problems = runs.flatMap(failures);
  lines.push('', ...problems.map((problem) => `- ${problem}`), ...(problems.length > 0 ? [''] : []));
  return lines;
}
