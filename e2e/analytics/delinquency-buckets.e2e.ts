/**
 * delinquencyBuckets through the gateway on the demo data, checked bucket by bucket and currency by currency
 * against SQL the test computes itself (support/expected.ts), whole and filtered.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUCKETS, type Bucket, bucketsAnswer, expectedBuckets } from './support/expected';

const BUCKETS_QUERY = /* GraphQL */ `query Buckets($asOf: Date, $filter: PortfolioFilter) {
  delinquencyBuckets(asOf: $asOf, filter: $filter) {
    label minDpd maxDpd loanCount outstanding { currency amount } share { currency amount total ratio }
  }
}`;

describe('delinquencyBuckets through the gateway', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;

  const buckets = (variables: Record<string, unknown>, caller = viewers.analyst) =>
    stack.query<{ delinquencyBuckets: Bucket[] }>(BUCKETS_QUERY, variables, caller);

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 300 } }));
  });
  afterAll(() => disposal.dispose());

  it('splits every open loan into the six buckets, per currency, with each bucket share of the portfolio', async () => {
    const expected = bucketsAnswer(await expectedBuckets(stack.sql));
    expect(expected.some((bucket) => bucket.outstanding.length > 1)).toBe(true);
    const response = await buckets({});
    expect(response.errors).toBeUndefined();
    expect(response.data?.delinquencyBuckets).toEqual(expected);
  });

  it('filters by product type, segment and source system, alone and together', async () => {
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [
        { productType: ['CREDIT_CARD', 'MORTGAGE'] },
        'l.product_type = any($1)',
        [['CREDIT_CARD', 'MORTGAGE']],
      ],
      [{ segment: ['SME'] }, 'c.segment = any($1)', [['SME']]],
      [{ sourceSystem: ['W4'] }, 'l.source_system = any($1)', [['W4']]],
      [
        { productType: ['PERSONAL_LOAN'], segment: ['RETAIL', 'PRIORITY'], sourceSystem: ['T24'] },
        'l.product_type = any($1) and c.segment = any($2) and l.source_system = any($3)',
        [['PERSONAL_LOAN'], ['RETAIL', 'PRIORITY'], ['T24']],
      ],
    ];
    for (const [filter, where, params] of cases) {
      const expected = bucketsAnswer(await expectedBuckets(stack.sql, where, params));
      expect(expected.some((bucket) => bucket.loanCount > 0)).toBe(true);
      const response = await buckets({ filter });
      expect(response.errors, JSON.stringify(filter)).toBeUndefined();
      expect(response.data?.delinquencyBuckets, JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('an empty filter list matches no loan: six empty buckets', async () => {
    const response = await buckets({ filter: { productType: [] } });
    expect(
      response.data?.delinquencyBuckets.map((bucket) => [bucket.loanCount, bucket.share.length]),
    ).toEqual(BUCKETS.map(() => [0, 0]));
  });

  it('asOf: today answers; any other day is BAD_USER_INPUT naming asOf', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const current = await buckets({});
    expect(await buckets({ asOf: today })).toEqual(current);
    const response = await buckets({ asOf: '2026-01-31' });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
