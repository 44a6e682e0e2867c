import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput } from './support/payments';

const NOTIFY = /* GraphQL */ `
  mutation Notify($input: PaymentNotificationInput!) {
    processPaymentNotification(input: $input) {
      created
      payment { referenceNumber status }
      event { type }
      receipt { receiptNumber referenceNumber payerCif loanAccountNumber amount currency paymentMethod status issuedAt }
    }
  }
`;

interface NotifyData {
  processPaymentNotification: {
    created: boolean;
    payment: { referenceNumber: string; status: string };
    event: { type: string } | null;
    receipt: Record<string, string> | null;
  };
}

describe('processPaymentNotification', () => {
  let subgraph: PaymentSubgraph;
  const notify = (input: Record<string, unknown>) => subgraph.query<NotifyData>(NOTIFY, { input }, processor);

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
  });
  afterAll(() => subgraph?.stop());

  it('records the notified payment with its event and returns its receipt when asked', async () => {
    const response = await notify({
      ...paymentInput(1, { amount: '500.00', currency: 'USD' }),
      requiresReceipt: true,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.processPaymentNotification).toEqual({
      created: true,
      payment: { referenceNumber: 'FT00000001', status: 'COMPLETED' },
      event: { type: 'PAYMENT_RECEIVED' },
      receipt: {
        receiptNumber: 'RCPT-FT00000001',
        referenceNumber: 'FT00000001',
        payerCif: 'CIF0000001',
        loanAccountNumber: 'LN00000001',
        amount: '500.00',
        currency: 'USD',
        paymentMethod: 'BANK_TRANSFER',
        status: 'COMPLETED',
        issuedAt: expect.any(String),
      },
    });
  });

  it('returns no receipt unless asked', async () => {
    const response = await notify(paymentInput(2));
    expect(response.data?.processPaymentNotification).toMatchObject({ created: true, receipt: null });
  });

  it('is one payment when the same notification arrives twice', async () => {
    const before = await subgraph.counts();
    const again = await notify({
      ...paymentInput(1, { amount: '500.0', currency: 'USD' }),
      requiresReceipt: true,
    });
    expect(again.data?.processPaymentNotification).toMatchObject({
      created: false,
      event: null,
      receipt: { receiptNumber: 'RCPT-FT00000001' },
    });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('answers CONFLICT naming the field for the same reference number with different data', async () => {
    const response = await notify(paymentInput(2, { paymentMethod: 'CASH' }));
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.paymentMethod',
    });
  });
});
