import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import {
  createDatabase,
  type DatabaseOptions,
  type DomainMigrations,
  grantDomainRole,
  migrateDomain,
  roleDatabaseUrl,
} from '../db';
import { type GraphQLResponse, postGraphQL, type RunningServer } from '../http';
import type { SubgraphIdentityOptions } from '../subgraph/identity';
import { type Caller, credentialHeaders, readerCaller, testKeys, testSubgraphIdentity } from './callers';
import { createTestDatabase } from './database';
import { DisposalStack } from './disposal';
import { testRolePassword } from './roles';

export interface TestSubgraphOptions<TSchema extends Record<string, unknown>, TServer extends RunningServer> {
  /** The run's PostgreSQL server, where the test database is made: `inject('postgresAdminUrl')`. */
  adminUrl: string;
  /** The subgraph's name in the supergraph: the audience of the credentials the tests send it. */
  name: string;
  /** The domain's tables: `db` is drizzle on them. */
  schema: TSchema;
  migrations: DomainMigrations;
  /**
   * Starts the subgraph (its `start`, with whatever else it needs) on `port` over `database` (as the domain's
   * role), trusting `identity`.
   */
  start(options: {
    port: number;
    database: DatabaseOptions;
    identity: SubgraphIdentityOptions;
  }): Promise<TServer>;
  /** Fills the migrated database before the subgraph starts. */
  fill?(db: NodePgDatabase<TSchema>): Promise<void>;
}

export interface TestSubgraph<TSchema extends Record<string, unknown>, TServer extends RunningServer> {
  /** Where the subgraph answers; the same after `restartServer`. */
  url: string;
  /** The test database, as its owner. */
  databaseUrl: string;
  /** drizzle on the test database as its owner, for fixtures and expectations. */
  db: NodePgDatabase<TSchema>;
  /** SQL statements the subgraph sent since the last reset: how many, and their text. */
  statements: { count(): number; texts(): readonly string[]; reset(): void };
  /** POSTs one operation to the subgraph as the gateway does, with a credential for the caller. @default readerCaller */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<GraphQLResponse<T>>;
  /** The headers the gateway would send this subgraph for a caller. */
  headersOf(caller: Caller): Promise<Record<string, string>>;
  /** The running server; null while it is stopped. */
  server(): TServer | null;
  /** Stops the server; the database stays. */
  stopServer(): Promise<void>;
  /** Starts the server again on its port. */
  startServer(): Promise<void>;
  /** Stops the server and drops the database. */
  stop(): Promise<void>;
}

/**
 * One subgraph alone, as its own tests need it: a database of its own with the domain's migrations applied
 * (and `fill`ed), and the subgraph serving it on a free port as the domain's role, every statement it sends
 * counted. `stop` tears everything down, newest first, even after a failed start.
 */
export async function startTestSubgraph<
  TSchema extends Record<string, unknown>,
  TServer extends RunningServer,
>(options: TestSubgraphOptions<TSchema, TServer>): Promise<TestSubgraph<TSchema, TServer>> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    const database = await createTestDatabase(options.adminUrl);
    disposal.defer(database.drop);
    const fixtures = createDatabase(options.schema, { url: database.url });
    disposal.defer(fixtures.close);
    await migrateDomain(fixtures.db, options.migrations);
    const { schema, role } = options.migrations;
    await grantDomainRole(database.url, {
      schema,
      role,
      password: testRolePassword,
      keepExistingPassword: true,
    });
    await options.fill?.(fixtures.db);
    let statements: string[] = [];
    const keys = await testKeys();
    const identity = await testSubgraphIdentity(keys);
    const headersOf = (caller: Caller) => credentialHeaders(keys, caller, options.name);
    const start = (port: number) =>
      options.start({
        port,
        identity,
        database: {
          url: roleDatabaseUrl(database.url, role, testRolePassword),
          onQuery: (text) => {
            statements.push(text);
          },
        },
      });
    let server: TServer | null = await start(0);
    const { url, port } = server;
    const stopServer = async () => {
      const running = server;
      server = null;
      await running?.stop();
    };
    disposal.defer(stopServer);
    return {
      url,
      databaseUrl: database.url,
      db: fixtures.db,
      statements: {
        count: () => statements.length,
        texts: () => [...statements],
        reset: () => {
          statements = [];
        },
      },
      headersOf,
      query: async (query, variables, caller = readerCaller) =>
        postGraphQL(url, query, variables, await headersOf(caller)),
      server: () => server,
      stopServer,
      startServer: async () => {
        await stopServer();
        server = await start(port);
      },
      stop: () => disposal.dispose(),
    };
  });
}
