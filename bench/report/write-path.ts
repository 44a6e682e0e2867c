/**
 * The write path section of the report: payments/s through the gateway and each stage's CPU per payment, per
 * offered rate, each figure the median of the repetitions with their range.
 */
import { median } from '../repeat';
import type { WritePathResult, WritePhase, WritePhaseName, WriteRateRuns } from '../write-path/run';
import { fixed, spread, verdict } from './runs';
import type { SingleWritePath } from './types';

/** Below this share of the offered rate the run is said not to have sustained it. */
const SUSTAINED = 0.98;
/** Issue 14's target: 500 payments/s through the gateway with both consumers and the dashboards. */
const TARGET_RATE = 500;
const PHASES: WritePhaseName[] = ['direct', 'gateway', 'dashboards'];
const SERVERS = ['gateway', 'payment', 'bank-sync', 'workflow', 'postgres'];
const ROLES = [...SERVERS, 'dashboards', 'writer'];

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The runs at each rate; results from before the repeats had one run at one rate. */
export function ratesOf(result: WritePathResult | SingleWritePath): WriteRateRuns[] {
  return 'rates' in result
    ? result.rates
    : [{ paymentsPerSecond: result.paymentsPerSecond, repeats: [result.phases] }];
}

/** The phase in each run that reached it. */
const phaseRuns = (runs: WriteRateRuns, name: WritePhaseName): WritePhase[] =>
  runs.repeats.flatMap((phases) => phases.filter((phase) => phase.name === name));

const cpuOf = (phase: WritePhase, role: string) =>
  phase.processes.find((process) => process.role === role)?.cpuMs ?? Number.NaN;

/** CPU ms per committed payment of one process in one phase of one run. */
const perPayment = (phase: WritePhase, role: string) =>
  phase.committed > 0 ? cpuOf(phase, role) / phase.committed : Number.NaN;

/** The servers' CPU ms per payment in one run: roles a phase did not watch count as none. */
const serversPerPayment = (phase: WritePhase) =>
  sum(SERVERS.map((role) => perPayment(phase, role)).filter((value) => Number.isFinite(value)));

function drained(phases: readonly WritePhase[]): string {
  const times = phases.flatMap((phase) => (phase.drainMs === null ? [] : [phase.drainMs]));
  const late = phases.length - times.length;
  const text = times.length > 0 ? `${spread(times, fixed(0))} ms` : '';
  return late > 0 ? `${text} [${late} of ${phases.length} runs not within 60 s]`.trim() : text;
}

function phaseRows(runs: WriteRateRuns): string[] {
  return PHASES.flatMap((name) => {
    const phases = phaseRuns(runs, name);
    if (phases.length === 0) return [];
    const figure = (pick: (phase: WritePhase) => number, digits: number) =>
      spread(phases.map(pick), fixed(digits));
    const roles = ROLES.map((role) => figure((phase) => perPayment(phase, role), 2));
    return [
      `| ${runs.paymentsPerSecond} | ${name} | ${figure((phase) => phase.committed, 0)} | ` +
        `${figure((phase) => phase.achievedPerSecond, 0)} | ${figure((phase) => phase.commitMs.p50, 0)} | ` +
        `${figure((phase) => phase.commitMs.p99, 0)} | ${drained(phases)} | ` +
        `${sum(phases.map((phase) => phase.failures))} | ${roles.join(' | ')} | ` +
        `${figure(serversPerPayment, 2)} | ${figure((phase) => phase.loadAverage, 1)} |`,
    ];
  });
}

function phaseTable(rates: readonly WriteRateRuns[]): string[] {
  return [
    `| offered/s | phase | committed | payments/s | commit p50 ms | commit p99 ms | consumers drained after | failed (sum) | ${ROLES.join(' | ')} | servers | load |`,
    `|---:|---|---:|---:|---:|---:|---:|---:|${ROLES.map(() => '---:').join('|')}|---:|---:|`,
    ...rates.flatMap(phaseRows),
  ];
}

/** The median over the runs of one process's CPU per payment in one phase. */
const medianPerPayment = (runs: WriteRateRuns, name: WritePhaseName, role: string) =>
  median(
    phaseRuns(runs, name)
      .map((phase) => perPayment(phase, role))
      .filter((value) => Number.isFinite(value)),
  );

/**
 * Each stage's CPU per payment at each rate: a process in the phase that isolates it, or the difference of two
 * phases, always of the phase table's medians.
 */
