/** The write path section of the report: payments/s through the gateway and each stage's CPU per payment. */
import type { ProcessUsage } from '../load';
import type { WritePathResult, WritePhase, WritePhaseName } from '../write-path/run';

/** Below this share of the asked rate the run is said not to have sustained it. */
const SUSTAINED = 0.98;

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

const cpuOf = (phase: WritePhase | undefined, role: string) =>
  phase?.processes.find((process: ProcessUsage) => process.role === role)?.cpuMs ?? Number.NaN;

/** CPU ms per committed payment of one process in one phase. */
const perPayment = (phase: WritePhase | undefined, role: string) =>
  phase && phase.committed > 0 ? cpuOf(phase, role) / phase.committed : Number.NaN;

const SERVERS = ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres'];

function phaseTable(result: WritePathResult): string[] {
  const roles = [...SERVERS, 'dashboards', 'writer'];
  const rows = result.phases.map((phase) => {
    const servers = SERVERS.reduce((sum, role) => sum + perPayment(phase, role), 0);
    return (
      `| ${phase.name} | ${phase.committed} | ${fixed(phase.achievedPerSecond, 0)} | ` +
      `${fixed(phase.commitMs.p50, 1)} / ${fixed(phase.commitMs.p99, 1)} | ` +
      `${phase.drainMs === null ? 'not within 60 s' : `${phase.drainMs} ms`} | ` +
      `${roles.map((role) => fixed(perPayment(phase, role))).join(' | ')} | ${fixed(servers)} | ${fixed(phase.loadAverage, 1)} |`
    );
  });
  return [
    `| phase | committed | payments/s | commit p50 / p99 ms | consumers drained after | ${roles.join(' | ')} | servers | load |`,
    `|---|---:|---:|---:|---:|${roles.map(() => '---:').join('|')}|---:|---:|`,
    ...rows,
  ];
}

/** Each stage's CPU per payment: a process in the phase that isolates it, or the difference of two phases. */
function stageRows(result: WritePathResult): string[] {
  const phase = (name: WritePhaseName) => result.phases.find((candidate) => candidate.name === name);
  const [direct, gateway, dashboards] = [phase('direct'), phase('gateway'), phase('dashboards')];
  const delta = (later: WritePhase | undefined, earlier: WritePhase | undefined, roles: string[]) =>
    roles.reduce((sum, role) => sum + perPayment(later, role) - perPayment(earlier, role), 0);
  const stages: [string, number, string][] = [
    [
      "payment subgraph: recordPayment, the feed and the consumers' pages",
      perPayment(direct, 'payment'),
      'payment, direct',
    ],
    ['PostgreSQL: every statement of the above', perPayment(direct, 'postgres'), 'postgres, direct'],
    ['bank-sync: loan balances consumer', perPayment(direct, 'bank-sync'), 'bank-sync, direct'],
    ['workflow: case updates consumer', perPayment(direct, 'workflow'), 'workflow, direct'],
    [
      'gateway: the mutation (token, rules, credential, fetch)',
      perPayment(gateway, 'gateway'),
      'gateway, gateway',
    ],
    [
      'gateway path below the gateway (subgraph and PostgreSQL work it adds)',
      delta(gateway, direct, ['payment', 'bank-sync', 'workflow', 'postgres']),
      'gateway - direct',
    ],
    [
      `subscription engine: ${result.dashboards} dashboards (gateway, entity fetches, PostgreSQL)`,
      delta(dashboards, gateway, SERVERS),
      'dashboards - gateway',
    ],
  ];
  return [
    '| stage | CPU ms per payment | from |',
    '|---|---:|---|',
    ...stages.map(([stage, ms, from]) => `| ${stage} | ${fixed(ms)} | ${from} |`),
  ];
}

export function writePathSection(result: WritePathResult | undefined): string[] {
  if (!result) return [];
  const target = result.phases.find((phase) => phase.name === 'dashboards');
  const sustained =
    target !== undefined &&
    target.failures === 0 &&
    target.achievedPerSecond >= SUSTAINED * result.paymentsPerSecond;
  const verdict = target
    ? `${sustained ? 'met' : '**missed**'}: ${fixed(target.achievedPerSecond, 0)} of ${result.paymentsPerSecond} payments/s ` +
      `(${fixed((target.achievedPerSecond / result.paymentsPerSecond) * 100, 0)}%), ${target.failures} failed`
    : 'not run';
  return [
    '',
    '## Write path',
    '',
    `${result.paymentsPerSecond} \`recordPayment\`/s for ${result.seconds} s per phase (bench/write-path/): ` +
      '`direct` to the payment subgraph, `gateway` through our gateway as a PAYMENT_PROCESSOR, `dashboards` the ' +
      `same with ${result.dashboards} dashboards subscribed; bank-sync's and workflow's payment-event consumers ` +
      `run throughout. CPU from /proc per committed payment, over the writing and until every consumer's ` +
      `checkpoint reached the outbox head (${result.machineCores} cores shared by every process).`,
    '',
    `**Target** (${result.paymentsPerSecond}/s through the gateway, both consumers and ${result.dashboards} dashboards): ${verdict}.`,
    '',
    ...phaseTable(result),
    '',
    ...stageRows(result),
    ...(result.profileDir
      ? ['', `CPU profile of the payment process over \`direct\`: ${result.profileDir}.`]
      : []),
    '',
  ];
}
