import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentRow } from '../src/db/database';
import { paymentFixture } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Payment { referenceNumber amount paymentDate status loan { accountNumber } customer { cif } }
      ... on Loan { accountNumber payments(first: 1) { nodes { referenceNumber } } }
      ... on Customer { cif payments(first: 1) { nodes { referenceNumber } } }
    }
  }
`;

const fixtures: PaymentRow[] = Array.from({ length: 60 }, (_, n) =>
  paymentFixture(n, { loanAccountNumber: `LN${n % 3}`, cif: `CIF${n % 2}` }),
);

describe('_entities: how the gateway resolves payment-subgraph entities', () => {
  let subgraph: PaymentSubgraph;

  async function entities(representations: object[]) {
    const response = await subgraph.query<{ _entities: unknown[] }>(ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    return response.data?._entities;
  }
  const paymentRef = (referenceNumber: string) => ({ __typename: 'Payment', referenceNumber });

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert(fixtures);
  });
  afterAll(() => subgraph?.stop());

  it('resolves payments by reference number in representation order, null for unknown ones', async () => {
    expect(
      await entities([paymentRef('PAY00000042'), paymentRef('UNKNOWN'), paymentRef('PAY00000007')]),
    ).toEqual([
      {
        __typename: 'Payment',
        referenceNumber: 'PAY00000042',
        amount: '42.50',
        paymentDate: '2026-01-02T18:00:00.000Z',
        status: 'COMPLETED',
        loan: { accountNumber: 'LN0' },
        customer: { cif: 'CIF0' },
      },
      null,
      {
        __typename: 'Payment',
        referenceNumber: 'PAY00000007',
        amount: '7.50',
        paymentDate: '2026-01-01T07:00:00.000Z',
        status: 'COMPLETED',
        loan: { accountNumber: 'LN1' },
        customer: { cif: 'CIF1' },
      },
    ]);
  });

  it('resolves 5 and 50 payments with one SQL statement each', async () => {
    const refs = (count: number) => fixtures.slice(0, count).map((row) => paymentRef(row.referenceNumber));
    subgraph.statements.reset();
    await entities(refs(5));
    const forFive = subgraph.statements.count();
    subgraph.statements.reset();
    const resolved = await entities(refs(50));
    expect(resolved).toHaveLength(50);
    expect(resolved).not.toContain(null);
    expect({ forFive, forFifty: subgraph.statements.count() }).toEqual({ forFive: 1, forFifty: 1 });
  });

  it('resolves Loan and Customer stubs from their key alone, including keys without payments', async () => {
    subgraph.statements.reset();
    expect(
      await entities([
        { __typename: 'Loan', accountNumber: 'LN2' },
        { __typename: 'Customer', cif: 'CIF1' },
        { __typename: 'Loan', accountNumber: 'LN-UNSYNCED' },
      ]),
    ).toEqual([
      { __typename: 'Loan', accountNumber: 'LN2', payments: { nodes: [{ referenceNumber: 'PAY00000059' }] } },
      { __typename: 'Customer', cif: 'CIF1', payments: { nodes: [{ referenceNumber: 'PAY00000059' }] } },
      { __typename: 'Loan', accountNumber: 'LN-UNSYNCED', payments: { nodes: [] } },
    ]);
    // The stubs themselves cost nothing: one statement for the loans' payments, one for the customer's.
    expect(subgraph.statements.count()).toBe(2);
  });
});
