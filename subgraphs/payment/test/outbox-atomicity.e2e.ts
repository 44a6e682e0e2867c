import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT } from './support/payments';

const COMPLETE = /* GraphQL */ `
  mutation Complete($referenceNumber: String!) {
    completePayment(input: { referenceNumber: $referenceNumber }) { changed }
  }
`;

describe('the outbox: a payment and its event are written together or not at all', () => {
  let subgraph: PaymentSubgraph;

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
    // The database refuses the event of any payment whose reference starts with BOOM: the write fails
    // after the payment row (and its audit entry) were already written in the same transaction.
    await subgraph.db.execute(sql`
      CREATE FUNCTION payment_service.refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
      CREATE TRIGGER refuse_boom BEFORE INSERT ON payment_service.payment_events
      FOR EACH ROW WHEN (NEW.payment_reference_number LIKE 'BOOM%') EXECUTE FUNCTION payment_service.refuse_boom();
    `);
  });
  afterAll(() => subgraph?.stop());

  it('leaves neither payment, nor event, nor audit entry when writing the event fails', async () => {
    const before = await subgraph.counts();
    const response = await subgraph.query(
      RECORD_PAYMENT,
      { input: paymentInput(1, { referenceNumber: 'BOOM1' }) },
      processor,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await subgraph.counts()).toEqual(before);
  });

  it('keeps the old status when the event of a status change cannot be written', async () => {
    await subgraph.query(
      RECORD_PAYMENT,
      { input: paymentInput(2, { referenceNumber: 'BOOM2', status: 'PENDING' }) },
      processor,
    );
    const before = await subgraph.counts();
    const response = await subgraph.query(COMPLETE, { referenceNumber: 'BOOM2' }, processor);
    expect(response.errors).toHaveLength(1);
    expect(await subgraph.counts()).toEqual(before);
    const stored = await subgraph.query(/* GraphQL */ `{ payment(referenceNumber: "BOOM2") { status } }`);
    expect(stored).toEqual({ data: { payment: { status: 'PENDING' } } });
  });

  it('refuses an event without its payment (in-domain foreign key)', async () => {
    await expect(
      subgraph.db.execute(sql`
        INSERT INTO payment_service.payment_events
          (sequence, event_type, payment_reference_number, loan_account_number, cif, amount, currency, status)
        VALUES (999, 'PAYMENT_RECEIVED', 'NO-SUCH', 'LN1', 'CIF1', 1, 'VND', 'COMPLETED')`),
    ).rejects.toMatchObject({ cause: { code: '23503' } });
  });
});
