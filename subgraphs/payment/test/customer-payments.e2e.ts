import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentRow } from '../src/db/database';
import { cycle, newestFirst, paymentFixture, referenceNumbers } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const CUSTOMER_PAYMENTS = /* GraphQL */ `
  query CustomerPayments(
    $representations: [_Any!]!
    $first: Int
    $after: String
    $filter: CustomerPaymentFilter
  ) {
    _entities(representations: $representations) {
      ... on Customer {
        cif
        payments(first: $first, after: $after, filter: $filter) {
          nodes { referenceNumber }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

interface CustomerPage {
  cif: string;
  payments: {
    nodes: { referenceNumber: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const STATUSES: [string, ...string[]] = ['COMPLETED', 'COMPLETED', 'FAILED', 'PENDING', 'REVERSED'];
const cifOf = (i: number) => `CIF${String(i).padStart(7, '0')}`;

/** 50 customers with 2 loans each; customer i has i % 9 payments per loan, statuses in turn. */
const fixtures: PaymentRow[] = [];
for (let i = 0; i < 50; i++) {
  for (let p = 0; p < 2 * (i % 9); p++) {
    const n = fixtures.length;
    fixtures.push(
      paymentFixture(n, { cif: cifOf(i), loanAccountNumber: `LN${i}-${p % 2}`, status: cycle(STATUSES, n) }),
    );
  }
}

describe("Customer.payments: a customer's payments across their loans", () => {
  let subgraph: PaymentSubgraph;
  const customers = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ __typename: 'Customer', cif: cifOf(i) }));

  async function customerPages(variables: Record<string, unknown>) {
    const response = await subgraph.query<{ _entities: CustomerPage[] }>(CUSTOMER_PAYMENTS, variables);
    expect(response.errors).toBeUndefined();
    return response.data?._entities ?? [];
  }

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert(fixtures);
  });
  afterAll(() => subgraph?.stop());

  it("filters each customer's page by status and date in one SQL statement for 5 and for 50 customers", async () => {
    const filter = { status: ['COMPLETED', 'PENDING'], paymentDateFrom: '2026-01-02T00:00:00.000Z' };
    subgraph.statements.reset();
    await customerPages({ representations: customers(5), first: 3, filter });
    const forFive = subgraph.statements.count();
    subgraph.statements.reset();
    const pages = await customerPages({ representations: customers(50), first: 3, filter });
    expect({ forFive, forFifty: subgraph.statements.count() }).toEqual({ forFive: 1, forFifty: 1 });

    expect(pages.filter((page) => page.payments.pageInfo.hasNextPage).length).toBeGreaterThan(10);
    const from = new Date(filter.paymentDateFrom);
    for (const page of pages) {
      const expected = newestFirst(
        fixtures.filter(
          (row) =>
            row.cif === page.cif &&
            (row.status === 'COMPLETED' || row.status === 'PENDING') &&
            row.paymentDate >= from,
        ),
      );
      expect(page.payments.nodes.map((node) => node.referenceNumber)).toEqual(
        referenceNumbers(expected.slice(0, 3)),
      );
      expect(page.payments.pageInfo.hasNextPage).toBe(expected.length > 3);
    }
  });

  it("continues one customer's list from endCursor across both loans", async () => {
    const representations = [{ __typename: 'Customer', cif: cifOf(8) }];
    const [first] = await customerPages({ representations, first: 10 });
    const [second] = await customerPages({
      representations,
      first: 10,
      after: first?.payments.pageInfo.endCursor,
    });
    expect(second?.payments.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(
      [...(first?.payments.nodes ?? []), ...(second?.payments.nodes ?? [])].map((n) => n.referenceNumber),
    ).toEqual(referenceNumbers(newestFirst(fixtures.filter((row) => row.cif === cifOf(8)))));
  });

  it('rejects an empty date range with BAD_USER_INPUT on the field', async () => {
    const response = await subgraph.query(CUSTOMER_PAYMENTS, {
      representations: customers(1),
      filter: { paymentDateFrom: '2026-02-01T00:00:00Z', paymentDateTo: '2026-01-01T00:00:00Z' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.paymentDateTo',
    });
  });
});
