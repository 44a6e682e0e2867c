import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, customerAgents, customerCaseActions, customerCases } from '../../subgraphs/workflow/src/db';
import { agentId, collectorAs, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { RECORD_CASE_ACTION } from '../../subgraphs/workflow/test/support/operations';
import { cifOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface CasePayload {
  recordCaseAction: {
    caseAction: {
      id: string;
      cif: string;
      customerStatus: string | null;
      collateralStatus: string | null;
      createdBy: string;
    };
    case: Record<string, unknown>;
  };
}

const opening = {
  customerStatus: 'CONTACTED',
  collateralStatus: 'SECURED',
  processingStateStatus: 'IN_PROGRESS',
  lendingViolationStatus: 'NONE',
  recoveryAbilityStatus: 'MEDIUM',
};

const collector = collectorAs(1);

describe('case actions', () => {
  let stack: WorkflowStack;
  const record = (input: Record<string, unknown>) =>
    stack.query<CasePayload>(RECORD_CASE_ACTION, { input: { agentId: agentId(1), ...input } }, collector);
  const caseOf = async (cif: string) =>
    (await stack.db.select().from(customerCases).where(eq(customerCases.cif, cif)))[0];
  const caseActionCount = async () => (await stack.db.select({ n: count() }).from(customerCaseActions))[0]?.n;

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 4 });
    await stack.db.insert(agents).values(fixtureAgents);
    await stack.db.insert(customerAgents).values({
      cif: cifOf(1),
      assignedCallAgentId: agentId(1),
      assignedFieldAgentId: agentId(4),
      startDate: '2026-11-01',
    });
  });
  afterAll(() => stack?.stop());

  it("opens a customer's case with its first action's five statuses and its current agents", async () => {
    const response = await record({ cif: cifOf(1), notes: 'first call', ...opening });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordCaseAction).toMatchObject({
      caseAction: { cif: cifOf(1), ...opening, createdBy: 'agent.minh' },
      case: {
        cif: cifOf(1),
        ...opening,
        assignedCallAgentId: agentId(1),
        assignedFieldAgentId: agentId(4),
        fUpdate: null,
      },
    });
  });

  it('changes only the statuses it gives, sets the follow-up, and stores nulls for the others', async () => {
    const response = await record({
      cif: cifOf(1),
      customerStatus: 'PROMISE_TO_PAY',
      fUpdate: '2026-12-01T02:00:00.000Z',
    });
    expect(response.data?.recordCaseAction.caseAction).toMatchObject({
      customerStatus: 'PROMISE_TO_PAY',
      collateralStatus: null,
    });
    expect(await caseOf(cifOf(1))).toMatchObject({
      ...opening,
      customerStatus: 'PROMISE_TO_PAY',
      fUpdate: new Date('2026-12-01T02:00:00.000Z'),
    });
  });

  it('refuses a first case action without all five statuses, naming the first missing one', async () => {
    const before = await caseActionCount();
    const response = await record({ cif: cifOf(2), customerStatus: 'CONTACTED' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.collateralStatus',
    });
    expect(await caseOf(cifOf(2))).toBeUndefined();
    expect(await caseActionCount()).toBe(before);
  });

  it("refuses an agent's case action in another agent's name, and changes nothing", async () => {
    const before = await caseOf(cifOf(1));
    const actions = await caseActionCount();
    const response = await record({ cif: cifOf(1), agentId: agentId(4), customerStatus: 'SETTLED' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.agentId' });
    expect(await caseOf(cifOf(1))).toEqual(before);
    expect(await caseActionCount()).toBe(actions);
  });

  it('writes the case action and the case in one transaction: when one fails, neither stays', async () => {
    const before = await caseOf(cifOf(1));
    const actions = await caseActionCount();
    // Make the case action's insert fail after the case has been updated in the same transaction.
    await stack.sql.query(`
      create function workflow_service.refuse_case_action() returns trigger language plpgsql as
        $$ begin raise exception 'case action refused by the test'; end $$;
      create trigger refuse_case_action before insert on workflow_service.customer_case_actions
        for each row when (new.notes = 'refuse me') execute function workflow_service.refuse_case_action();`);
    try {
      const response = await record({ cif: cifOf(1), customerStatus: 'SETTLED', notes: 'refuse me' });
      expect(response.errors).toHaveLength(1);
    } finally {
      await stack.sql.query('drop trigger refuse_case_action on workflow_service.customer_case_actions');
    }
    expect(await caseOf(cifOf(1))).toEqual(before);
    expect(await caseActionCount()).toBe(actions);
  });
});
