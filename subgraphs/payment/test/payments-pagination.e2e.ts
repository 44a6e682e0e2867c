import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentRow } from '../src/db/database';
import { newestFirst, paymentFixture, referenceNumbers } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const PAYMENTS = /* GraphQL */ `
  query Payments($first: Int, $after: String, $filter: PaymentFilter) {
    payments(first: $first, after: $after, filter: $filter) {
      edges { cursor node { referenceNumber } }
      nodes { referenceNumber }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface PaymentsPage {
  payments: {
    edges: { cursor: string; node: { referenceNumber: string } }[];
    nodes: { referenceNumber: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** 45 payments, three to an hour: the sort must fall back to the id within each hour. */
const fixtures: PaymentRow[] = Array.from({ length: 45 }, (_, n) =>
  paymentFixture(n, { paymentDate: new Date(Date.UTC(2026, 0, 1, Math.floor(n / 3))) }),
);

describe('payments pagination', () => {
  let subgraph: PaymentSubgraph;

  async function page(variables: Record<string, unknown>) {
    const response = await subgraph.query<PaymentsPage>(PAYMENTS, variables);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.payments;
  }

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert(fixtures);
  });
  afterAll(() => subgraph?.stop());

  it('walks every payment page by page via endCursor, newest first, without gap or duplicate', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const current = await page({ first: 7, after });
      expect(current.nodes).toEqual(current.edges.map((edge) => edge.node));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      seen.push(...current.nodes.map((node) => node.referenceNumber));
      pages += 1;
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
    } while (after !== null);
    expect(pages).toBe(7);
    expect(seen).toEqual(referenceNumbers(newestFirst(fixtures)));
  });

  it('continues a filtered list with the same filter', async () => {
    const filter = { paymentDateTo: '2026-01-01T10:00:00.000Z' };
    const first = await page({ first: 20, filter });
    const second = await page({ first: 20, filter, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges.at(-1)?.cursor });
    expect([...first.nodes, ...second.nodes].map((node) => node.referenceNumber)).toEqual(
      referenceNumbers(
        newestFirst(fixtures.filter((row) => row.paymentDate < new Date(filter.paymentDateTo))),
      ),
    );
  });

  it('returns 20 payments when first is omitted', async () => {
    const current = await page({});
    expect(current.nodes).toHaveLength(20);
    expect(current.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects first over 100 with BAD_USER_INPUT on the field first', async () => {
    const response = await subgraph.query(PAYMENTS, { first: 101 });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects an after that is not a cursor it returned with BAD_USER_INPUT on the field after', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString(
      'base64url',
    );
    for (const after of ['garbage', forged]) {
      const response = await subgraph.query(PAYMENTS, { after });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
