import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentRow } from '../src/db/database';
import { newestFirst, paymentFixture } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const LOAN_PAYMENTS = /* GraphQL */ `
  query LoanPayments($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Loan {
        accountNumber
        payments(first: $first, after: $after) {
          edges { cursor node { referenceNumber amount paymentDate } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

interface LoanPage {
  accountNumber: string;
  payments: {
    edges: { cursor: string; node: { referenceNumber: string; amount: string; paymentDate: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const loanNumber = (i: number) => `LN${String(i).padStart(8, '0')}`;

/** Loan i has i % 12 payments (0 to 11); payment dates come in equal pairs, so ids break ties. */
function loanFixtures(loans: number): PaymentRow[] {
  const rows: PaymentRow[] = [];
  for (let i = 0; i < loans; i++) {
    for (let p = 0; p < i % 12; p++) {
      const n = rows.length;
      rows.push(
        paymentFixture(n, {
          loanAccountNumber: loanNumber(i),
          cif: `CIF${String(i % 10).padStart(7, '0')}`,
          paymentDate: new Date(Date.UTC(2026, 0, 1) + Math.floor(n / 2) * 3_600_000),
        }),
      );
    }
  }
  return rows;
}

describe('Loan.payments: the last N payments of many loans', () => {
  let subgraph: PaymentSubgraph;
  const fixtures = loanFixtures(50);
  const paymentsOf = (account: string) =>
    newestFirst(fixtures.filter((row) => row.loanAccountNumber === account));
  const representations = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ __typename: 'Loan', accountNumber: loanNumber(i) }));

  async function loanPages(reps: object[], first: number, after?: string) {
    const response = await subgraph.query<{ _entities: LoanPage[] }>(LOAN_PAYMENTS, {
      representations: reps,
      first,
      after,
    });
    expect(response.errors).toBeUndefined();
    return response.data?._entities ?? [];
  }

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert(fixtures);
  });
  afterAll(() => subgraph?.stop());

  it('runs one SQL statement for 5 loans and for 50 loans', async () => {
    subgraph.statements.reset();
    await loanPages(representations(5), 5);
    const forFive = subgraph.statements.count();
    subgraph.statements.reset();
    await loanPages(representations(50), 5);
    const forFifty = subgraph.statements.count();
    expect({ forFive, forFifty }).toEqual({ forFive: 1, forFifty: 1 });
  });

  it('gives each loan its 5 newest payments, in key order, with the right hasNextPage', async () => {
    const pages = await loanPages(representations(50), 5);
    expect(pages.map((page) => page.accountNumber)).toEqual(representations(50).map((r) => r.accountNumber));
    for (const page of pages) {
      const expected = paymentsOf(page.accountNumber);
      const nodes = page.payments.edges.map((edge) => edge.node);
      expect(nodes).toEqual(
        expected.slice(0, 5).map((row) => ({
          referenceNumber: row.referenceNumber,
          amount: row.amount,
          paymentDate: row.paymentDate.toISOString(),
        })),
      );
      expect(page.payments.pageInfo).toEqual({
        hasNextPage: expected.length > 5,
        endCursor: page.payments.edges.at(-1)?.cursor ?? null,
      });
    }
  });

  it('runs one statement per distinct page request, however many loans share it', async () => {
    subgraph.statements.reset();
    const response = await subgraph.query(
      /* GraphQL */ `
        query TwoPageSizes($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Loan {
              latest: payments(first: 1) { nodes { referenceNumber } }
              recent: payments(first: 5) { nodes { referenceNumber } }
            }
          }
        }
      `,
      { representations: representations(50) },
    );
    expect(response.errors).toBeUndefined();
    expect(subgraph.statements.count()).toBe(2);
  });

  it("continues one loan's list from endCursor without gap or duplicate, to its end", async () => {
    const account = loanNumber(11);
    const seen: string[] = [];
    let after: string | undefined;
    let hasNextPage = true;
    while (hasNextPage) {
      const [page] = await loanPages([{ __typename: 'Loan', accountNumber: account }], 5, after);
      if (!page) throw new Error('the loan representation resolved to nothing');
      seen.push(...page.payments.edges.map((edge) => edge.node.referenceNumber));
      hasNextPage = page.payments.pageInfo.hasNextPage;
      after = page.payments.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(paymentsOf(account).map((row) => row.referenceNumber));
    expect(seen).toHaveLength(11);
  });
});
