import {
  type EventConsumer,
  type PaymentEvent,
  paymentEvents,
  runEventConsumer,
} from '@collexis/events/consume';
import { migrations, start } from '@collexis/payment';
import { DisposalStack, startTestSubgraph, type TestSubgraph, viewers } from '@collexis/platform/testing';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { paymentInput, RECORD_PAYMENT } from '../../subgraphs/payment/test/support/payments';

/**
 * A consumer that applies a page of events in one transaction (decision 0034): the checkpoint moves from the
 * value the loop last saw to the page's last sequence, then each event's effect, a row per event applied.
 */
class BatchConsumer {
  /** The events of each committed transaction, in order. */
  readonly transactions: string[][] = [];
  /** Fails the page (or single event) containing this sequence once, before commit: a crash. */
  crashAt: string | null = null;

  constructor(
    private readonly pool: pg.Pool,
    readonly name: string,
  ) {}

  async setUp(): Promise<void> {
    await this.pool.query(`
      CREATE TABLE IF NOT EXISTS batch_checkpoints (consumer text PRIMARY KEY, sequence bigint);
      CREATE TABLE IF NOT EXISTS batch_applied (consumer text, sequence bigint, PRIMARY KEY (consumer, sequence));
      INSERT INTO batch_checkpoints VALUES ('${this.name}', NULL) ON CONFLICT DO NOTHING;`);
  }

  loadCheckpoint = async (): Promise<string | null> => {
    const { rows } = await this.pool.query<{ sequence: string | null }>(
      'SELECT sequence FROM batch_checkpoints WHERE consumer = $1',
      [this.name],
    );
    return rows[0]?.sequence ?? null;
  };

  apply = (event: PaymentEvent, previous: string | null) => this.applyBatch([event], previous);

  applyBatch = async (events: readonly PaymentEvent[], previous: string | null) => {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const moved = await client.query(
        'UPDATE batch_checkpoints SET sequence = $1 WHERE consumer = $2 AND sequence IS NOT DISTINCT FROM $3',
        [events.at(-1)?.sequence, this.name, previous],
      );
      if (moved.rowCount !== 1) {
        await client.query('ROLLBACK');
        return 'skipped' as const;
      }
      for (const event of events) {
        // The primary key fails the transaction if an event were ever applied twice.
        await client.query('INSERT INTO batch_applied VALUES ($1, $2)', [this.name, event.sequence]);
      }
      if (this.crashAt !== null && events.some((event) => event.sequence === this.crashAt)) {
        const crashed = this.crashAt;
        this.crashAt = null;
        throw new Error(`crash before committing the page with ${crashed}`);
      }
      await client.query('COMMIT');
      this.transactions.push(events.map((event) => event.sequence));
      return 'applied' as const;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  async applied(): Promise<string[]> {
    const { rows } = await this.pool.query<{ sequence: string }>(
      'SELECT sequence FROM batch_applied WHERE consumer = $1 ORDER BY sequence',
      [this.name],
    );
    return rows.map((row) => row.sequence);
  }
}

const upTo = (count: number) => Array.from({ length: count }, (_, n) => String(n + 1));

describe('runEventConsumer with applyBatch: a page per transaction, exactly once', () => {
  const disposal = new DisposalStack();
  let subgraph: TestSubgraph<Record<string, never>, Awaited<ReturnType<typeof start>>>;
  let pool: pg.Pool;
  let next = 0;
  const running: EventConsumer[] = [];

  const recordMany = async (count: number) => {
    for (let n = 0; n < count; n += 1) {
      next += 1;
      await subgraph.query(RECORD_PAYMENT, { input: paymentInput(next) }, viewers.paymentProcessor);
    }
  };
  const consume = (consumer: BatchConsumer, errors: unknown[] = []) => {
    const handle = runEventConsumer({
      source: paymentEvents,
      url: subgraph.url,
      headers: () => subgraph.headersOf(viewers.coreSystem),
      loadCheckpoint: consumer.loadCheckpoint,
      apply: consumer.apply,
      applyBatch: consumer.applyBatch,
      onError: (error) => errors.push(error),
      pageSize: 7,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
    });
    running.push(handle);
    return handle;
  };

  beforeAll(async () => {
    subgraph = disposal.use(
      await startTestSubgraph({
        adminUrl: inject('postgresAdminUrl'),
        name: 'payment',
        schema: {},
        migrations,
        start,
      }),
    );
    pool = new pg.Pool({ connectionString: subgraph.databaseUrl, max: 5 });
    disposal.defer(() => pool.end());
    await recordMany(20);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((handle) => handle.stop()));
  });
  afterAll(() => disposal.dispose());

  it('catches up a page per transaction', async () => {
    const consumer = new BatchConsumer(pool, 'paged');
    await consumer.setUp();
    expect(await consume(consumer).caughtUp()).toBe('20');
    expect(consumer.transactions).toEqual([upTo(7), upTo(14).slice(7), upTo(20).slice(14)]);
    expect(await consumer.applied()).toEqual(upTo(20));
  });

  it('applies a page that failed one event at a time, each once', async () => {
    const consumer = new BatchConsumer(pool, 'crashing');
    await consumer.setUp();
    consumer.crashAt = '10';
    const errors: unknown[] = [];
    expect(await consume(consumer, errors).caughtUp()).toBe('20');
    expect(errors).toHaveLength(1);
    expect(consumer.transactions).toEqual([
      upTo(7),
      ...upTo(14)
        .slice(7)
        .map((sequence) => [sequence]),
      upTo(20).slice(14),
    ]);
    expect(await consumer.applied()).toEqual(upTo(20));
  });

  it('applies each event once with two replicas sharing one checkpoint', async () => {
    const [replicaA, replicaB] = [
      new BatchConsumer(pool, 'replicated'),
      new BatchConsumer(pool, 'replicated'),
    ];
    await replicaA.setUp();
    const [a, b] = [consume(replicaA), consume(replicaB)];
    await recordMany(9);
    await Promise.all([a.caughtUp(), b.caughtUp()]);
    const sequences = [...replicaA.transactions, ...replicaB.transactions].flat();
    expect(sequences.sort((x, y) => Number(x) - Number(y))).toEqual(upTo(29));
    expect(await replicaA.applied()).toEqual(upTo(29));
  });
});
