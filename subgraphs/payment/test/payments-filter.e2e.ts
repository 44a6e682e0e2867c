import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentRow } from '../src/db/database';
import { cycle, newestFirst, paymentFixture, referenceNumbers } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const PAYMENTS = /* GraphQL */ `
  query Payments($filter: PaymentFilter) {
    payments(filter: $filter, first: 100) { nodes { referenceNumber } pageInfo { hasNextPage } }
  }
`;

const STATUSES: [string, ...string[]] = ['PENDING', 'COMPLETED', 'FAILED', 'REVERSED'];

/** 40 payments over 2 loans of 2 customers, one per hour from 2026-01-01T00:00Z, statuses in turn. */
const fixtures: PaymentRow[] = Array.from({ length: 40 }, (_, n) =>
  paymentFixture(n, {
    loanAccountNumber: n % 2 === 0 ? 'LN-EVEN' : 'LN-ODD',
    cif: n % 4 < 2 ? 'CIF-A' : 'CIF-B',
    status: cycle(STATUSES, n),
  }),
);

describe('payments(filter)', () => {
  let subgraph: PaymentSubgraph;

  async function listed(filter: Record<string, unknown>) {
    const response = await subgraph.query<{ payments: { nodes: { referenceNumber: string }[] } }>(PAYMENTS, {
      filter,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.payments.nodes.map((node) => node.referenceNumber);
  }
  const expected = (keep: (row: PaymentRow) => boolean) =>
    referenceNumbers(newestFirst(fixtures.filter(keep)));

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert(fixtures);
  });
  afterAll(() => subgraph?.stop());

  it('lists every payment, newest first, without a filter', async () => {
    expect(await listed({})).toEqual(expected(() => true));
  });

  it('filters by loan account number', async () => {
    expect(await listed({ loanAccountNumber: 'LN-ODD' })).toEqual(
      expected((r) => r.loanAccountNumber === 'LN-ODD'),
    );
  });

  it('filters by customer', async () => {
    expect(await listed({ cif: 'CIF-B' })).toEqual(expected((r) => r.cif === 'CIF-B'));
  });

  it('filters by payment date, from inclusive and to exclusive', async () => {
    const from = new Date('2026-01-01T05:00:00.000Z');
    const to = new Date('2026-01-01T09:00:00.000Z');
    const listedInRange = await listed({
      paymentDateFrom: from.toISOString(),
      paymentDateTo: to.toISOString(),
    });
    expect(listedInRange).toEqual(expected((r) => r.paymentDate >= from && r.paymentDate < to));
    expect(listedInRange).toEqual(['PAY00000008', 'PAY00000007', 'PAY00000006', 'PAY00000005']);
  });

  it('filters by any of several statuses', async () => {
    expect(await listed({ status: ['FAILED', 'REVERSED'] })).toEqual(
      expected((r) => r.status === 'FAILED' || r.status === 'REVERSED'),
    );
  });

  it('combines conditions: all must hold', async () => {
    const from = new Date('2026-01-01T10:00:00.000Z');
    expect(
      await listed({
        loanAccountNumber: 'LN-EVEN',
        cif: 'CIF-A',
        status: ['PENDING'],
        paymentDateFrom: from,
      }),
    ).toEqual(
      expected(
        (r) =>
          r.loanAccountNumber === 'LN-EVEN' &&
          r.cif === 'CIF-A' &&
          r.status === 'PENDING' &&
          r.paymentDate >= from,
      ),
    );
  });

  it('rejects a date range whose end is not after its start, naming the field', async () => {
    const response = await subgraph.query(PAYMENTS, {
      filter: { paymentDateFrom: '2026-01-02T00:00:00Z', paymentDateTo: '2026-01-02T00:00:00Z' },
    });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.paymentDateTo',
    });
  });

  it('rejects an empty status list, naming the field', async () => {
    const response = await subgraph.query(PAYMENTS, { filter: { status: [] } });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.status',
    });
  });
});
