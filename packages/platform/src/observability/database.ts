import type pg from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ServiceObservability } from './observability';

function metricOf<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

function poolGauges(registry: Registry, pools: Map<string, pg.Pool>) {
  const gauge = (name: string, help: string, value: (pool: pg.Pool) => number) =>
    metricOf(
      registry,
      name,
      () =>
        new Gauge({
          name,
          help,
          labelNames: ['pool'],
          registers: [registry],
          collect() {
            for (const [label, pool] of pools) this.set({ pool: label }, value(pool));
          },
        }),
    );
  gauge(
    'collexis_db_pool_connections_in_use',
    'Connections of the pool checked out now.',
    (pool) => pool.totalCount - pool.idleCount,
  );
  gauge(
    'collexis_db_pool_connections_idle',
    'Open connections of the pool not in use.',
    (pool) => pool.idleCount,
  );
  gauge(
    'collexis_db_pool_waiting_requests',
    'Queries and transactions waiting for a connection of the pool.',
    (pool) => pool.waitingCount,
  );
}

const poolsByRegistry = new WeakMap<Registry, Map<string, pg.Pool>>();

type QueryCallback = (error: Error | null, result?: unknown) => void;

/**
 * Reports a pool on the service's /metrics: connections in use and idle, requests waiting, and statement errors
 * by SQLSTATE (`code`; 'none' when the connection failed). Each failed statement is logged at debug (an expected one, a unique key answered as CONFLICT, is no news) with
 * `safeError` (no parameters). Every statement of the pool, through drizzle, `pool.query` or a transaction's
 * client, goes through its client's `query`, which is where failures are counted.
 */
export function observePool(pool: pg.Pool, name: string, observability: ServiceObservability): void {
  const { registry } = observability.metrics;
  const { logger } = observability;
  let pools = poolsByRegistry.get(registry);
  if (!pools) {
    pools = new Map();
    poolsByRegistry.set(registry, pools);
  }
  pools.set(name, pool);
  poolGauges(registry, pools);
  const errors = metricOf(
    registry,
    'collexis_db_statement_errors_total',
    () =>
      new Counter({
        name: 'collexis_db_statement_errors_total',
        help: 'SQL statements that failed, by pool and SQLSTATE.',
        labelNames: ['pool', 'code'],
        registers: [registry],
      }),
  );
  const failed = (error: unknown) => {
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'none';
    errors.inc({ pool: name, code });
    logger.debug({ err: error, pool: name }, 'SQL statement failed');
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const observed = (...args: unknown[]) => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = ((error, result) => {
          if (error) failed(error);
          (callback as QueryCallback)(error, result);
        }) satisfies QueryCallback;
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch(failed);
      return result;
    };
    client.query = observed as typeof client.query;
  });
}
