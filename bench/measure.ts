/** One target measured: its answers checked against ours, then fixed-duration load per scenario and connection count. */
import type { BenchOptions } from './cli';
import type { BenchIdentity } from './identity';
import { type LoadResult, runLoad } from './load';
import type { Target } from './processes';
import { medianLoadResult } from './repeat';
import type { AgreementRecord, RunRecord } from './report/types';
import { requestBody, type Scenario } from './scenarios';
import type { Reference } from './statements';
import { verifyTarget } from './verify';

/** Seconds of load before each measured series, not recorded: JIT, pools and plan caches warm up. */
const WARMUP_SECONDS = 2;

const log = (line: string) => console.log(`[bench] ${line}`);

export interface MeasureContext {
  options: BenchOptions;
  scenarios: readonly Scenario[];
  /** Our gateway's answers, which every target's are checked against. */
  reference: Reference;
  record: { runs: RunRecord[]; agreements: AgreementRecord[] };
  /** Who the requests are from: every target verifies the access token they carry. */
  identity: BenchIdentity;
  /** Where mismatching answers are written. */
  dataDir: string;
}

/**
 * A generous bound on how long one target serves: its checks, warm-ups and runs for every scenario (autocannon
 * takes a few seconds beyond each run's duration), plus a margin for starting.
 */
export function targetSeconds(options: BenchOptions, scenarios: number): number {
  const perScenario =
    30 + WARMUP_SECONDS + options.connections.length * options.repeat * (options.durationSeconds + 10);
  return 300 + scenarios * perScenario;
}

export async function measure(target: Target, context: MeasureContext): Promise<void> {
  const { scenarios, options, reference, record, identity } = context;
  for (const scenario of scenarios) {
    if (target.scenarios && !target.scenarios.includes(scenario.name)) continue;
    const agreement = await verifyTarget(
      target.url,
      target.name,
      scenario,
      reference[scenario.name] ?? [],
      context.dataDir,
      await identity.accessHeaders(),
    );
    record.agreements.push({ ...agreement, target: target.name, scenario: scenario.name });
    if (agreement.matching < agreement.checked) {
      log(
        `${target.name} ${scenario.name}: data differs from ours in ${agreement.checked - agreement.matching} of ${agreement.checked} samples (${agreement.mismatchFile})`,
      );
    }
    const warmConnections = Math.max(...options.connections);
    await runLoad({
      url: target.url,
      body: () => requestBody(scenario),
      connections: warmConnections,
      durationSeconds: WARMUP_SECONDS,
      watch: [],
      headers: await identity.accessHeaders(),
    });
    for (const connections of options.connections) {
      const repeats: LoadResult[] = [];
      for (let repeat = 0; repeat < options.repeat; repeat += 1) {
        repeats.push(
          await runLoad({
            url: target.url,
            body: () => requestBody(scenario),
            connections,
            durationSeconds: options.durationSeconds,
            watch: target.watch,
            // A fresh token (1 hour) per run: a long bench never outlives it.
            headers: await identity.accessHeaders(),
          }),
        );
      }
      const result = medianLoadResult(repeats);
      record.runs.push({ ...result, scenario: scenario.name, target: target.name, repeats });
      log(
        `${target.name} ${scenario.name} c=${connections} (median of ${repeats.length}): ` +
          `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, ` +
          `p99 ${result.latencyMs.p99.toFixed(1)} ms (${repeats.map((run) => run.latencyMs.p99.toFixed(1)).join(', ')}), ` +
          `non-2xx ${result.non2xx}, GraphQL errors ${result.graphqlErrors}`,
      );
    }
  }
}
