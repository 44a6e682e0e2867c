import {
  type EventConsumer,
  type EventConsumerOptions,
  type PaymentEvent,
  paymentEvents,
  runEventConsumer,
} from '@collexis/events/consume';
import { DisposalStack, eventually, viewers } from '@collexis/platform/testing';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentSubgraph } from '../../subgraphs/payment/test/support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from '../../subgraphs/payment/test/support/payments';
import { startPaymentSubgraphWithPool } from './support/payment-subgraph';

/**
 * A consumer as a domain writes one: a balance per loan and a checkpoint in tables of its own, the effect
 * and the checkpoint moved in one transaction, the checkpoint only from the value the loop last saw.
 */
class LoanBalanceConsumer {
  readonly applied: string[] = [];
  /** Fails the transaction of this sequence once, after the effect and before commit: a crash. */
  crashAt: string | null = null;

  constructor(
    private readonly pool: pg.Pool,
    readonly name: string,
  ) {}

  async setUp(): Promise<void> {
    await this.pool.query(`
      CREATE TABLE IF NOT EXISTS consumer_checkpoints (consumer text PRIMARY KEY, sequence bigint);
      CREATE TABLE IF NOT EXISTS loan_paid (consumer text, loan text, paid numeric(18, 2) NOT NULL, PRIMARY KEY (consumer, loan));
      INSERT INTO consumer_checkpoints VALUES ('${this.name}', NULL) ON CONFLICT DO NOTHING;`);
  }

  loadCheckpoint = async (): Promise<string | null> => {
    const { rows } = await this.pool.query<{ sequence: string | null }>(
      'SELECT sequence FROM consumer_checkpoints WHERE consumer = $1',
      [this.name],
    );
    return rows[0]?.sequence ?? null;
  };

  apply = async (event: PaymentEvent, previous: string | null): Promise<'applied' | 'skipped'> => {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const moved = await client.query(
        'UPDATE consumer_checkpoints SET sequence = $1 WHERE consumer = $2 AND sequence IS NOT DISTINCT FROM $3',
        [event.sequence, this.name, previous],
      );
      if (moved.rowCount !== 1) {
        await client.query('ROLLBACK');
        return 'skipped';
      }
      const sign = event.type === 'PAYMENT_REVERSED' ? '-' : '';
      if (event.type !== 'PAYMENT_FAILED') {
        await client.query(
          `INSERT INTO loan_paid VALUES ($1, $2, ${sign}$3::numeric)
           ON CONFLICT (consumer, loan) DO UPDATE SET paid = loan_paid.paid + EXCLUDED.paid`,
          [this.name, event.loanAccountNumber, event.amount],
        );
      }
      if (this.crashAt === event.sequence) {
        this.crashAt = null;
        throw new Error(`crash before committing ${event.sequence}`);
      }
      await client.query('COMMIT');
      this.applied.push(event.sequence);
      return 'applied';
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  async balances(): Promise<Record<string, string>> {
    const { rows } = await this.pool.query<{ loan: string; paid: string }>(
      'SELECT loan, paid FROM loan_paid WHERE consumer = $1 ORDER BY loan',
      [this.name],
    );
    return Object.fromEntries(rows.map((row) => [row.loan, row.paid]));
  }
}

/** What every loan's balance must be: the sum of its COMPLETED payments; a REVERSED one was received, then taken back. */
async function expectedBalances(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ loan: string; paid: string }>(`
    SELECT loan_account_number AS loan, sum(CASE WHEN status = 'COMPLETED' THEN amount ELSE 0 END) AS paid
    FROM payment_service.payments WHERE status IN ('COMPLETED', 'REVERSED')
    GROUP BY loan_account_number ORDER BY loan_account_number`);
  return Object.fromEntries(rows.map((row) => [row.loan, row.paid]));
}

