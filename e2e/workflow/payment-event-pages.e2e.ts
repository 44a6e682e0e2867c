/**
 * Workflow's case-updates consumer applies a fetched page of payment events at once (decision 0042): a page of
 * payments to cases that do not change costs the same statements whatever its length, and a page whose cases
 * change reacts as the events do one by one, each from the case as the earlier events left it.
 */
import type { PaymentEventType } from '@collexis/events/consume';
import { createDatabase } from '@collexis/platform/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  customerCases,
  paymentsReceived,
  schema,
  workflowEvents,
} from '../../subgraphs/workflow/src/db';
import { applyPaymentPage, type CasePaymentEvent } from '../../subgraphs/workflow/src/events/case-updates';
import { cifOf, openCase } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const event = (sequence: number, type: PaymentEventType, n: number, reference: string): CasePaymentEvent => ({
  sequence: String(sequence),
  type,
  cif: cifOf(n),
  paymentReferenceNumber: reference,
  occurredAt: '2026-12-01T08:00:00.000Z',
});

describe('applying a page of payment events to cases', () => {
  let stack: WorkflowStack;
  let checkpoint: string | null = null;

  const applyPage = async (db: WorkflowStack['db'], events: CasePaymentEvent[]) => {
    expect(await applyPaymentPage(db, events, checkpoint)).toBe(events.length);
    checkpoint = events.at(-1)?.sequence ?? checkpoint;
  };

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 30 });
    const paying = Array.from({ length: 25 }, (_, i) => openCase(i + 1, 'PAYING', null));
    await stack.db
      .insert(customerCases)
      .values([...paying, openCase(26, 'PROMISE_TO_PAY', new Date('2026-12-02T00:00:00.000Z'))]);
  });
  afterAll(() => stack?.stop());

  it('reacts to each event of a page from the case as the earlier ones left it', async () => {
    const cif = cifOf(26);
    await applyPage(stack.db, [
      event(1, 'PAYMENT_RECEIVED', 26, 'MIX-1'),
      event(2, 'PAYMENT_RECEIVED', 26, 'MIX-2'),
      event(3, 'PAYMENT_REVERSED', 26, 'MIX-1'),
      event(4, 'PAYMENT_RECEIVED', 26, 'MIX-3'),
    ]);

    const [after] = await stack.db.select().from(customerCases).where(eq(customerCases.cif, cif));
    expect(after).toMatchObject({ customerStatus: 'PAYING', fUpdate: null });
    const audited = await stack.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, cif))
      .orderBy(auditLog.id);
    expect(audited).toMatchObject([
      {
        operation: 'paymentReceived',
        before: { customerStatus: 'PROMISE_TO_PAY' },
        after: { customerStatus: 'PAYING' },
      },
      {
        operation: 'paymentReversed',
        before: { customerStatus: 'PAYING' },
        after: { customerStatus: 'BROKEN_PROMISE' },
      },
      {
        operation: 'paymentReceived',
        before: { customerStatus: 'BROKEN_PROMISE' },
        after: { customerStatus: 'PAYING' },
      },
    ]);
    const changes = await stack.db.select().from(workflowEvents).orderBy(workflowEvents.sequence);
    expect(changes.map((change) => [change.eventType, change.cif])).toEqual([
      ['STATUS_CHANGED', cif],
      ['STATUS_CHANGED', cif],
      ['STATUS_CHANGED', cif],
    ]);
    const payments = await stack.db
      .select()
      .from(paymentsReceived)
      .where(inArray(paymentsReceived.paymentReferenceNumber, ['MIX-1', 'MIX-2', 'MIX-3']))
      .orderBy(paymentsReceived.paymentReferenceNumber);
    expect(payments.map((payment) => payment.reversedAt !== null)).toEqual([true, false, false]);
  });

  it('costs as many statements for a page of 20 payments as for a page of 5', async () => {
    const statements: string[] = [];
    const counted = createDatabase(schema, {
      url: stack.databaseUrl,
      onQuery: (text) => statements.push(text),
    });
    try {
      const pageOf = async (first: number, count: number) => {
        const events = Array.from({ length: count }, (_, i) =>
          event(first + i, 'PAYMENT_RECEIVED', i + 1, `COUNT-${first + i}`),
        );
        statements.length = 0;
        await applyPage(counted.db, events);
        return statements.length;
      };
      const five = await pageOf(5, 5);
      const twenty = await pageOf(10, 20);

      // begin, checkpoint, payments received, cases locked, commit
      expect(twenty).toBe(five);
      expect(twenty).toBeLessThanOrEqual(5);
    } finally {
      await counted.close();
    }
  });
});
