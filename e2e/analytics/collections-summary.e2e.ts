/**
 * collectionsSummary through the gateway on the demo payments, every grouping checked group by group and
 * currency by currency against SQL the test computes itself; bad periods are coded errors.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS_KEY_SQL as KEYS } from '../../subgraphs/payment/test/support/collections';
import { type CollectionsRow, expectedCollections } from './support/expected';

const SUMMARY_QUERY = /* GraphQL */ `query Summary($from: DateTime!, $to: DateTime!, $groupBy: CollectionsGroupBy!) {
  collectionsSummary(from: $from, to: $to, groupBy: $groupBy) { key currency count amount }
}`;

describe('collectionsSummary through the gateway', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;
  /** A whole year of demo payments, and its last week for hours. */
  let year: { from: string; to: string };
  let week: { from: string; to: string };

  const summary = (variables: Record<string, unknown>) =>
    stack.query<{ collectionsSummary: CollectionsRow[] }>(SUMMARY_QUERY, variables, viewers.supervisor);

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 300 } }));
    const { rows } = await stack.sql.query<{ last: Date }>(
      'select max(payment_date) as last from payment_service.payments',
    );
    const last = rows[0]?.last;
    if (!last) throw new Error('the demo data has no payments');
    // Half-open periods ending on a payment: the end is exclusive, so that payment falls outside.
    const to = last.toISOString();
    year = { from: new Date(last.getTime() - 366 * 86_400_000).toISOString(), to };
    week = { from: new Date(last.getTime() - 7 * 86_400_000).toISOString(), to };
  });
  afterAll(() => disposal.dispose());

  it.each(['DAY', 'METHOD', 'STATUS', 'SOURCE_SYSTEM'] as const)('by %s over a year', async (groupBy) => {
    const expected = await expectedCollections(stack.sql, KEYS[groupBy], year, groupBy === 'STATUS');
    expect(new Set(expected.map((row) => row.currency)).size).toBeGreaterThan(1);
    const response = await summary({ ...year, groupBy });
    expect(response.errors).toBeUndefined();
    expect(response.data?.collectionsSummary).toEqual(expected);
  });

  it('by HOUR over a week: UTC hours as ISO timestamps; only COMPLETED payments count', async () => {
    const expected = await expectedCollections(stack.sql, KEYS.HOUR, week, false);
    expect(expected.length).toBeGreaterThan(0);
    const response = await summary({ ...week, groupBy: 'HOUR' });
    expect(response.data?.collectionsSummary).toEqual(expected);
    const byStatus = await summary({ ...week, groupBy: 'STATUS' });
    const completed = byStatus.data?.collectionsSummary.filter((group) => group.key === 'COMPLETED') ?? [];
    const count = (rows: readonly CollectionsRow[]) => rows.reduce((sum, row) => sum + row.count, 0);
    expect(count(completed)).toBe(count(expected));
  });

  it('bad periods are BAD_USER_INPUT naming to', async () => {
    const periods = [
      { from: week.to, to: week.to, groupBy: 'DAY' },
      { from: week.to, to: week.from, groupBy: 'METHOD' },
      { from: '2025-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z', groupBy: 'DAY' },
      { from: '2026-01-01T00:00:00Z', to: '2026-02-02T00:00:00Z', groupBy: 'HOUR' },
    ];
    for (const period of periods) {
      const response = await summary(period);
      expect(response.data, JSON.stringify(period)).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    }
  });
});
