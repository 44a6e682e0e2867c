import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const SYNC = /* GraphQL */ `
  mutation Sync($input: SyncPaymentsInput!) {
    syncPayments(input: $input) {
      created updated unchanged rejected
      results { index referenceNumber outcome payment { status } error { code field message } }
    }
  }
`;

interface SyncData {
  syncPayments: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    results: {
      index: number;
      referenceNumber: string;
      outcome: string;
      payment: { status: string } | null;
      error: { code: string; field: string; message: string } | null;
    }[];
  };
}

interface EventsData {
  paymentEvents: { nodes: { paymentReferenceNumber: string; type: string; status: string }[] };
}

/** A sync record: a payment input without the batch-wide source system. */
function syncRecord(n: number, overrides: Record<string, unknown> = {}) {
  const { sourceSystem, ...record } = paymentInput(n, overrides);
  return record;
}

describe('syncPayments', () => {
  let subgraph: PaymentSubgraph;
  const sync = (payments: Record<string, unknown>[]) =>
    subgraph.query<SyncData>(SYNC, { input: { sourceSystem: 'T24', payments } }, processor);
  const events = async () =>
    (
      await subgraph.query<EventsData>(
        /* GraphQL */ `{ paymentEvents { nodes { paymentReferenceNumber type status } } }`,
      )
    ).data?.paymentEvents.nodes;

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    await subgraph.query(RECORD_PAYMENT, { input: paymentInput(1, { status: 'PENDING' }) }, processor);
    await subgraph.query(RECORD_PAYMENT, { input: paymentInput(2) }, processor);
    await subgraph.query(RECORD_PAYMENT, { input: paymentInput(6) }, processor);
  });
  afterAll(() => subgraph?.stop());

  const batch = [
    syncRecord(1, { status: 'COMPLETED' }), // PENDING in the CRM: moves on
    syncRecord(2), // identical
    syncRecord(3), // new
    syncRecord(4, { status: 'REVERSED', statusReason: 'Chargeback' }), // new, already reversed
    syncRecord(5, { amount: '-1.00' }), // bad
    syncRecord(3), // listed twice
  ];

  it('applies each record on its own: new, moved on, identical, and rejected ones with the field and reason', async () => {
    const response = await sync([...batch, syncRecord(6, { amount: '999.00' })]);
    expect(response.errors).toBeUndefined();
    const payload = response.data?.syncPayments;
    expect(payload && { ...payload, results: undefined }).toEqual({
      created: 2,
      updated: 1,
      unchanged: 1,
      rejected: 3,
      results: undefined,
    });
    expect(
      payload?.results.map(({ outcome, payment, error }) => [
        outcome,
        payment?.status ?? null,
        error?.code ?? null,
        error?.field ?? null,
      ]),
    ).toEqual([
      ['UPDATED', 'COMPLETED', null, null],
      ['UNCHANGED', 'COMPLETED', null, null],
      ['CREATED', 'COMPLETED', null, null],
      ['CREATED', 'REVERSED', null, null],
      ['REJECTED', null, 'BAD_USER_INPUT', 'input.payments.4.amount'],
      ['REJECTED', null, 'BAD_USER_INPUT', 'input.payments.5.referenceNumber'],
      ['REJECTED', 'COMPLETED', 'CONFLICT', 'input.payments.6.amount'],
    ]);
    expect(
      await subgraph.query(/* GraphQL */ `{ payment(referenceNumber: "FT00000005") { referenceNumber } }`),
    ).toEqual({
      data: { payment: null },
    });
  });

  it('writes the events of every step, in order: a payment first seen REVERSED was received first', async () => {
    expect(await events()).toEqual([
      { paymentReferenceNumber: 'FT00000002', type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { paymentReferenceNumber: 'FT00000006', type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { paymentReferenceNumber: 'FT00000001', type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { paymentReferenceNumber: 'FT00000003', type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { paymentReferenceNumber: 'FT00000004', type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { paymentReferenceNumber: 'FT00000004', type: 'PAYMENT_REVERSED', status: 'REVERSED' },
    ]);
  });

  it('changes nothing when the same batch comes again', async () => {
    const before = await subgraph.counts();
    const again = await sync(batch);
    expect(again.data?.syncPayments).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 2 });
    expect(await subgraph.counts()).toEqual(before);
  });

  it('rejects a status the CRM has moved past in another direction as a CONFLICT', async () => {
    const response = await sync([syncRecord(4, { status: 'FAILED' })]);
    expect(response.data?.syncPayments.results[0]?.error).toMatchObject({
      code: 'CONFLICT',
      field: 'input.payments.0.status',
    });
  });

  it('answers BAD_USER_INPUT for an empty batch or one of more than 500 records', async () => {
    const empty = await sync([]);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.payments' });
    const tooMany = await sync(Array.from({ length: 501 }, (_, n) => syncRecord(100 + n)));
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.payments',
    });
  });
});
