import { callerOf, viewers } from '@collexis/platform/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRecords, agents, auditLog } from '../../subgraphs/workflow/src/db';
import { agentId, collectorAs, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { RECORD_ACTION, UPDATE_ACTION_RESULT } from '../../subgraphs/workflow/test/support/operations';
import { cifOf, loanOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface ActionData {
  id: string;
  actionDate: string;
  visitLatitude: string | null;
  visitLongitude: string | null;
  notes: string | null;
  actionResult: string;
  createdBy: string;
  updatedBy: string;
}

const visit = {
  cif: cifOf(1),
  loanAccountNumber: loanOf(1),
  agentId: agentId(4),
  type: 'VISIT',
  subtype: 'FIELD_VISIT',
  actionResult: 'PROMISE_TO_PAY',
  actionDate: '2026-11-02T03:04:05.678Z',
  notes: 'met the customer at home',
  visitLatitude: '-89.12345678',
  visitLongitude: '179.99999999',
  visitAddress: '12 Nguyen Hue, District 1',
};

/** Fixture agent 4, whose visit the tests record. */
const collector = collectorAs(4);

describe('recording actions', () => {
  let stack: WorkflowStack;
  const actionCount = async () => (await stack.db.select().from(actionRecords)).length;

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 3 });
    await stack.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => stack?.stop());

  it('stores a visit with its exact coordinates, the caller as creator, and audits it', async () => {
    const response = await stack.query<{ recordAction: { action: ActionData } }>(
      RECORD_ACTION,
      { input: visit },
      collector,
    );
    expect(response.errors).toBeUndefined();
    const action = response.data?.recordAction.action;
    expect(action).toMatchObject({
      ...visit,
      callTraceId: null,
      createdBy: 'agent.minh',
      updatedBy: 'agent.minh',
    });
    const audited = await stack.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityKey, action?.id ?? ''));
    expect(audited).toMatchObject([
      { actor: 'agent.minh', operation: 'recordAction', entityType: 'ActionRecord' },
    ]);
  });

  it('dates an action now when the input gives no date', async () => {
    const before = Date.now();
    const response = await stack.query<{ recordAction: { action: ActionData } }>(
      RECORD_ACTION,
      {
        input: {
          cif: cifOf(2),
          loanAccountNumber: loanOf(2),
          agentId: agentId(1),
          type: 'CALL',
          subtype: 'OUTBOUND_CALL',
          actionResult: 'NO_ANSWER',
          callTraceId: 'TRACE-1',
        },
      },
      collectorAs(1),
    );
    const actionDate = Date.parse(response.data?.recordAction.action.actionDate ?? '');
    expect(actionDate).toBeGreaterThanOrEqual(before - 1);
    expect(actionDate).toBeLessThanOrEqual(Date.now());
  });

  it('rejects an unknown customer, a loan of another customer, an unknown and an inactive agent', async () => {
    const count = await actionCount();
    const attempt = async (changes: Record<string, string>) =>
      (await stack.query(RECORD_ACTION, { input: { ...visit, ...changes } }, collector)).errors?.[0]
        ?.extensions;
    expect(await attempt({ cif: 'NOSUCHCIF' })).toMatchObject({ code: 'NOT_FOUND', field: 'input.cif' });
    expect(await attempt({ loanAccountNumber: loanOf(2) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.loanAccountNumber',
    });
    expect(await attempt({ agentId: '00000000-0000-4000-8000-00000000ffff' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.agentId',
    });
    expect(await attempt({ agentId: agentId(2) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.agentId',
    });
    expect(await actionCount()).toBe(count);
  });

  it('sets the result and notes of an action, keeps the notes when none are given', async () => {
    const [stored] = await stack.db
      .select()
      .from(actionRecords)
      .where(eq(actionRecords.cif, cifOf(1)));
    const update = async (input: Record<string, unknown>) =>
      (
        await stack.query<{ updateActionResult: { action: ActionData } }>(
          UPDATE_ACTION_RESULT,
          { input: { id: stored?.id, ...input } },
          callerOf('sup.lan', 'SUPERVISOR'),
        )
      ).data?.updateActionResult.action;
    expect(await update({ actionResult: 'PAID' })).toMatchObject({
      actionResult: 'PAID',
      notes: visit.notes,
      createdBy: 'agent.minh',
      updatedBy: 'sup.lan',
    });
    expect(await update({ actionResult: 'DISPUTE', notes: 'disputes the fee' })).toMatchObject({
      actionResult: 'DISPUTE',
      notes: 'disputes the fee',
    });
  });

  it('lets an agent record and update actions only as itself, and a supervisor for any agent', async () => {
    const count = await actionCount();
    const refusal = async (query: string, input: Record<string, unknown>, caller = collector) =>
      (await stack.query(query, { input }, caller)).errors?.[0]?.extensions;
    expect(await refusal(RECORD_ACTION, { ...visit, agentId: agentId(1) })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.agentId',
    });
    expect(await refusal(RECORD_ACTION, visit, viewers.collector)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await actionCount()).toBe(count);

    const [visitRecorded] = await stack.db
      .select()
      .from(actionRecords)
      .where(eq(actionRecords.agentId, agentId(4)));
    const update = { id: visitRecorded?.id, actionResult: 'REFUSED' };
    expect(await refusal(UPDATE_ACTION_RESULT, update, collectorAs(1))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.id',
    });
    const [unchanged] = await stack.db
      .select()
      .from(actionRecords)
      .where(eq(actionRecords.id, visitRecorded?.id ?? ''));
    expect(unchanged).toEqual(visitRecorded);

    const bySupervisor = await stack.query(
      RECORD_ACTION,
      { input: { ...visit, cif: cifOf(3), loanAccountNumber: loanOf(3), agentId: agentId(1) } },
      viewers.supervisor,
    );
    expect(bySupervisor.errors).toBeUndefined();
    expect(await actionCount()).toBe(count + 1);
  });

  // Last: bank-sync stays down for the rest of the file.
  it('fails with SERVICE_UNAVAILABLE and writes nothing when bank-sync cannot be asked', async () => {
    const count = await actionCount();
    await stack.stopSubgraph('bank-sync');
    const response = await stack.query(RECORD_ACTION, { input: visit }, collector);
    expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toMatch(/bank-sync is unavailable/);
    expect(await actionCount()).toBe(count);
  });
});
