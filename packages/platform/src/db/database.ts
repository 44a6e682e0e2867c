import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { observePool } from '../observability/database';
import type { ServiceObservability } from '../observability/observability';
import { CLIENT_CHECK_INTERVAL_MS, TimedOutClosingClient } from './timed-out-client';

// NUMERIC and DATE stay strings end to end: money is exact and dates carry no time zone.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => value);
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DatabaseOptions {
  /** postgres:// connection URL. */
  url: string;
  /**
   * Per-statement limit in milliseconds; a runaway query is cancelled by the server. The client also gives up
   * on a statement 1 s after it (a frozen server cancels nothing), failing it as DATABASE_UNAVAILABLE.
   * 0: no limit. @default 10000
   */
  statementTimeoutMs?: number;
  /**
   * Longest a request waits for a pooled connection (the pool full, or the server not answering a new
   * connection) before it fails as DATABASE_UNAVAILABLE. @default 5000
   */
  connectionTimeoutMs?: number;
  /** Most pooled connections. @default 10 */
  maxConnections?: number;
  /** Called with every SQL statement drizzle sends; used to count statements in tests and benchmarks. */
  onQuery?: (sql: string) => void;
  /** Shows in pg_stat_activity, and names the pool on /metrics. */
  applicationName?: string;
  /** Where the pool's connections, waiters and failed statements are reported. @default nowhere */
  observability?: ServiceObservability;
  /**
   * Plans each parameterised statement once per connection for any parameter values
   * (`plan_cache_mode = force_generic_plan`) instead of once per execution: for the lookups pool, whose
   * statements are prepared and keyed by `= any($n)` (docs/decisions/0043-generic-plans-for-lookups.md).
   * @default false
   */
  genericPlans?: boolean;
}

/** A domain's drizzle handle on its tables, created per server by `createDatabase` and injected, never global. */
export type DomainDatabase<TSchema extends Record<string, unknown>> = NodePgDatabase<TSchema>;

/**
 * The database or a transaction on it: what a repository function runs its statements on, so that a command
 * can run it inside its transaction.
 */
export type QueryRunner<TSchema extends Record<string, unknown>> = PgDatabase<NodePgQueryResultHKT, TSchema>;

export interface Database<TSchema extends Record<string, unknown>> {
  db: DomainDatabase<TSchema>;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** How long the client waits past the server's statement timeout before it gives the statement up itself. */
const CLIENT_TIMEOUT_MARGIN_MS = 1_000;

export function createDatabase<TSchema extends Record<string, unknown>>(
  schema: TSchema,
  options: DatabaseOptions,
): Database<TSchema> {
  const statementTimeoutMs = options.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    Client: TimedOutClosingClient,
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs > 0 ? statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS : undefined,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    application_name: options.applicationName ?? 'collexis',
    // TIMESTAMP columns hold UTC; the session zone must agree whatever the server's default is. A statement
    // whose client gave it up (TimedOutClosingClient) is ended by the server once it sees the socket closed.
    options: [
      '-c TimeZone=UTC',
      `-c client_connection_check_interval=${CLIENT_CHECK_INTERVAL_MS}`,
      ...(options.genericPlans ? ['-c plan_cache_mode=force_generic_plan'] : []),
    ].join(' '),
  });
  // An idle client that loses its connection must not take the process down.
  pool.on('error', () => {});
  if (options.observability) observePool(pool, options.applicationName ?? 'collexis', options.observability);
  const onQuery = options.onQuery;
  const db = drizzle(pool, {
    schema,
    ...(onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {}),
  });
  return { db, pool, close: () => pool.end() };
}

/** The pools every domain's server opens on its database, all with the same options but their names. */
export interface DomainDatabases<TSchema extends Record<string, unknown>> {
  /** Searches, pages with filters, sync runs, consumers: named by `applicationName`. */
  main: Database<TSchema>;
  /**
   * The event feed's reads, subscriptions' replays and fields: `<name>-live`, 3 connections. A pool of its own:
   * writers waiting on the outbox lock (decision 0010) hold connections of the main pool, and events read
   * behind them fell seconds behind their commits whenever writes queued.
   */
  live: Database<TSchema>;
  /**
   * The loaders' key batches and per-parent pages, all prepared statements keyed by `= any($n)`:
   * `<name>-lookups`. PostgreSQL costs a generic plan of such a statement for an array of 10 keys and so never
   * prefers it to a custom plan of the batch's one or two: it planned every execution again, and planning a
   * join cost more CPU than running it. Its connections plan each statement once (decision 0043); searches,
   * pages with filters and writes, whose plans may depend on their values, stay on the main pool's custom plans.
   */
  lookups: Database<TSchema>;
  /** Closes the pools, the main one last. */
  close(): Promise<void>;
}

/** Connections of a domain's live-events pool. */
const LIVE_CONNECTIONS = 3;

export function createDomainDatabases<TSchema extends Record<string, unknown>>(
  schema: TSchema,
  options: DatabaseOptions & { applicationName: string },
): DomainDatabases<TSchema> {
  const main = createDatabase(schema, options);
  const live = createDatabase(schema, {
    ...options,
    applicationName: `${options.applicationName}-live`,
    maxConnections: LIVE_CONNECTIONS,
  });
  const lookups = createDatabase(schema, {
    ...options,
    applicationName: `${options.applicationName}-lookups`,
    genericPlans: true,
  });
  return {
    main,
    live,
    lookups,
    close: async () => {
      await live.close();
      await lookups.close();
      await main.close();
    },
  };
}

/**
 * The writing pool beside a domain's main one (same database and options, `<name>-writes`): the transactions
 * of its mutations. Writers of events wait on the outbox lock (decision 0010) holding their connection, and
 * when writes queue they filled the main pool, so every read behind them (an entity fetch of a dashboard's
 * event, a query) waited as long as a commit did: seconds (decision 0038).
 */
export function createWriteDatabase<TSchema extends Record<string, unknown>>(
  schema: TSchema,
  options: DatabaseOptions & { applicationName: string },
): Database<TSchema> {
  return createDatabase(schema, { ...options, applicationName: `${options.applicationName}-writes` });
}
