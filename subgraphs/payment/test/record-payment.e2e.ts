import { anonymousCaller, callerOf } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT, type RecordPaymentData } from './support/payments';

describe('recordPayment', () => {
  let subgraph: PaymentSubgraph;
  const record = (input: Record<string, unknown>) =>
    subgraph.query<RecordPaymentData>(RECORD_PAYMENT, { input }, processor);

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
  });
  afterAll(() => subgraph?.stop());

  it('stores a COMPLETED payment with its PAYMENT_RECEIVED event and audit entry, as the caller', async () => {
    const response = await record(paymentInput(1, { amount: '1234.50' }));
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordPayment).toEqual({
      created: true,
      payment: {
        referenceNumber: 'FT00000001',
        amount: '1234.50',
        status: 'COMPLETED',
        statusReason: null,
        createdBy: 'proc.t24',
        updatedBy: 'proc.t24',
        isEditable: false,
        lastSyncedAt: expect.any(String),
      },
      event: {
        sequence: '1',
        cursor: '1',
        type: 'PAYMENT_RECEIVED',
        status: 'COMPLETED',
        amount: '1234.50',
        paymentReferenceNumber: 'FT00000001',
      },
    });
    expect(await subgraph.counts()).toEqual({ payments: 1, paymentEvents: 1, auditLog: 1 });
  });

  it('emits nothing for a PENDING payment and PAYMENT_FAILED for a FAILED one', async () => {
    const pending = await record(paymentInput(2, { status: 'PENDING' }));
    expect(pending.data?.recordPayment).toMatchObject({
      created: true,
      event: null,
      payment: { status: 'PENDING' },
    });
    const failed = await record(paymentInput(3, { status: 'FAILED', statusReason: 'Insufficient funds' }));
    expect(failed.data?.recordPayment).toMatchObject({
      created: true,
      payment: { status: 'FAILED', statusReason: 'Insufficient funds' },
      event: { type: 'PAYMENT_FAILED', status: 'FAILED', sequence: '2' },
    });
  });

  it('returns the stored payment with created: false and writes nothing when the same payment comes again', async () => {
    const before = await subgraph.counts();
    const again = await record(paymentInput(1, { amount: '1234.5' }));
    expect(again.errors).toBeUndefined();
    expect(again.data?.recordPayment).toMatchObject({
      created: false,
      event: null,
      payment: { amount: '1234.50' },
    });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('answers CONFLICT naming the field when the same reference number comes with different data', async () => {
    const before = await subgraph.counts();
    const response = await record(paymentInput(1, { amount: '1234.51' }));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.amount' });
    expect(response.errors?.[0]?.message).toContain('amount 1234.50, not 1234.51');
    const otherLoan = await record(paymentInput(1, { amount: '1234.50', loanAccountNumber: 'LN-OTHER' }));
    expect(otherLoan.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.loanAccountNumber',
    });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('treats a status the payment has already passed as the same payment, and a later one as a CONFLICT', async () => {
    const before = await subgraph.counts();
    // FT00000001 is COMPLETED: a retried PENDING notification of it is old news.
    const older = await record(paymentInput(1, { amount: '1234.50', status: 'PENDING' }));
    expect(older.data?.recordPayment).toMatchObject({ created: false, payment: { status: 'COMPLETED' } });
    // FT00000002 is PENDING: completing it is completePayment's job.
    const later = await record(paymentInput(2, { status: 'COMPLETED' }));
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    // FT00000003 FAILED can never be COMPLETED.
    const never = await record(paymentInput(3, { status: 'COMPLETED' }));
    expect(never.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('records a payment once when the same notification arrives twice at the same moment', async () => {
    const input = paymentInput(40);
    const responses = await Promise.all([record(input), record(input), record(input)]);
    expect(responses.map((response) => response.errors)).toEqual([undefined, undefined, undefined]);
    expect(responses.filter((response) => response.data?.recordPayment.created)).toHaveLength(1);
    const events = await subgraph.query<{ paymentEvents: { nodes: { paymentReferenceNumber: string }[] } }>(
      /* GraphQL */ `{ paymentEvents(filter: { cif: "CIF0000000" }) { nodes { paymentReferenceNumber } } }`,
    );
    expect(
      events.data?.paymentEvents.nodes.filter((event) => event.paymentReferenceNumber === 'FT00000040'),
    ).toHaveLength(1);
  });

  it('records nothing without a forwarded caller, nor for a caller without a write role', async () => {
    const before = await subgraph.counts();
    const anonymous = await subgraph.query<RecordPaymentData>(
      RECORD_PAYMENT,
      { input: paymentInput(5) },
      anonymousCaller,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const agent = await subgraph.query<RecordPaymentData>(
      RECORD_PAYMENT,
      { input: paymentInput(5) },
      callerOf('agent.one', 'AGENT'),
    );
    expect(agent.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await subgraph.counts()).toEqual(before);
  });
});
