/**
 * startEventConsumer applies a fetched page of events in one transaction (decision 0037): the checkpoint and
 * every effect commit together; an effect that meets a row held elsewhere refuses to wait, the events before
 * it commit, and the consumer then waits for that row one event at a time; replicas never apply an event twice.
 * The reaction is one a domain would write, over tables of the test's own, against a real payment subgraph.
 */
import {
  type EventConsumer,
  type EventReaction,
  eventCheckpointsTable,
  type PaymentEvent,
  paymentEvents,
  rowLocks,
  startEventConsumer,
} from '@collexis/events/consume';
import type { QueryRunner } from '@collexis/platform/db';
import { createServiceObservability } from '@collexis/platform/observability';
import { DisposalStack, eventually, viewers } from '@collexis/platform/testing';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { bigint, pgSchema, text } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentSubgraph } from '../../subgraphs/payment/test/support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from '../../subgraphs/payment/test/support/payments';
import { startPaymentSubgraphWithPool } from './support/payment-subgraph';

const schema = pgSchema('consumer_pages');
const checkpoints = eventCheckpointsTable('consumer_pages', 'payment_event_checkpoints');
const loans = schema.table('loans', { loan: text('loan').primaryKey() });
/** One row per applied event, with the top-level transaction that wrote it (the same inside a savepoint). */
const applied = schema.table('applied', {
  consumer: text('consumer').notNull(),
  sequence: bigint('sequence', { mode: 'bigint' }).notNull(),
  transaction: bigint('transaction', { mode: 'bigint' }).notNull(),
});

const HELD_LOAN = 'LNHELD0001';
const sequences = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

type Runner = QueryRunner<Record<string, never>>;

/** Locks the payment's loan as the reaction says (NOWAIT in a page), then records the event's application. */
function loanPayments(db: Runner, name: string): EventReaction<PaymentEvent, Runner> {
  return {
    name,
    source: paymentEvents,
    db,
    checkpoints,
    effect: async (tx, event, locks) => {
      await tx
        .select()
        .from(loans)
        .where(eq(loans.loan, event.loanAccountNumber))
        .for('update', rowLocks(locks));
      await tx
        .insert(applied)
        .values({ consumer: name, sequence: BigInt(event.sequence), transaction: sql`txid_current()` });
    },
  };
}

describe('startEventConsumer: pages in one transaction, never waiting with a page uncommitted', () => {
  const disposal = new DisposalStack();
  let subgraph: PaymentSubgraph;
  let pool: pg.Pool;
  let db: Runner;
  let next = 0;
  const running: EventConsumer[] = [];

  const record = async (overrides: Record<string, unknown> = {}) => {
    next += 1;
    const response = await subgraph.query(
      RECORD_PAYMENT,
      { input: paymentInput(next, overrides) },
      viewers.paymentProcessor,
    );
    expect(response.errors).toBeUndefined();
  };
  const consume = (name: string, pageSize: number) => {
    const handle = startEventConsumer(
      loanPayments(db, name),
      { url: subgraph.url, headers: () => subgraph.headersOf(viewers.coreSystem), pageSize },
      createServiceObservability('consumer-pages'),
    );
    running.push(handle);
    return handle;
  };
  const checkpointOf = async (name: string) => {
    const [row] = await db.select().from(checkpoints).where(eq(checkpoints.consumer, name));
    return row ? row.lastSequence.toString() : null;
  };
  /** The sequences a consumer applied, in order, each as often as it was applied, and the transactions. */
  const appliedBy = async (name: string) => {
    const rows = await db.select().from(applied).where(eq(applied.consumer, name)).orderBy(applied.sequence);
    return { sequences: rows.map((row) => row.sequence.toString()), rows };
  };
  const transactionsOf = (rows: { sequence: bigint; transaction: bigint }[], from: number, to: number) =>
    new Set(rows.filter((row) => row.sequence >= from && row.sequence <= to).map((row) => row.transaction))
      .size;

  beforeAll(async () => {
    ({ subgraph, pool } = await startPaymentSubgraphWithPool(disposal));
    db = drizzle(pool);
    await pool.query(`
      CREATE SCHEMA consumer_pages;
      CREATE TABLE consumer_pages.payment_event_checkpoints (
        consumer varchar(100) PRIMARY KEY, last_sequence bigint NOT NULL, updated_at timestamp(3) NOT NULL DEFAULT now());
      CREATE TABLE consumer_pages.loans (loan text PRIMARY KEY);
      CREATE TABLE consumer_pages.applied (consumer text NOT NULL, sequence bigint NOT NULL, transaction bigint NOT NULL);
      INSERT INTO consumer_pages.loans VALUES ('LN00000000'), ('LN00000001'), ('LN00000002'), ('${HELD_LOAN}');`);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((handle) => handle.stop()));
  });
  afterAll(() => disposal.dispose());

  it('applies a fetched page in one transaction with its checkpoint', async () => {
    for (let n = 0; n < 12; n += 1) await record();
    expect(await consume('paged', 20).caughtUp()).toBe('12');

    const { sequences: done, rows } = await appliedBy('paged');
    expect(done).toEqual(sequences(1, 12));
    expect(transactionsOf(rows, 1, 12)).toBe(1);
    expect(await checkpointOf('paged')).toBe('12');
  });

  it('commits the events before a held row, then waits for it one event at a time', async () => {
    for (let n = 0; n < 6; n += 1) await record(n === 3 ? { loanAccountNumber: HELD_LOAN } : {});
    const holder = await pool.connect();
    let held = true;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM consumer_pages.loans WHERE loan = $1 FOR UPDATE', [HELD_LOAN]);
      const handle = consume('blocked', 50);
      await eventually(async () => {
        const { rows } = await pool.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return (rows[0]?.waiting ?? 0) > 0;
      }, 'the consumer waits for the held loan');
      expect(await checkpointOf('blocked')).toBe('15');
      const { sequences: beforeHeld, rows } = await appliedBy('blocked');
      expect(beforeHeld).toEqual(sequences(1, 15));
      expect(transactionsOf(rows, 1, 15)).toBe(1);

      await holder.query('ROLLBACK');
      held = false;
      expect(await handle.caughtUp()).toBe('18');
    } finally {
      if (held) await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await appliedBy('blocked')).sequences).toEqual(sequences(1, 18));
    expect(await checkpointOf('blocked')).toBe('18');
  });

  it('never applies an event twice with two replicas on one consumer', async () => {
    const [a, b] = [consume('replicated', 5), consume('replicated', 5)];
    for (let n = 0; n < 10; n += 1) await record();
    await Promise.all([a.caughtUp(), b.caughtUp()]);
    expect((await appliedBy('replicated')).sequences).toEqual(sequences(1, 28));
    expect(await checkpointOf('replicated')).toBe('28');
  });
});
