import { validateInput } from '@collexis/platform/graphql';
import { viewers } from '@collexis/platform/testing';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordOutcome, RecordRequest } from '../src/commands/record-payment';
import { createPaymentRecorder, recordPayments } from '../src/commands/record-payments';
import { auditLog, paymentEvents, payments } from '../src/db';
import { recordPaymentInput } from '../src/inputs/payments';
import { type PaymentSubgraph, processor, startPaymentSubgraph } from './support/payment-subgraph';
import { paymentInput, RECORD_PAYMENT, type RecordPaymentData } from './support/payments';

/** A request as the mutation makes it: the input validated, its DateTime already parsed by the scalar. */
function request(n: number, overrides: Record<string, unknown> = {}, viewer = processor): RecordRequest {
  const input = paymentInput(n, overrides);
  const reported = validateInput(recordPaymentInput, {
    ...input,
    paymentDate: new Date(String(input.paymentDate)),
  });
  return { viewer, reported, operation: 'recordPayment' };
}

const outcomeOf = (outcome: RecordOutcome | Error) =>
  outcome instanceof Error
    ? { error: outcome.message }
    : { created: outcome.created, events: outcome.events.map((event) => String(event.sequence)) };

describe('recordPayment with group commit (decision 0041)', () => {
  let subgraph: PaymentSubgraph;
  /** The transaction that wrote each row (xmin), by reference number, of payments and of events. */
  const writers = async () => ({
    payments: await subgraph.db
      .select({ reference: payments.referenceNumber, tx: sql<string>`xmin::text` })
      .from(payments)
      .orderBy(asc(payments.referenceNumber)),
    events: await subgraph.db
      .select({ reference: paymentEvents.paymentReferenceNumber, tx: sql<string>`xmin::text` })
      .from(paymentEvents)
      .orderBy(asc(paymentEvents.sequence)),
  });

  beforeAll(async () => {
    subgraph = await startPaymentSubgraph();
  });
  afterAll(() => subgraph?.stop());

  it('records a batch in one transaction, each request as it would have been recorded alone, in order', async () => {
    const outcomes = await recordPayments(subgraph.db, [
      request(1),
      request(2, {}, viewers.coreSystem),
      request(1),
      request(1, { amount: '999.00' }),
      request(3, { status: 'PENDING' }),
      request(4),
    ]);
    expect(outcomes.map(outcomeOf)).toEqual([
      { created: true, events: ['1'] },
      { created: true, events: ['2'] },
      { created: false, events: [] },
      { error: expect.stringContaining('already recorded with amount 101.50') },
      { created: true, events: [] },
      { created: true, events: ['3'] },
    ]);
    const { payments: rows, events } = await writers();
    expect(new Set([...rows, ...events].map((row) => row.tx)).size).toBe(1);
    expect(events.map((event) => event.reference)).toEqual(['FT00000001', 'FT00000002', 'FT00000004']);
    const audits = await subgraph.db
      .select({ actor: auditLog.actor, key: auditLog.entityKey, operation: auditLog.operation })
      .from(auditLog)
      .orderBy(asc(auditLog.entityKey));
    expect(audits).toEqual([
      { actor: 'proc.t24', key: 'FT00000001', operation: 'recordPayment' },
      { actor: 't24-connector', key: 'FT00000002', operation: 'recordPayment' },
      { actor: 'proc.t24', key: 'FT00000003', operation: 'recordPayment' },
      { actor: 'proc.t24', key: 'FT00000004', operation: 'recordPayment' },
    ]);
  });

  it('writes each request of a batch that fails as a whole alone: only the bad one fails', async () => {
    const record = createPaymentRecorder(subgraph.db);
    // Submitted together, they are one batch; PostgreSQL refuses one amount, so the batch's statement fails.
    const bad = request(12);
    const batch = [request(11), { ...bad, reported: { ...bad.reported, amount: 'x' } }, request(13)];
    const outcomes = await Promise.all(
      batch.map((each) => record(each).then(outcomeOf, (error: Error) => ({ error: error.message }))),
    );
    expect(outcomes).toEqual([
      { created: true, events: [expect.any(String)] },
      { error: expect.stringContaining('Failed query') },
      { created: true, events: [expect.any(String)] },
    ]);
    const { payments: rows } = await writers();
    expect(rows.map((row) => row.reference)).toEqual(expect.arrayContaining(['FT00000011', 'FT00000013']));
    expect(rows.map((row) => row.reference)).not.toContain('FT00000012');
  });

  it('shares transactions between concurrent recordPayment mutations, events gap-free in commit order', async () => {
    const { events: before } = await writers();
    const CALLS = 40;
    const responses = await Promise.all(
      Array.from({ length: CALLS }, (_, n) =>
        subgraph.query<RecordPaymentData>(RECORD_PAYMENT, { input: paymentInput(100 + n) }, processor),
      ),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const { events } = await writers();
    const added = events.slice(before.length);
    expect(added).toHaveLength(CALLS);
    expect(new Set(added.map((event) => event.tx)).size).toBeLessThan(CALLS);
    const sequences = responses.map((response) => Number(response.data?.recordPayment.event?.sequence));
    expect(sequences.sort((a, b) => a - b)).toEqual(
      Array.from({ length: CALLS }, (_, n) => before.length + n + 1),
    );
  });
});
