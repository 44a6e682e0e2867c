import { callerOf } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const CHANGE = (
  mutation: 'completePayment' | 'failPayment' | 'reversePayment',
  input: string,
) => /* GraphQL */ `
  mutation Change($input: ${input}!) {
    ${mutation}(input: $input) {
      changed
      payment { referenceNumber status statusReason updatedBy }
      event { sequence type status paymentReferenceNumber }
    }
  }
`;
const COMPLETE = CHANGE('completePayment', 'CompletePaymentInput');
const FAIL = CHANGE('failPayment', 'FailPaymentInput');
const REVERSE = CHANGE('reversePayment', 'ReversePaymentInput');

interface ChangeData {
  [mutation: string]: {
    changed: boolean;
    payment: { status: string; statusReason: string | null; updatedBy: string };
    event: { type: string; status: string } | null;
  };
}

interface AuditData {
  paymentAuditLog: {
    nodes: {
      operation: string;
      actor: string;
      before: { status: string } | null;
      after: { status: string };
    }[];
  };
}

describe('payment status changes', () => {
  let subgraph: PaymentSubgraph;
  const change = (mutation: string, input: Record<string, unknown>) =>
    subgraph.query<ChangeData>(mutation, { input }, callerOf('ops.jdoe', 'ADMIN'));

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    for (const n of [1, 2, 3]) {
      await subgraph.query(RECORD_PAYMENT, { input: paymentInput(n, { status: 'PENDING' }) }, processor);
    }
  });
  afterAll(() => subgraph?.stop());

  it('completes a PENDING payment and emits PAYMENT_RECEIVED, with the change audited before and after', async () => {
    const response = await change(COMPLETE, { referenceNumber: 'FT00000001' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.completePayment).toEqual({
      changed: true,
      payment: {
        referenceNumber: 'FT00000001',
        status: 'COMPLETED',
        statusReason: null,
        updatedBy: 'ops.jdoe',
      },
      event: {
        sequence: '1',
        type: 'PAYMENT_RECEIVED',
        status: 'COMPLETED',
        paymentReferenceNumber: 'FT00000001',
      },
    });
    const audit = await subgraph.query<AuditData>(
      /* GraphQL */ `{ paymentAuditLog(entityType: "Payment", entityKey: "FT00000001") { nodes { operation actor before after } } }`,
      {},
      admin,
    );
    expect(
      audit.data?.paymentAuditLog.nodes.map(({ operation, actor, before, after }) => [
        operation,
        actor,
        before?.status ?? null,
        after.status,
      ]),
    ).toEqual([
      ['completePayment', 'ops.jdoe', 'PENDING', 'COMPLETED'],
      ['recordPayment', 'proc.t24', null, 'PENDING'],
    ]);
  });

  it('fails a PENDING payment with its reason and emits PAYMENT_FAILED', async () => {
    const response = await change(FAIL, { referenceNumber: 'FT00000002', reason: 'Account closed' });
    expect(response.data?.failPayment).toMatchObject({
      changed: true,
      payment: { status: 'FAILED', statusReason: 'Account closed' },
      event: { type: 'PAYMENT_FAILED', status: 'FAILED' },
    });
  });

  it('reverses a COMPLETED payment with its reason and emits PAYMENT_REVERSED', async () => {
    const response = await change(REVERSE, {
      referenceNumber: 'FT00000001',
      reason: 'Cheque returned unpaid',
    });
    expect(response.data?.reversePayment).toMatchObject({
      changed: true,
      payment: { status: 'REVERSED', statusReason: 'Cheque returned unpaid' },
      event: { type: 'PAYMENT_REVERSED', status: 'REVERSED' },
    });
  });

  it('returns changed: false and writes nothing when the same change is repeated', async () => {
    const before = await subgraph.counts();
    const again = await change(REVERSE, { referenceNumber: 'FT00000001', reason: 'Cheque returned unpaid' });
    expect(again.data?.reversePayment).toMatchObject({
      changed: false,
      event: null,
      payment: { status: 'REVERSED' },
    });
    const otherReason = await change(REVERSE, { referenceNumber: 'FT00000001', reason: 'Fraud' });
    expect(otherReason.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.reason' });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('answers CONFLICT for every transition the life cycle does not allow, and changes nothing', async () => {
    const before = await subgraph.counts();
    const attempts = [
      [COMPLETE, { referenceNumber: 'FT00000002' }], // FAILED
      [REVERSE, { referenceNumber: 'FT00000002', reason: 'x' }], // FAILED
      [REVERSE, { referenceNumber: 'FT00000003', reason: 'x' }], // PENDING
      [FAIL, { referenceNumber: 'FT00000001', reason: 'x' }], // REVERSED
      [COMPLETE, { referenceNumber: 'FT00000001' }], // REVERSED
    ] as const;
    for (const [mutation, input] of attempts) {
      const response = await change(mutation, input);
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'CONFLICT',
        field: 'input.referenceNumber',
      });
    }
    expect(await subgraph.counts()).toEqual(before);
  });

  it('answers NOT_FOUND naming the field for an unknown reference number', async () => {
    const response = await change(COMPLETE, { referenceNumber: 'NO-SUCH' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.referenceNumber',
    });
  });
});
