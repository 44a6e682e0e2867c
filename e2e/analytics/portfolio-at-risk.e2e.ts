/**
 * portfolioAtRisk through the gateway on the demo data: PAR30/60/90, whole and by product type or segment,
 * checked group by group and currency by currency against SQL the test computes itself; bad `days` is coded.
 */
import { DisposalStack, viewers } from '@collexis/platform/testing';
import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface AtRisk {
  key: string | null;
  currency: string;
  days: number;
  atRiskLoanCount: number;
  loanCount: number;
  atRisk: string;
  outstanding: string;
  ratio: string;
}

const PAR_QUERY = /* GraphQL */ `query Par($days: Int!, $groupBy: PortfolioGroupBy, $filter: PortfolioFilter) {
  portfolioAtRisk(days: $days, groupBy: $groupBy, filter: $filter) {
    key currency days atRiskLoanCount loanCount atRisk outstanding ratio
  }
}`;

/** The test's own PAR: at-risk and total outstanding summed separately, then joined and divided. */
async function expectedPar(sql: TestStack['sql'], days: number, keyColumn: string, where = 'true') {
  const { rows } = await sql.query<AtRisk>(
    `with open_loans as (
       select ${keyColumn} as key, l.currency, l.dpd, l.outstanding
       from bank_sync_service.loans l join bank_sync_service.customers c on c.cif = l.cif
       where l.status = 'OPEN' and ${where}),
     late as (select key, currency, count(*)::int as n, sum(outstanding) as amount
              from open_loans where dpd > $1 group by key, currency),
     whole as (select key, currency, count(*)::int as n, sum(outstanding) as amount from open_loans group by key, currency)
     select w.key, w.currency, $1::int as days, coalesce(late.n, 0) as "atRiskLoanCount", w.n as "loanCount",
       to_char(coalesce(late.amount, 0), 'FM999999999999999990.00') as "atRisk", w.amount::text as outstanding,
       round(coalesce(late.amount, 0) / w.amount, 6)::text as ratio
     from whole w left join late on late.key is not distinct from w.key and late.currency = w.currency
     order by w.key, w.currency`,
    [days],
  );
  return rows;
}

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
