/** The subscription fan-out section of the report: commit-to-client latency and losses against the targets. */
import { DASHBOARD, type FanoutRun } from '../subscription-fanout/run';

/** The issue's targets: p99 under 100 ms and nothing lost at 1,000 x 50/s; 500/s sustained at 10 x 500/s. */
const P99_TARGET_MS = 100;
/** Below this share of the asked rate the writer is said not to have kept up. */
const SUSTAINED = 0.98;

const thousands = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

const configuration = (run: FanoutRun) =>
  `${thousands(run.subscribers)} subscribers, ${thousands(run.paymentsPerSecond)} payments/s`;

function cpuPercent(run: FanoutRun, role: string): string {
  const usage = run.processes.find((process) => process.role === role);
  return usage ? fixed((usage.cpuMs / (run.windowSeconds * 1000)) * 100) : '-';
}

/** CPU of every process in the run over the seconds of writing: the cores the work needs to keep pace. */
const coresNeeded = (run: FanoutRun) =>
  run.processes.reduce((sum, process) => sum + process.cpuMs, 0) / (run.durationSeconds * 1000);

/** The run's CPU by process, largest first, in cores over the seconds of writing. */
function whereTheTimeGoes(run: FanoutRun): string {
  const seconds = run.durationSeconds * 1000;
  const shares = [...run.processes]
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .map((process) => `${process.role} ${fixed(process.cpuMs / seconds, 2)}`)
    .join(', ');
  return (
    `- ${configuration(run)}: the work needs ${fixed(coresNeeded(run), 2)} cores to keep pace, of the ` +
    `machine's ${run.machineCores} (${shares}).`
  );
}

function targetRows(run: FanoutRun): string[] {
  const p99 = run.delivery.fromResponseMs.p99;
  const rate = run.achievedPerSecond / run.paymentsPerSecond;
  const lost = run.delivery.lost + run.duplicated;
  return [
    `| ${configuration(run)} | commit-to-client p99 < ${P99_TARGET_MS} ms | ${fixed(p99)} ms ` +
      `(${fixed(p99 / P99_TARGET_MS, 2)}x the target; ${fixed(run.delivery.fromTransactionStartMs.p99)} ms from ` +
      `transaction start) | ${verdict(p99 < P99_TARGET_MS)} |`,
    `| | none lost or repeated | ${thousands(run.delivery.lost)} lost of ${thousands(run.delivery.expected)}, ` +
      `${thousands(run.duplicated)} duplicated | ${verdict(lost === 0)} |`,
    `| | ${thousands(run.paymentsPerSecond)} payments/s sustained | ${fixed(run.achievedPerSecond, 1)}/s ` +
      `(${fixed(rate * 100)}%) | ${verdict(rate >= SUSTAINED)} |`,
  ];
}

