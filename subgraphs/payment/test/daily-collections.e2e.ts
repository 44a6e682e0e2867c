/**
 * The daily rollup of collections (decision 0029) stays exact: payments across day boundaries, payments of
 * closed days recorded late, status changes after their day closed, deletions, and the open day, each checked
 * against SQL the test computes on the payments themselves, both the rollup's rows and collectionsSummary.
 */
import { callerOf } from '@collexis/platform/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCollectionDays, utcDayOf } from '../src/repository/collection-days';
import { COLLECTIONS_KEY_SQL as KEYS } from './support/collections';
import { admin, type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const SUMMARY = /* GraphQL */ `query Summary($from: DateTime!, $to: DateTime!, $groupBy: CollectionsGroupBy!) {
  collectionsSummary(from: $from, to: $to, groupBy: $groupBy) { key currency count amount }
}`;
const REVERSE = /* GraphQL */ `mutation Reverse($input: ReversePaymentInput!) { reversePayment(input: $input) { changed } }`;
const FAIL = /* GraphQL */ `mutation Fail($input: FailPaymentInput!) { failPayment(input: $input) { changed } }`;

const DAY_MS = 86_400_000;

describe('the daily collections rollup', () => {
  let subgraph: PaymentSubgraph;
  const today = utcDayOf(new Date());
  const midnight = Date.parse(`${today}T00:00:00.000Z`);
  const at = (days: number, ms = 0) => new Date(midnight + days * DAY_MS + ms).toISOString();
  let next = 1;
  const query = async (statement: SQL) =>
    (await subgraph.db.execute<Record<string, string | number>>(statement)).rows;
  const record = async (paymentDate: string, overrides: Record<string, unknown> = {}) => {
    const input = paymentInput(next, { paymentDate, ...overrides });
    next += 1;
    const response = await subgraph.query(RECORD_PAYMENT, { input }, processor);
    expect(response.errors).toBeUndefined();
    return String(input.referenceNumber);
  };
  const change = async (mutation: string, referenceNumber: string) => {
    const response = await subgraph.query(
      mutation,
      { input: { referenceNumber, reason: 'bank recall' } },
      callerOf('ops.jdoe', 'ADMIN'),
    );
    expect(response.errors).toBeUndefined();
  };

  /** The rollup's rows and what they must be: every payment of a closed day, grouped by the test. */
  async function rollupAndRows() {
    const grouped = sql.raw('group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5');
    const rollup = await query(
      sql`select day::text, status, payment_method, source_system, currency, sum(payment_count)::int as count,
         sum(amount)::text as amount
       from payment_service.daily_collections where payment_count <> 0 ${grouped}`,
    );
    const rows = await query(
      sql`select payment_date::date::text as day, status, payment_method, source_system, currency,
         count(*)::int as count, sum(amount)::text as amount
       from payment_service.payments
       where payment_date < (select closed_before from payment_service.collection_days) ${grouped}`,
    );
    return { rollup, rows };
  }

  async function expectSummariesExact(period: { from: string; to: string }) {
    for (const groupBy of ['DAY', 'METHOD', 'STATUS', 'SOURCE_SYSTEM', 'HOUR'] as const) {
      const rows = await query(
        sql`select ${sql.raw(KEYS[groupBy])} as key, currency, count(*)::int as count, sum(amount)::text as amount
         from payment_service.payments
         where payment_date >= ${period.from}::timestamptz at time zone 'UTC'
           and payment_date < ${period.to}::timestamptz at time zone 'UTC'
           and (${sql.raw(String(groupBy === 'STATUS'))} or status = 'COMPLETED')
         group by 1, currency order by 1, currency`,
      );
      const response = await subgraph.query<{ collectionsSummary: unknown[] }>(
        SUMMARY,
        { ...period, groupBy },
        admin,
      );
      expect(response.errors, groupBy).toBeUndefined();
      expect(response.data?.collectionsSummary, groupBy).toEqual(rows);
    }
  }

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    // Two closed days either side of a midnight, in two currencies and methods, and the open day.
    await record(at(-2, -1), { currency: 'USD' });
    await record(at(-2));
    await record(at(-1, -1), { paymentMethod: 'CASH' });
    await record(at(-1, 3_600_000), { status: 'PENDING' });
    await record(at(0, 1));
  });
  afterAll(() => subgraph?.stop());

  it('starting the server closed every day before today', async () => {
    const rows = await query(sql`select closed_before::text as day from payment_service.collection_days`);
    expect(rows).toEqual([{ day: today }]);
    const state = await rollupAndRows();
    expect(state.rows.length).toBeGreaterThan(0);
    expect(state.rollup).toEqual(state.rows);
  });

  it('counts payments of closed days recorded late, and status changes after their day closed', async () => {
    const late = await record(at(-3, 5), { currency: 'USD' });
    await record(at(-1, DAY_MS - 1));
    await change(REVERSE, late);
    await change(FAIL, 'FT00000004');
    await change(REVERSE, 'FT00000002');
    const state = await rollupAndRows();
    expect(state.rows.some((row) => row.status === 'REVERSED')).toBe(true);
    expect(state.rollup).toEqual(state.rows);
    await expectSummariesExact({ from: at(-3, 3_600_000), to: at(1) });
  });

  it('counts one statement writing many rows across days, and a deletion', async () => {
    await query(
      sql`insert into payment_service.payments
         (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status,
          source_system, created_by, updated_by)
       select 'BULK' || n, 'LN00000001', 'CIF0000001', n + 0.25, 'VND',
         ${at(-5)}::timestamp + n * interval '7 hours', 'CASH', 'COMPLETED', 'T24', 'test', 'test'
       from generate_series(1, 20) as n`,
    );
    await query(sql`delete from payment_service.payments where reference_number in ('BULK3', 'BULK19')`);
    const state = await rollupAndRows();
    expect(state.rollup).toEqual(state.rows);
    await expectSummariesExact({ from: at(-6), to: at(2) });
  });

  it('closing the open day keeps the rollup exact, and later changes to it still count', async () => {
    await closeCollectionDays(subgraph.db, utcDayOf(new Date(midnight + DAY_MS)));
    const open = await record(at(0, 2));
    await change(REVERSE, open);
    const state = await rollupAndRows();
    expect(state.rollup).toEqual(state.rows);
    await expectSummariesExact({ from: at(-4, 1), to: at(1, 1) });
  });
});