describe('runEventConsumer: exactly once against a real payment subgraph', () => {
  const disposal = new DisposalStack();
  let subgraph: PaymentSubgraph;
  let pool: pg.Pool;
  let next = 0;
  const running: EventConsumer[] = [];

  const record = (overrides: Record<string, unknown> = {}) => {
    next += 1;
    return subgraph.query(RECORD_PAYMENT, { input: paymentInput(next, overrides) }, viewers.paymentProcessor);
  };
  const recordMany = async (count: number) => {
    for (let n = 0; n < count; n += 1) await record();
  };
  const consume = (
    consumer: LoanBalanceConsumer,
    errors: unknown[] = [],
    options: Partial<EventConsumerOptions<PaymentEvent>> = {},
  ) => {
    const handle = runEventConsumer({
      source: paymentEvents,
      url: subgraph.url,
      headers: () => subgraph.headersOf(viewers.coreSystem),
      loadCheckpoint: consumer.loadCheckpoint,
      apply: consumer.apply,
      onError: (error) => errors.push(error),
      pageSize: 7,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
      ...options,
    });
    running.push(handle);
    return handle;
  };

  beforeAll(async () => {
    // The payment subgraph through its public API; the test reads its tables with SQL only.
    ({ subgraph, pool } = await startPaymentSubgraphWithPool(disposal));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((handle) => handle.stop()));
  });
  afterAll(() => disposal.dispose());

  it('catches up in pages, then applies live events as they come', async () => {
    const consumer = new LoanBalanceConsumer(pool, 'live');
    await consumer.setUp();
    await recordMany(20);
    const handle = consume(consumer);
    expect(await handle.caughtUp()).toBe('20');
    await recordMany(3);
    expect(await handle.caughtUp()).toBe('23');
    expect(consumer.applied).toEqual(Array.from({ length: 23 }, (_, n) => String(n + 1)));
    expect(await consumer.balances()).toEqual(await expectedBalances(pool));
  });

  it('resumes from its checkpoint after being stopped while payments kept arriving', async () => {
    const consumer = new LoanBalanceConsumer(pool, 'restarted');
    await consumer.setUp();
    const first = consume(consumer);
    await first.caughtUp();
    await first.stop();
    await recordMany(10);
    await record({ status: 'PENDING' });
    await subgraph.query(
      /* GraphQL */ `mutation { reversePayment(input: { referenceNumber: "FT00000003", reason: "Returned" }) { changed } }`,
      {},
      viewers.paymentProcessor,
    );
    const second = consume(consumer);
    await second.caughtUp();
    expect(consumer.applied).toEqual(Array.from({ length: 34 }, (_, n) => String(n + 1)));
    expect(await consumer.balances()).toEqual(await expectedBalances(pool));
  });

  it('applies an event once when the process crashed between reading it and committing its effect', async () => {
    const consumer = new LoanBalanceConsumer(pool, 'crashing');
    await consumer.setUp();
    consumer.crashAt = '17';
    const errors: unknown[] = [];
    const handle = consume(consumer, errors);
    await handle.caughtUp();
    expect(errors.map(String)).toEqual(['Error: crash before committing 17']);
    expect(consumer.applied).toEqual(Array.from({ length: 34 }, (_, n) => String(n + 1)));
    expect(await consumer.balances()).toEqual(await expectedBalances(pool));
  });

  it('applies each event once with two replicas sharing one checkpoint', async () => {
    const replicaA = new LoanBalanceConsumer(pool, 'replicated');
    const replicaB = new LoanBalanceConsumer(pool, 'replicated');
    await replicaA.setUp();
    const [a, b] = [consume(replicaA), consume(replicaB)];
    await recordMany(5);
    await Promise.all([a.caughtUp(), b.caughtUp()]);
    expect([...replicaA.applied, ...replicaB.applied].sort((x, y) => Number(x) - Number(y))).toEqual(
      Array.from({ length: 39 }, (_, n) => String(n + 1)),
    );
    expect(await replicaA.balances()).toEqual(await expectedBalances(pool));
  });

  it('survives the payment subgraph going down and coming back, missing nothing', async () => {
    const consumer = new LoanBalanceConsumer(pool, 'outage');
    await consumer.setUp();
    const errors: unknown[] = [];
    const handle = consume(consumer, errors);
    await handle.caughtUp();
    await subgraph.stopServer();
    const whileDown = handle.caughtUp();
    await eventually(() => errors.length > 0, 'the consumer fails to reach the stopped subgraph');
    await subgraph.startServer();
    await recordMany(2);
    await whileDown;
    expect(await handle.caughtUp()).toBe('41');
    expect(consumer.applied).toHaveLength(41);
    expect(await consumer.balances()).toEqual(await expectedBalances(pool));
  });

  it('applies the payments committed while it gathers after the doorbell in one page, unless caughtUp() waits', async () => {
    const consumer = new LoanBalanceConsumer(pool, 'gathering');
    await consumer.setUp();
    const pages: number[] = [];
    const handle = consume(consumer, [], {
      applyPage: async (events, previous) => {
        pages.push(events.length);
        let checkpoint = previous;
        for (const event of events) {
          if ((await consumer.apply(event, checkpoint)) === 'skipped') return 'skipped';
          checkpoint = event.sequence;
        }
        return events.length;
      },
      gatherMs: 2_000,
    });
    await handle.caughtUp();
    const before = consumer.applied.length;
    pages.length = 0;
    for (let n = 0; n < 3; n += 1) {
      await record();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await eventually(() => consumer.applied.length === before + 3, 'the three payments applied');
    expect(pages).toEqual([3]);
    const asked = Date.now();
    await record();
    await handle.caughtUp();
    expect(Date.now() - asked).toBeLessThan(1_500);
    expect(consumer.applied).toHaveLength(before + 4);
  });

  it('rejects caughtUp once stopped', async () => {
    const handle = consume(new LoanBalanceConsumer(pool, 'stopped'));
    await handle.stop();
    await expect(handle.caughtUp()).rejects.toThrow('stopped');
  });
});
