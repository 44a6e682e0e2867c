import { readFile } from 'node:fs/promises';
import type { DemoOptions } from '@collexis/demo-data';
import { startGateway } from '@collexis/gateway';
import { type GraphQLResponse, postGraphQL, type RunningServer } from '@collexis/platform';
import { type DomainName, domains, migrateAll, seedAll } from './domains';

export interface StatementLog {
  /** SQL statements sent since the last reset, by subgraph. */
  bySubgraph(): Record<DomainName, number>;
  total(): number;
  reset(): void;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<DomainName, string>;
  statements: StatementLog;
  /** POSTs one GraphQL operation to the gateway and returns the parsed response body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface StackOptions {
  databaseUrl: string;
  /** Loads the demo universe of this size; false leaves the tables empty. @default false */
  demo?: Partial<DemoOptions> | false;
}

function createStatementLog(): StatementLog & { record(name: DomainName): void } {
  const counts: Record<DomainName, number> = { 'bank-sync': 0, payment: 0, workflow: 0 };
  return {
    record: (name) => {
      counts[name] += 1;
    },
    bySubgraph: () => ({ ...counts }),
    total: () => counts['bank-sync'] + counts.payment + counts.workflow,
    reset: () => {
      counts['bank-sync'] = 0;
      counts.payment = 0;
      counts.workflow = 0;
    },
  };
}

/**
 * The real system in-process: the three subgraphs and the gateway on ephemeral ports over one database,
 * every SQL statement counted per subgraph.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  await migrateAll(options.databaseUrl);
  if (options.demo) await seedAll({ url: options.databaseUrl, statementTimeoutMs: 0 }, options.demo);
  const statements = createStatementLog();
  const started: RunningServer[] = [];
  const startDomain = async (name: DomainName) => {
    const server = await domains[name].start({
      port: 0,
      database: { url: options.databaseUrl, onQuery: () => statements.record(name) },
    });
    started.push(server);
    return server.url;
  };
  try {
    const subgraphUrls = {
      'bank-sync': await startDomain('bank-sync'),
      payment: await startDomain('payment'),
      workflow: await startDomain('workflow'),
    };
    const supergraphSdl = await readFile(
      new URL('../../../schema/supergraph.graphql', import.meta.url),
      'utf8',
    );
    const gateway = await startGateway({ port: 0, supergraphSdl, subgraphs: subgraphUrls });
    started.push(gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      statements,
      query: (query, variables) => postGraphQL(gateway.url, query, variables),
      stop: async () => {
        for (const server of started.reverse()) await server.stop();
      },
    };
  } catch (error) {
    for (const server of started.reverse()) await server.stop();
    throw error;
  }
}
