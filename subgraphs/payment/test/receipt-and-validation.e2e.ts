import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const RECEIPT = /* GraphQL */ `
  query Receipt($referenceNumber: String!) {
    paymentReceipt(referenceNumber: $referenceNumber) {
      receiptNumber referenceNumber payerCif loanAccountNumber amount currency paymentMethod paymentDate status
      sourceSystem issuedAt payment { referenceNumber } loan { accountNumber }
    }
  }
`;

const VALIDATE = /* GraphQL */ `
  query Validate($input: RecordPaymentInput!) {
    validatePayment(input: $input) { valid problems { field message } }
  }
`;

interface ValidateData {
  validatePayment: { valid: boolean; problems: { field: string; message: string }[] };
}

describe('paymentReceipt and validatePayment', () => {
  let subgraph: PaymentSubgraph;

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.query(
      RECORD_PAYMENT,
      { input: paymentInput(1, { amount: '42.00', paymentMethod: 'CASH' }) },
      processor,
    );
  });
  afterAll(() => subgraph?.stop());

  it('issues a structured receipt of a payment, the same receipt number every time', async () => {
    const response = await subgraph.query<{ paymentReceipt: Record<string, unknown> }>(RECEIPT, {
      referenceNumber: 'FT00000001',
    });
    expect(response.data?.paymentReceipt).toEqual({
      receiptNumber: 'RCPT-FT00000001',
      referenceNumber: 'FT00000001',
      payerCif: 'CIF0000001',
      loanAccountNumber: 'LN00000001',
      amount: '42.00',
      currency: 'VND',
      paymentMethod: 'CASH',
      paymentDate: '2026-01-15T09:00:01.000Z',
      status: 'COMPLETED',
      sourceSystem: 'T24',
      issuedAt: expect.any(String),
      payment: { referenceNumber: 'FT00000001' },
      loan: { accountNumber: 'LN00000001' },
    });
  });

  it('returns null for an unknown payment', async () => {
    expect(await subgraph.query(RECEIPT, { referenceNumber: 'NO-SUCH' })).toEqual({
      data: { paymentReceipt: null },
    });
  });

  it('lists every problem of an input at once, and writes nothing', async () => {
    const before = await subgraph.counts();
    const response = await subgraph.query<ValidateData>(VALIDATE, {
      input: paymentInput(2, { amount: '10.123', currency: 'ABC', referenceNumber: 'X'.repeat(21) }),
    });
    expect(response.data?.validatePayment.valid).toBe(false);
    expect(response.data?.validatePayment.problems.map((problem) => problem.field)).toEqual([
      'input.referenceNumber',
      'input.amount',
      'input.currency',
    ]);
    expect(await subgraph.counts()).toEqual(before);
  });

  it('finds a conflict with the stored payment, and accepts a valid or identical one', async () => {
    const conflict = await subgraph.query<ValidateData>(VALIDATE, {
      input: paymentInput(1, { amount: '43.00', paymentMethod: 'CASH' }),
    });
    expect(conflict.data?.validatePayment).toMatchObject({
      valid: false,
      problems: [{ field: 'input.amount' }],
    });
    const identical = await subgraph.query<ValidateData>(VALIDATE, {
      input: paymentInput(1, { amount: '42', paymentMethod: 'CASH' }),
    });
    expect(identical.data?.validatePayment).toEqual({ valid: true, problems: [] });
    const fresh = await subgraph.query<ValidateData>(VALIDATE, { input: paymentInput(3) });
    expect(fresh.data?.validatePayment).toEqual({ valid: true, problems: [] });
  });
});
