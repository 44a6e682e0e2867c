/**
 * SQL statements per operation, counted exactly rather than sampled from PostgreSQL's statistics: the real
 * stack and the floor are started in-process (startStack counts every statement drizzle sends, by subgraph;
 * the floor counts its own) and each scenario's operation is sent a few times with different variables.
 * The Hive peers run over the same subgraph processes, so their count is not measured separately.
 * Our gateway's answers to those samples are kept as the reference every target's data is checked against.
 */
import { postGraphQL } from '@collexis/platform/http';
import { stackIdentity, startStack } from '@collexis/stack';
import type { Dataset } from './dataset';
import { startFloor } from './floor/server';
import { type BenchIdentity, benchReader } from './identity';
import type { Scenario, ScenarioName } from './scenarios';

export interface StatementCount {
  /** Mean statements per operation, by subgraph (ours) or `floor`. */
  bySource: Record<string, number>;
  total: number;
  /** Operations that answered with GraphQL errors while counting (should be 0). */
  errors: number;
}

export interface ScenarioStatements {
  ours: StatementCount;
  floor: StatementCount;
}

export type StatementCounts = Partial<Record<ScenarioName, ScenarioStatements>>;

/** One operation's variables and our gateway's `data` for them, as JSON. */
export interface ReferenceSample {
  variables: Record<string, unknown>;
  data: string;
}

export type Reference = Partial<Record<ScenarioName, ReferenceSample[]>>;

const SAMPLES = 5;

export async function countStatements(
  { url: databaseUrl, rolePasswords }: Pick<Dataset, 'url' | 'rolePasswords'>,
  scenarios: readonly Scenario[],
  identity: BenchIdentity,
): Promise<{ counts: StatementCounts; reference: Reference }> {
  const { keys } = identity;
  const stack = await startStack({ databaseUrl, rolePasswords, keys, consumers: false });
  let floorCount = 0;
  const floor = await startFloor({
    port: 0,
    databaseUrl,
    accessTokens: (await stackIdentity(keys)).gateway.tokens,
    onQuery: () => (floorCount += 1),
  });
  try {
    const counts: StatementCounts = {};
    const reference: Reference = {};
    for (const scenario of scenarios) {
      const samples: ReferenceSample[] = [];
      let oursErrors = 0;
      let floorErrors = 0;
      stack.statements.reset();
      for (let index = 0; index < SAMPLES; index += 1) {
        const variables = scenario.variables();
        const response = await stack.query(scenario.query, variables, benchReader);
        if (response.errors?.length) oursErrors += 1;
        samples.push({ variables, data: JSON.stringify(response.data) });
      }
      const bySubgraph = stack.statements.bySubgraph();
      floorCount = 0;
      const headers = await identity.accessHeaders();
      for (const sample of samples) {
        const response = await postGraphQL(floor.url, scenario.query, sample.variables, headers);
        if (response.errors?.length) floorErrors += 1;
      }
      const ours: Record<string, number> = {};
      for (const [name, value] of Object.entries(bySubgraph)) ours[name] = value / SAMPLES;
      counts[scenario.name] = {
        ours: { bySource: ours, total: stack.statements.total() / SAMPLES, errors: oursErrors },
        floor: {
          bySource: { floor: floorCount / SAMPLES },
          total: floorCount / SAMPLES,
          errors: floorErrors,
        },
      };
      reference[scenario.name] = samples;
    }
    return { counts, reference };
  } finally {
    await floor.stop();
    await stack.stop();
  }
}
