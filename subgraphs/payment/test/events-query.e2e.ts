import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const EVENTS = /* GraphQL */ `
  query Events($after: String, $first: Int, $filter: PaymentEventFilter) {
    paymentEvents(after: $after, first: $first, filter: $filter) {
      edges { cursor node { sequence type paymentReferenceNumber loanAccountNumber cif amount currency status occurredAt } }
      nodes { sequence payment { referenceNumber status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface EventsData {
  paymentEvents: {
    edges: { cursor: string; node: { sequence: string; type: string; amount: string; occurredAt: string } }[];
    nodes: { sequence: string; payment: { referenceNumber: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('Query.paymentEvents', () => {
  let subgraph: PaymentSubgraph;
  const events = (variables: Record<string, unknown>) => subgraph.query<EventsData>(EVENTS, variables);

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    for (let n = 1; n <= 9; n += 1) {
      await subgraph.query(RECORD_PAYMENT, { input: paymentInput(n, { amount: `${n}000.00` }) }, processor);
    }
    await subgraph.query(
      /* GraphQL */ `mutation { reversePayment(input: { referenceNumber: "FT00000002", reason: "Returned" }) { changed } }`,
      {},
      processor,
    );
  });
  afterAll(() => subgraph?.stop());

  it('pages through the outbox oldest first, the cursor being the sequence', async () => {
    const first = await events({ first: 4 });
    expect(first.data?.paymentEvents.edges.map((edge) => [edge.cursor, edge.node.sequence])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
    ]);
    expect(first.data?.paymentEvents.pageInfo).toEqual({ hasNextPage: true, endCursor: '4' });
    const rest = await events({ after: '4', first: 100 });
    expect(rest.data?.paymentEvents.nodes.map((node) => node.sequence)).toEqual([
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(rest.data?.paymentEvents.pageInfo).toEqual({ hasNextPage: false, endCursor: '10' });
    const none = await events({ after: '10' });
    expect(none.data?.paymentEvents).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('carries the event fields and resolves the payment as it is now', async () => {
    const response = await events({ after: '1', first: 1 });
    expect(response.data?.paymentEvents.edges[0]?.node).toEqual({
      sequence: '2',
      type: 'PAYMENT_RECEIVED',
      paymentReferenceNumber: 'FT00000002',
      loanAccountNumber: 'LN00000002',
      cif: 'CIF0000000',
      amount: '2000.00',
      currency: 'VND',
      status: 'COMPLETED',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(response.data?.paymentEvents.nodes[0]?.payment).toEqual({
      referenceNumber: 'FT00000002',
      status: 'REVERSED',
    });
  });

  it('filters by customer, loan, types and minimum amount', async () => {
    const sequences = async (filter: Record<string, unknown>) =>
      (await events({ filter })).data?.paymentEvents.nodes.map((node) => node.sequence);
    expect(await sequences({ cif: 'CIF0000001' })).toEqual(['1', '3', '5', '7', '9']);
    expect(await sequences({ loanAccountNumber: 'LN00000002' })).toEqual(['2', '5', '8', '10']);
    expect(await sequences({ types: ['PAYMENT_REVERSED'] })).toEqual(['10']);
    expect(await sequences({ minAmount: '7000', types: ['PAYMENT_RECEIVED', 'PAYMENT_FAILED'] })).toEqual([
      '7',
      '8',
      '9',
    ]);
  });

  it('answers BAD_USER_INPUT for a bad cursor, an empty type list or a page above 500', async () => {
    expect((await events({ after: '-1' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect((await events({ filter: { types: [] } })).errors?.[0]?.extensions).toMatchObject({
      field: 'filter.types',
    });
    expect((await events({ first: 501 })).errors?.[0]?.extensions).toMatchObject({ field: 'first' });
  });
});
