import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentFixture } from './support/fixtures';
import { type PaymentSubgraph, startPaymentSubgraph } from './support/payment-subgraph';

const PAYMENT = /* GraphQL */ `
  query Payment($referenceNumber: String!) {
    payment(referenceNumber: $referenceNumber) {
      id referenceNumber loanAccountNumber cif amount currency paymentDate paymentMethod status statusReason
      sourceSystem createdBy updatedBy createdAt updatedAt isEditable lastSyncedAt
      loan { accountNumber }
      customer { cif }
    }
  }
`;

describe('payment(referenceNumber)', () => {
  let subgraph: PaymentSubgraph;
  const reversed = paymentFixture(1, {
    referenceNumber: 'FT26031000001',
    loanAccountNumber: 'LN20250001',
    cif: 'CIF1000001',
    amount: '9999999999999999.99',
    currency: 'VND',
    paymentDate: new Date('2026-01-31T09:30:00.123Z'),
    paymentMethod: 'CASH',
    status: 'REVERSED',
    statusReason: 'Cheque returned unpaid',
    sourceSystem: 'W4',
    createdBy: 'w4-notify',
    updatedBy: 'ops.jdoe',
    createdAt: new Date('2026-01-31T09:30:05.000Z'),
    updatedAt: new Date('2026-02-02T16:00:00.000Z'),
    isEditable: true,
    lastSyncedAt: null,
  });

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.insert([reversed, paymentFixture(2, { amount: '1234.50' })]);
  });
  afterAll(() => subgraph?.stop());

  it('returns every column, with exact Decimal and UTC DateTime values and key stubs of loan and customer', async () => {
    const response = await subgraph.query(PAYMENT, { referenceNumber: 'FT26031000001' });
    expect(response).toEqual({
      data: {
        payment: {
          id: reversed.id,
          referenceNumber: 'FT26031000001',
          loanAccountNumber: 'LN20250001',
          cif: 'CIF1000001',
          amount: '9999999999999999.99',
          currency: 'VND',
          paymentDate: '2026-01-31T09:30:00.123Z',
          paymentMethod: 'CASH',
          status: 'REVERSED',
          statusReason: 'Cheque returned unpaid',
          sourceSystem: 'W4',
          createdBy: 'w4-notify',
          updatedBy: 'ops.jdoe',
          createdAt: '2026-01-31T09:30:05.000Z',
          updatedAt: '2026-02-02T16:00:00.000Z',
          isEditable: true,
          lastSyncedAt: null,
          loan: { accountNumber: 'LN20250001' },
          customer: { cif: 'CIF1000001' },
        },
      },
    });
  });

  it('keeps trailing zeros of amounts ("1234.50")', async () => {
    const response = await subgraph.query<{ payment: { amount: string } }>(
      /* GraphQL */ `query { payment(referenceNumber: "PAY00000002") { amount } }`,
    );
    expect(response.data?.payment.amount).toBe('1234.50');
  });

  it('returns null, not an error, for an unknown reference number', async () => {
    const response = await subgraph.query(PAYMENT, { referenceNumber: 'NO-SUCH-PAYMENT' });
    expect(response).toEqual({ data: { payment: null } });
  });
});
