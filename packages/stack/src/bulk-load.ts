/**
 * The demo universe through COPY: the same rows as `seedAll`, several times faster, for the benchmark's
 * 100,000 customers (docs/decisions/0015-bulk-copy-demo-loader.md).
 */
import { type DemoOptions, demoChunks, resolveDemoOptions } from '@collexis/demo-data';
import { createDatabase, type DatabaseOptions, type TableRows } from '@collexis/platform/db';
import type pg from 'pg';
import { copyRows, qualifiedName } from './copy-rows';
import { createIndexes, type DeferredIndex, dropPlainIndexes } from './deferred-indexes';
import { type DomainName, domainNames, domains } from './domains';

/** Customers generated and copied at a time; memory stays at a few chunks whatever the dataset's size. */
const CHUNK_CUSTOMERS = 500;

/**
 * Chunks a domain may hold queued: the next chunk is generated while the domains still copy the last ones,
 * so Node and PostgreSQL work side by side.
 */
const AHEAD = 2;

/** Memory each domain's connection may sort index keys in, per index build. */
const INDEX_BUILD_MEMORY = '256MB';

export interface BulkLoadResult {
  /** Rows written, by domain. */
  rows: Record<DomainName, number>;
}

/** One domain's connection and transaction, writing only that domain's tables. */
class DomainWriter {
  readonly written = new Set<string>();
  readonly deferred: DeferredIndex[] = [];
  rows = 0;
  /** The chunks' writes, one after the other; the generator runs ahead by at most AHEAD chunks. */
  private tail: Promise<void> = Promise.resolve();
  private readonly backlog: Promise<void>[] = [];

  constructor(
    readonly name: DomainName,
    private readonly client: pg.PoolClient,
  ) {}

  /** COPYs each table's rows in turn; a table is checked to be empty the first time it is written. */
  async write(tables: readonly TableRows[]): Promise<void> {
    for (const rows of tables) {
      if (rows.rows.length === 0) continue;
      const table = qualifiedName(rows.table);
      if (!this.written.has(table)) {
        await this.requireEmpty(table);
        this.written.add(table);
        this.deferred.push(...(await dropPlainIndexes(this.client, table)));
      }
      this.rows += await copyRows(this.client, rows);
    }
  }

  /** Queues one chunk's share behind the previous ones; waits while AHEAD chunks are already queued. */
  async enqueue(tables: readonly TableRows[]): Promise<void> {
    const done = this.tail.then(() => this.write(tables));
    done.catch(() => {});
    this.tail = done;
    this.backlog.push(done);
    if (this.backlog.length > AHEAD) await this.backlog.shift();
  }

  /** Waits for every queued chunk, then builds the indexes set aside. */
  async drain(): Promise<void> {
    await this.tail;
    await createIndexes(this.client, this.deferred);
  }

  private async requireEmpty(table: string): Promise<void> {
    const { rows } = await this.client.query<{ taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${table}) AS taken`,
    );
    if (rows[0]?.taken) throw new Error(`bulk load needs empty tables, and ${table} holds rows`);
  }

  /**
   * VACUUM as well as ANALYZE: it sets the visibility map that autovacuum would set on a live database, without
   * which an index-only scan still reads every heap page it touches.
   */
  async vacuumAnalyze(): Promise<void> {
    for (const table of this.written) await this.client.query(`VACUUM (ANALYZE) ${table}`);
  }

  query(text: string): Promise<unknown> {
    return this.client.query(text);
  }
}

/**
 * Writes the demo universe of `demo` into empty tables, each domain on its own connection in one
 * transaction of its own (all or nothing, as its seed), the domains' COPYs running side by side. The
 * universe is generated once, chunk by chunk, and each domain takes its share through its `demoTables`.
 * Then each domain derives what it keeps from those rows (its `afterLoad`), and every table written is VACUUMed
 * and ANALYZEd, so the planner sees the data and index-only scans work at once.
 */
export async function bulkLoadAll(
  database: DatabaseOptions,
  demo: Partial<DemoOptions>,
  log: (line: string) => void = () => {},
): Promise<BulkLoadResult> {
  const options = resolveDemoOptions(demo);
  const { pool, close } = createDatabase(
    {},
    { applicationName: 'bulk-load', ...database, maxConnections: domainNames.length },
  );
  const clients: pg.PoolClient[] = [];
  try {
    for (let index = 0; index < domainNames.length; index += 1) clients.push(await pool.connect());
    const writers = domainNames.map((name, index) => {
      const client = clients[index];
      if (!client) throw new Error(`no connection for ${name}`);
      return new DomainWriter(name, client);
    });
    const all = (work: (writer: DomainWriter) => Promise<unknown>) => Promise.all(writers.map(work));
    await all((writer) => writer.query('BEGIN'));
    // The indexes are built at the end; sorting a few million keys in memory halves the build (default 64 MB).
    await all((writer) => writer.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`));
    try {
      await all((writer) => writer.write(domains[writer.name].demoTables.once(options)));
      let reported = 0;
      for (const chunk of demoChunks(options, CHUNK_CUSTOMERS)) {
        await all((writer) => writer.enqueue(domains[writer.name].demoTables.chunk(chunk)));
        if (chunk.range.to - reported >= options.customers / 10 || chunk.range.to === options.customers) {
          reported = chunk.range.to;
          log(`bulk load: ${reported} of ${options.customers} customers`);
        }
      }
      await all((writer) => writer.drain());
      await all((writer) => writer.query('COMMIT'));
    } catch (error) {
      await all((writer) => writer.query('ROLLBACK')).catch(() => {});
      throw error;
    }
    await all((writer) => domains[writer.name].demoTables.afterLoad?.(database) ?? Promise.resolve());
    await all((writer) => writer.vacuumAnalyze());
    const rows = { 'bank-sync': 0, payment: 0, workflow: 0 };
    for (const writer of writers) rows[writer.name] = writer.rows;
    return { rows };
  } finally {
    for (const client of clients) client.release();
    await close();
  }
}
