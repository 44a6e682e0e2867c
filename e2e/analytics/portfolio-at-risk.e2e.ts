/**
 * portfolioAtRisk through the gateway on the demo data: PAR30/60/90, whole and by product type or segment,
 * checked group by group and currency by currency against SQL the test computes itself; bad `days` is coded.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtRisk, expectedPar } from './support/expected';

const PAR_QUERY = /* GraphQL */ `query Par($days: Int!, $groupBy: PortfolioGroupBy, $filter: PortfolioFilter) {
  portfolioAtRisk(days: $days, groupBy: $groupBy, filter: $filter) {
    key currency days atRiskLoanCount loanCount atRisk outstanding ratio
  }
}`;

describe('portfolioAtRisk through the gateway', () => {
  const disposal = new DisposalStack();
  let stack: TestStack;

  const par = (variables: Record<string, unknown>) =>
    stack.query<{ portfolioAtRisk: AtRisk[] }>(PAR_QUERY, variables, viewers.analyst);

  beforeAll(async () => {
    stack = disposal.use(await startTestStack({ demo: { customers: 300 } }));
  });
  afterAll(() => disposal.dispose());

  it.each([30, 60, 90])('PAR%i of the whole portfolio, per currency', async (days) => {
    const expected = await expectedPar(stack.sql, days, 'null::text');
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.every((row) => row.atRiskLoanCount > 0)).toBe(true);
    const response = await par({ days });
    expect(response.errors).toBeUndefined();
    expect(response.data?.portfolioAtRisk).toEqual(expected);
  });

  it('PAR30 by product type and by segment, and filtered', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ groupBy: 'PRODUCT_TYPE' }, 'l.product_type', 'true'],
      [{ groupBy: 'SEGMENT' }, 'c.segment', 'true'],
      [{ groupBy: 'SEGMENT', filter: { sourceSystem: ['T24'] } }, 'c.segment', `l.source_system = 'T24'`],
    ];
    for (const [variables, keyColumn, where] of cases) {
      const expected = await expectedPar(stack.sql, 30, keyColumn, where);
      expect(new Set(expected.map((row) => row.key)).size).toBeGreaterThan(1);
      const response = await par({ days: 30, ...variables });
      expect(response.errors, JSON.stringify(variables)).toBeUndefined();
      expect(response.data?.portfolioAtRisk, JSON.stringify(variables)).toEqual(expected);
    }
  });

  it('days other than 30, 60 or 90 is BAD_USER_INPUT naming days', async () => {
    for (const days of [0, 45, -30, 365]) {
      const response = await par({ days });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    }
  });
});
