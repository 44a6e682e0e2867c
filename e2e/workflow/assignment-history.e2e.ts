import { viewers } from '@collexis/platform/testing';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, customerAgents, customerCases } from '../../subgraphs/workflow/src/db';
import type { CustomerAgentRow } from '../../subgraphs/workflow/src/db/database';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { ASSIGN_CUSTOMER, REASSIGN_CUSTOMER } from '../../subgraphs/workflow/test/support/operations';
import { cifOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface AssignmentData {
  assignedCallAgentId: string | null;
  assignedFieldAgentId: string | null;
  startDate: string;
  endDate: string | null;
  isCurrent: boolean;
}
interface AssignPayload {
  assignment: AssignmentData;
  previous: AssignmentData | null;
  changed: boolean;
}

const history = (stack: WorkflowStack, cif: string): Promise<CustomerAgentRow[]> =>
  stack.db
    .select()
    .from(customerAgents)
    .where(eq(customerAgents.cif, cif))
    .orderBy(asc(customerAgents.startDate), asc(customerAgents.isCurrent), asc(customerAgents.createdAt));

/** Each period ends the day the next starts, and only the last is current. */
function expectContiguous(rows: readonly CustomerAgentRow[]) {
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    expect(row.isCurrent).toBe(next === undefined);
    expect(row.endDate).toBe(next ? next.startDate : null);
  });
}

const { supervisor } = viewers;

describe('assignments keep their history (SCD type 2)', () => {
  let stack: WorkflowStack;
  const assign = async (input: Record<string, unknown>) => {
    const response = await stack.query<{ assignCustomer: AssignPayload }>(
      ASSIGN_CUSTOMER,
      { input },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    return response.data?.assignCustomer;
  };

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 5 });
    await stack.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => stack?.stop());

  it('closes the current assignment on the start of the new one, and keeps the case in step', async () => {
    const cif = cifOf(1);
    await stack.db.insert(customerCases).values({
      cif,
      customerStatus: 'NEW',
      collateralStatus: 'NONE',
      processingStateStatus: 'NEW',
      lendingViolationStatus: 'NONE',
      recoveryAbilityStatus: 'HIGH',
    });
    const first = await assign({ cif, callAgentId: agentId(1), startDate: '2026-10-01' });
    expect(first).toMatchObject({ changed: true, previous: null });
    const second = await assign({
      cif,
      callAgentId: agentId(3),
      fieldAgentId: agentId(4),
      startDate: '2026-11-01',
    });
    expect(second).toMatchObject({
      changed: true,
      assignment: {
        assignedCallAgentId: agentId(3),
        assignedFieldAgentId: agentId(4),
        startDate: '2026-11-01',
      },
      previous: {
        assignedCallAgentId: agentId(1),
        startDate: '2026-10-01',
        endDate: '2026-11-01',
        isCurrent: false,
      },
    });
    expectContiguous(await history(stack, cif));
    const [customerCase] = await stack.db.select().from(customerCases).where(eq(customerCases.cif, cif));
    expect(customerCase).toMatchObject({ assignedCallAgentId: agentId(3), assignedFieldAgentId: agentId(4) });
  });

  it('changes nothing when the customer already has exactly these agents', async () => {
    const cif = cifOf(1);
    const rows = await history(stack, cif);
    const again = await assign({ cif, callAgentId: agentId(3), fieldAgentId: agentId(4) });
    expect(again).toMatchObject({ changed: false, previous: null, assignment: { startDate: '2026-11-01' } });
    expect(await history(stack, cif)).toEqual(rows);
  });

  it('reassigns one role and keeps the other agent', async () => {
    const cif = cifOf(1);
    const response = await stack.query<{ reassignCustomer: AssignPayload }>(
      REASSIGN_CUSTOMER,
      { input: { cif, newAgentId: agentId(5), role: 'FIELD', startDate: '2026-11-10' } },
      supervisor,
    );
    expect(response.data?.reassignCustomer.assignment).toMatchObject({
      assignedCallAgentId: agentId(3),
      assignedFieldAgentId: agentId(5),
      isCurrent: true,
    });
    expectContiguous(await history(stack, cif));
  });

  it('refuses a start date before the current assignment started, changing nothing', async () => {
    const cif = cifOf(1);
    const rows = await history(stack, cif);
    const response = await stack.query(
      ASSIGN_CUSTOMER,
      { input: { cif, callAgentId: agentId(1), startDate: '2026-11-09' } },
      supervisor,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
    expect(await history(stack, cif)).toEqual(rows);
  });

  it('keeps one current row when 10 assignments of one customer race, each a contiguous version', async () => {
    const cif = cifOf(2);
    const callAgents = [1, 3, 8, 6, 7];
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        stack.query(
          ASSIGN_CUSTOMER,
          {
            input: { cif, callAgentId: agentId(callAgents[i % 5] ?? 1), fieldAgentId: agentId(4 + (i % 2)) },
          },
          supervisor,
        ),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const rows = await history(stack, cif);
    expect(rows.filter((row) => row.isCurrent)).toHaveLength(1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expectContiguous(rows);
  });
});