export function subscriptionFanoutSection(runs: readonly FanoutRun[] | undefined): string[] {
  if (!runs || runs.length === 0) return [];
  const first = runs[0];
  const lines = [
    '## Subscription fan-out',
    '',
    `Real graphql-ws clients (\`graphql-ws\` createClient over \`ws\`, in a process of their own) all hold this ` +
      'dashboard subscription on our gateway, which resolves each event across payment, bank-sync and workflow ' +
      'and shares one upstream stream between them. Meanwhile the bench commits payments through the payment ' +
      "subgraph's `recordPayment` (the real write path: payment, audit and outbox event in one transaction, NOTIFY " +
      'on commit; the bank-sync and workflow payment-event consumers run as in production) on a fixed schedule, ' +
      `open loop, to random open loans, for ${first?.durationSeconds ?? 'n/a'} s after a 2 s warm-up. Each ` +
      'configuration gets a fresh gateway process.',
    '',
    '```graphql',
    DASHBOARD,
    '```',
    '',
    'Commit-to-client latency is measured for every delivery, on one clock (`Date.now()` in every process and ' +
      "PostgreSQL's `now()`, all the system clock of this one machine, 1 ms resolution), two ways that bracket " +
      "the commit: **from the writer receiving the mutation's response** (the commit is before it: this is at " +
      "most the true latency; the headline) and from the event's `occurredAt` (the transaction's start: at least " +
      'the true latency). Lost: a client-event pair not delivered within ' +
      `${first?.graceSeconds ?? 'n/a'} s of the last commit. CPU is % of one core over the run, from the first ` +
      'commit until every event arrived; RSS and the 1-minute load average at its end (above 2 on these 2 ' +
      'cores, other work was competing for them). Cores needed: the CPU of all of them, load generator ' +
      "included, over the seconds of writing; above the machine's cores the work cannot keep pace. What the " +
      'profiles point at: bench/README.md, "Subscription fan-out".',
    '',
    '| configuration | target | measured | |',
    '|---|---|---|---|',
    ...runs.flatMap(targetRows),
    '',
    '| subscribers | asked/s | committed | achieved/s | commit ms p50/p99 | p50 ms | p95 ms | p99 ms | max ms | p99 from tx start | delivered/expected | per client | lost | duplicated | out of order | client failures |',
    '|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|',
  ];
  for (const run of runs) {
    const latency = run.delivery.fromResponseMs;
    const { min, max } = run.delivery.deliveredPerClient;
    lines.push(
      `| ${thousands(run.subscribers)} | ${thousands(run.paymentsPerSecond)} | ${thousands(run.committed)} | ` +
        `${fixed(run.achievedPerSecond, 1)} | ${fixed(run.commitMs.p50)}/${fixed(run.commitMs.p99)} | ` +
        `${fixed(latency.p50)} | ${fixed(latency.p95)} | ${fixed(latency.p99)} | ${fixed(latency.max)} | ` +
        `${fixed(run.delivery.fromTransactionStartMs.p99)} | ${thousands(run.delivery.delivered)}/` +
        `${thousands(run.delivery.expected)} | ${thousands(min)}-${thousands(max)} | ${thousands(run.delivery.lost)} | ` +
        `${thousands(run.duplicated)} | ${thousands(run.outOfOrder)} | ${thousands(run.clientFailures)} |`,
    );
  }
  const roles = ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres', 'subscribers', 'writer'];
  lines.push(
    '',
    `| subscribers x payments/s | ${roles.map((role) => `CPU % ${role}`).join(' | ')} | cores needed | gateway µs CPU per delivery | RSS MiB gateway | RSS MiB subscribers | load average |`,
    `|---|${roles.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|`,
  );
  for (const run of runs) {
    const gateway = run.processes.find((process) => process.role === 'gateway');
    const rss = (role: string) =>
      fixed(run.processes.find((process) => process.role === role)?.rssMiB ?? Number.NaN);
    lines.push(
      `| ${thousands(run.subscribers)} x ${thousands(run.paymentsPerSecond)} | ` +
        `${roles.map((role) => cpuPercent(run, role)).join(' | ')} | ${fixed(coresNeeded(run), 2)} | ` +
        `${fixed(((gateway?.cpuMs ?? Number.NaN) * 1000) / run.delivery.delivered, 1)} | ${rss('gateway')} | ` +
        `${rss('subscribers')} | ${fixed(run.loadAverage, 1)} |`,
    );
  }
  lines.push('', ...runs.map(whereTheTimeGoes));
  const failures = runs.flatMap((run) => [
    ...(run.firstCommitFailure ? [`${configuration(run)}: a commit failed: ${run.firstCommitFailure}`] : []),
    ...(run.firstClientFailure ? [`${configuration(run)}: ${run.firstClientFailure}`] : []),
    ...(run.connected < run.subscribers
      ? [`${configuration(run)}: only ${thousands(run.connected)} clients connected`]
      : []),
  ]);
  lines.push('', ...failures.map((failure) => `- ${failure}`), ...(failures.length > 0 ? [''] : []));
  return lines;
}