function stageTable(result: WritePathResult | SingleWritePath, rates: readonly WriteRateRuns[]): string[] {
  const of = (name: WritePhaseName, role: string) => (runs: WriteRateRuns) =>
    medianPerPayment(runs, name, role);
  const delta = (later: WritePhaseName, earlier: WritePhaseName, roles: string[]) => (runs: WriteRateRuns) =>
    sum(roles.map((role) => medianPerPayment(runs, later, role) - medianPerPayment(runs, earlier, role)));
  // A phase cannot cost less than the one it adds to: below zero, the difference is the two phases' noise.
  const cell = (value: number) =>
    value < 0 ? `≈ 0 (${fixed(2)(value)}: the phases' noise)` : fixed(2)(value);
  const stages: [string, (runs: WriteRateRuns) => number, string][] = [
    [
      "payment subgraph: recordPayment, the feed and the consumers' pages",
      of('direct', 'payment'),
      'payment, direct',
    ],
    ['PostgreSQL: every statement of the above', of('direct', 'postgres'), 'postgres, direct'],
    ['bank-sync: loan balances consumer', of('direct', 'bank-sync'), 'bank-sync, direct'],
    ['workflow: case updates consumer', of('direct', 'workflow'), 'workflow, direct'],
    ['gateway: the mutation (token, rules, credential, fetch)', of('gateway', 'gateway'), 'gateway, gateway'],
    [
      'gateway path below the gateway (subgraph and PostgreSQL work it adds)',
      delta('gateway', 'direct', ['payment', 'bank-sync', 'workflow', 'postgres']),
      'gateway - direct',
    ],
    [
      `subscription engine: ${result.dashboards} dashboards (gateway, entity fetches, PostgreSQL)`,
      delta('dashboards', 'gateway', SERVERS),
      'dashboards - gateway',
    ],
  ];
  return [
    `| stage | ${rates.map((runs) => `CPU ms per payment at ${runs.paymentsPerSecond}/s`).join(' | ')} | from |`,
    `|---|${rates.map(() => '---:').join('|')}|---|`,
    ...stages.map(
      ([stage, value, from]) =>
        `| ${stage} | ${rates.map((runs) => cell(value(runs))).join(' | ')} | ${from} |`,
    ),
  ];
}

/** Whether a rate was sustained through the gateway with the dashboards: the median run's share of it. */
export function rateVerdict(runs: WriteRateRuns): string {
  const target = phaseRuns(runs, 'dashboards');
  if (target.length === 0) return 'not run';
  const achieved = target.map((phase) => phase.achievedPerSecond);
  const failures = sum(target.map((phase) => phase.failures));
  const share = median(achieved) / runs.paymentsPerSecond;
  const sustained = verdict(share, SUSTAINED, 'at least');
  const judged = failures === 0 ? sustained : `**missed: ${failures} failed**; rate ${sustained}`;
  return (
    `${judged} (${spread(achieved, fixed(0))} of ${runs.paymentsPerSecond} payments/s achieved; ` +
    `${failures} failed over ${target.length} run${target.length === 1 ? '' : 's'})`
  );
}

/** The first failure of each phase of each run that had one. */
function failures(rates: readonly WriteRateRuns[]): string[] {
  return rates.flatMap((runs) =>
    runs.repeats.flatMap((phases, index) =>
      phases.flatMap((phase) =>
        phase.failures > 0
          ? [
              `- ${runs.paymentsPerSecond}/s, ${phase.name}, run ${index + 1}: ${phase.failures} failed, first: ` +
                `${phase.firstFailure ?? 'no message'}`,
            ]
          : [],
      ),
    ),
  );
}

export function writePathSection(result: WritePathResult | SingleWritePath | undefined): string[] {
  if (!result) return [];
  const rates = ratesOf(result);
  const offered = rates.map((runs) => `${runs.paymentsPerSecond}`).join(' and ');
  return [
    '',
    '## Write path',
    '',
    `${offered} \`recordPayment\`/s offered for ${result.seconds} s per phase (bench/write-path/): ` +
      '`direct` to the payment subgraph, `gateway` through our gateway as a PAYMENT_PROCESSOR, `dashboards` the ' +
      `same with ${result.dashboards} dashboards subscribed; bank-sync's and workflow's payment-event consumers ` +
      `run throughout. CPU from /proc per committed payment, over the writing and until every consumer's ` +
      `checkpoint reached the outbox head (${result.machineCores} cores shared by every process). Each ` +
      'repetition runs every rate in turn on a fresh gateway and dashboard process; a figure is the median of ' +
      'the runs with their range, `failed` the sum over the runs. At a rate above what the path sustains, the ' +
      "commit latency is mostly the writer's queue.",
    '',
    `**Target** (payments/s sustained through the gateway with both consumers and ${result.dashboards} dashboards, ` +
      `at least ${SUSTAINED * 100}% of the offered rate and none failed; issue 14's target is ${TARGET_RATE}/s):`,
    '',
    ...rates.map((runs) => `- ${runs.paymentsPerSecond}/s offered: ${rateVerdict(runs)}.`),
    '',
    ...phaseTable(rates),
    '',
    'Each stage from the medians of the table above (per process, per phase); a difference of two phases is of ' +
      'their medians, so it has no range of its own.',
    '',
    ...stageTable(result, rates),
    ...(failures(rates).length > 0 ? ['', ...failures(rates)] : []),
    ...(result.profileDir
      ? [
          '',
          `CPU profile of the payment process over \`direct\` (the first run at ${rates[0]?.paymentsPerSecond}/s): ${result.profileDir}.`,
        ]
      : []),
    '',
  ];
}
