import { loadCheckpoint } from '@collexis/events/consume';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerCases, paymentEventCheckpoints } from '../../subgraphs/workflow/src/db';
import { applyPaymentEvent, CASE_UPDATES_CONSUMER } from '../../subgraphs/workflow/src/events/case-updates';
import { cifOf, openCase } from './support/customers';
import { pay, reverse } from './support/payments';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const FOLLOW_UP = new Date('2026-12-01T02:00:00.000Z');

describe('cases react to payment events, each exactly once', () => {
  let stack: WorkflowStack;
  let paymentUrl: string;

  const caseOf = async (n: number) =>
    (
      await stack.db
        .select()
        .from(customerCases)
        .where(eq(customerCases.cif, cifOf(n)))
    )[0];
  const reactions = (n: number) =>
    stack.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, cifOf(n)))
      .orderBy(auditLog.id);
  const caughtUp = async () => {
    const consumer = stack.subgraph('workflow').paymentConsumer;
    if (!consumer) throw new Error('workflow runs without a payment consumer');
    return consumer.caughtUp();
  };

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 8, payment: true });
    paymentUrl = stack.subgraph('payment').url;
    await stack.db
      .insert(customerCases)
      .values([
        openCase(1, 'PROMISE_TO_PAY', FOLLOW_UP),
        openCase(2, 'SETTLED', FOLLOW_UP),
        openCase(3, 'CONTACTED', FOLLOW_UP),
        openCase(4, 'PROMISE_TO_PAY', FOLLOW_UP),
        openCase(6, 'PROMISE_TO_PAY', FOLLOW_UP),
        openCase(7, 'UNREACHABLE', FOLLOW_UP),
      ]);
  });
  afterAll(() => stack?.stop());

  it('puts a paying customer in PAYING, clears the follow-up and audits it as SYSTEM', async () => {
    const sequence = await pay(paymentUrl, 'PAY-1', 1);
    expect(await caughtUp()).toBe(sequence);
    expect(await caseOf(1)).toMatchObject({ customerStatus: 'PAYING', fUpdate: null });
    expect(await reactions(1)).toMatchObject([
      {
        actor: 'SYSTEM',
        operation: 'paymentReceived',
        entityType: 'CustomerCase',
        before: { customerStatus: 'PROMISE_TO_PAY' },
        after: {
          customerStatus: 'PAYING',
          fUpdate: null,
          paymentReferenceNumber: 'PAY-1',
          eventSequence: sequence,
        },
      },
    ]);
  });

  it('leaves a SETTLED case, a failed payment and a customer without a case alone', async () => {
    await pay(paymentUrl, 'PAY-2', 2);
    await pay(paymentUrl, 'PAY-3', 3, 'FAILED');
    await pay(paymentUrl, 'PAY-5', 5);
    await caughtUp();
    expect(await caseOf(2)).toMatchObject({ customerStatus: 'SETTLED', fUpdate: FOLLOW_UP });
    expect(await caseOf(3)).toMatchObject({ customerStatus: 'CONTACTED', fUpdate: FOLLOW_UP });
    expect(await caseOf(5)).toBeUndefined();
    expect([...(await reactions(2)), ...(await reactions(3))]).toEqual([]);
  });

  it('turns a PAYING case into BROKEN_PROMISE when its payment is reversed', async () => {
    await reverse(paymentUrl, 'PAY-1');
    await caughtUp();
    expect(await caseOf(1)).toMatchObject({ customerStatus: 'BROKEN_PROMISE' });
    expect((await reactions(1)).map((entry) => entry.operation)).toEqual([
      'paymentReceived',
      'paymentReversed',
    ]);
  });

  it('catches up after being down while payments kept arriving, applying each event once', async () => {
    await stack.subgraph('workflow').paymentConsumer?.stop();
    await pay(paymentUrl, 'PAY-4', 4);
    await pay(paymentUrl, 'PAY-6', 6);
    await reverse(paymentUrl, 'PAY-6');
    const last = await pay(paymentUrl, 'PAY-7', 7);
    expect(await caseOf(4)).toMatchObject({ customerStatus: 'PROMISE_TO_PAY' });

    await stack.restartSubgraph('workflow');
    expect(await caughtUp()).toBe(last);
    expect(await loadCheckpoint(stack.db, paymentEventCheckpoints, CASE_UPDATES_CONSUMER)).toBe(last);
    expect(await caseOf(4)).toMatchObject({ customerStatus: 'PAYING' });
    expect(await caseOf(6)).toMatchObject({ customerStatus: 'BROKEN_PROMISE' });
    expect(await caseOf(7)).toMatchObject({ customerStatus: 'PAYING' });
    expect((await reactions(4)).map((entry) => entry.operation)).toEqual(['paymentReceived']);
    expect((await reactions(6)).map((entry) => entry.operation)).toEqual([
      'paymentReceived',
      'paymentReversed',
    ]);
  });

  it('applies nothing when another replica moved the checkpoint, and nothing when the transaction fails', async () => {
    const checkpoint = await loadCheckpoint(stack.db, paymentEventCheckpoints, CASE_UPDATES_CONSUMER);
    const event = {
      sequence: String(BigInt(checkpoint ?? '0') + 1000n),
      type: 'PAYMENT_REVERSED' as const,
      cif: cifOf(4),
      paymentReferenceNumber: 'PAY-4',
      occurredAt: new Date().toISOString(),
    };
    expect(await applyPaymentEvent(stack.db, event, '1')).toBe('skipped');

    // A crash between reading the event and committing its effect: the audit insert fails inside the transaction.
    await stack.sql.query(`
      create function workflow_service.fail_audit() returns trigger language plpgsql as
        $$ begin raise exception 'crash before commit'; end $$;
      create trigger fail_audit before insert on workflow_service.audit_log
        for each row execute function workflow_service.fail_audit();`);
    try {
      await expect(applyPaymentEvent(stack.db, event, checkpoint)).rejects.toThrow();
    } finally {
      await stack.sql.query('drop trigger fail_audit on workflow_service.audit_log');
    }
    expect(await loadCheckpoint(stack.db, paymentEventCheckpoints, CASE_UPDATES_CONSUMER)).toBe(checkpoint);
    expect(await caseOf(4)).toMatchObject({ customerStatus: 'PAYING' });

    // The retry from the checkpoint applies it, once.
    expect(await applyPaymentEvent(stack.db, event, checkpoint)).toBe('applied');
    expect(await caseOf(4)).toMatchObject({ customerStatus: 'BROKEN_PROMISE' });
    expect(await applyPaymentEvent(stack.db, event, checkpoint)).toBe('skipped');
    expect((await reactions(4)).map((entry) => entry.operation)).toEqual([
      'paymentReceived',
      'paymentReversed',
    ]);
  });
});
