/**
 * Cases react to bank-sync's events (docs/api/workflow.md "Reactions to sync events"): loans pushed to a real
 * bank-sync as core banking does, the workflow subgraph's consumer following its events API as SYSTEM.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerCases, workflowEvents } from '../../subgraphs/workflow/src/db';
import { cifOf } from './support/customers';
import { pushLoans } from './support/loans';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const FOLLOW_UP = new Date('2030-12-01T02:00:00.000Z');

function openCase(n: number, processingStateStatus: string, customerStatus = 'CONTACTED') {
  return {
    cif: cifOf(n),
    customerStatus,
    collateralStatus: 'NONE',
    processingStateStatus,
    lendingViolationStatus: 'NONE',
    recoveryAbilityStatus: 'MEDIUM',
    fUpdate: FOLLOW_UP,
  };
}

describe('cases react to loans synchronised from core banking', () => {
  let stack: WorkflowStack;

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
  const statusEvents = (n: number) =>
    stack.db
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.cif, cifOf(n)));
  const caughtUp = async () => {
    const consumer = stack.subgraph('workflow').syncConsumer;
    if (!consumer) throw new Error('workflow runs without a sync consumer');
    return consumer.caughtUp();
  };

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 10, payment: true });
    await stack.db
      .insert(customerCases)
      .values([
        openCase(1, 'IN_PROGRESS'),
        openCase(2, 'NEW'),
        openCase(3, 'LEGAL'),
        openCase(4, 'IN_PROGRESS', 'SETTLED'),
        openCase(5, 'CLOSED'),
        openCase(6, 'IN_PROGRESS'),
        openCase(8, 'ESCALATED'),
        openCase(9, 'NEW'),
      ]);
  });
  afterAll(() => stack?.stop());

  it('escalates a NEW or IN_PROGRESS case whose loan moved to a worse bucket, audited as SYSTEM', async () => {
    await pushLoans(stack.subgraph('bank-sync').url, [
      { n: 1, delinquencyStatus: 'BUCKET_3' },
      { n: 2, delinquencyStatus: 'CURRENT' },
      { n: 3, delinquencyStatus: 'BUCKET_2' },
      { n: 7, delinquencyStatus: 'BUCKET_4' },
      { n: 8, delinquencyStatus: 'WRITE_OFF' },
      { n: 9, delinquencyStatus: 'BUCKET_2' },
    ]);
    await caughtUp();
    expect(await caseOf(1)).toMatchObject({ processingStateStatus: 'ESCALATED', fUpdate: FOLLOW_UP });
    expect(await caseOf(9)).toMatchObject({ processingStateStatus: 'ESCALATED' });
    expect(await reactions(1)).toMatchObject([
      {
        actor: 'SYSTEM',
        operation: 'loansSynced',
        entityType: 'CustomerCase',
        before: { processingStateStatus: 'IN_PROGRESS' },
        after: {
          processingStateStatus: 'ESCALATED',
          reasons: ['delinquencyWorsened'],
          loanAccountNumbers: ['TL000001'],
        },
      },
    ]);
    expect(await statusEvents(1)).toMatchObject([
      {
        eventType: 'STATUS_CHANGED',
        entityType: 'CustomerCase',
        agentId: null,
        details: {
          cause: 'loansSynced',
          changes: { processingStateStatus: { from: 'IN_PROGRESS', to: 'ESCALATED' } },
        },
      },
    ]);
  });

  it('leaves a better bucket, a LEGAL or ESCALATED case and a customer without a case alone', async () => {
    expect(await caseOf(2)).toMatchObject({ processingStateStatus: 'NEW' });
    expect(await caseOf(3)).toMatchObject({ processingStateStatus: 'LEGAL' });
    expect(await caseOf(7)).toBeUndefined();
    expect(await caseOf(8)).toMatchObject({ processingStateStatus: 'ESCALATED' });
    for (const n of [2, 3, 7, 8]) {
      expect(await reactions(n)).toEqual([]);
      expect(await statusEvents(n)).toEqual([]);
    }
  });

  it('makes the follow-up of a case whose loan closed due, and never touches a SETTLED or CLOSED case', async () => {
    const pushed = new Date();
    await pushLoans(stack.subgraph('bank-sync').url, [
      { n: 4, delinquencyStatus: 'BUCKET_4', status: 'CLOSED' },
      { n: 5, delinquencyStatus: 'BUCKET_4', status: 'CLOSED' },
      { n: 6, delinquencyStatus: 'BUCKET_1', status: 'CLOSED' },
    ]);
    await caughtUp();
    const closed = await caseOf(6);
    expect(closed).toMatchObject({ processingStateStatus: 'IN_PROGRESS', customerStatus: 'CONTACTED' });
    expect(closed?.fUpdate?.getTime()).toBeGreaterThanOrEqual(pushed.getTime() - 1);
    expect(closed?.fUpdate?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await reactions(6)).toMatchObject([
      { actor: 'SYSTEM', operation: 'loansSynced', after: { reasons: ['loanClosed'] } },
    ]);
    // Only the follow-up moved: no status changed, so no STATUS_CHANGED.
    expect(await statusEvents(6)).toEqual([]);
    expect(await caseOf(4)).toMatchObject({ processingStateStatus: 'IN_PROGRESS', fUpdate: FOLLOW_UP });
    expect(await caseOf(5)).toMatchObject({ processingStateStatus: 'CLOSED', fUpdate: FOLLOW_UP });
    expect([...(await reactions(4)), ...(await reactions(5))]).toEqual([]);
  });

  it('does nothing when the same loans are pushed again: no change, no event', async () => {
    const before = await stack.db.select().from(auditLog);
    await pushLoans(stack.subgraph('bank-sync').url, [
      { n: 1, delinquencyStatus: 'BUCKET_3' },
      { n: 6, delinquencyStatus: 'BUCKET_1', status: 'CLOSED' },
    ]);
    await caughtUp();
    expect(await stack.db.select().from(auditLog)).toEqual(before);
  });
});
