import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, customerAgents, customerCases } from '../src/db';
import type { CustomerAgentRow } from '../src/db/database';
import { agentId, fixtureAgents } from './support/fixtures';
import { ASSIGN_CUSTOMER, REASSIGN_CUSTOMER } from './support/operations';
import { cifOf, startWorkflowSystem, supervisor, type WorkflowSystem } from './support/system';

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

const history = (system: WorkflowSystem, cif: string): Promise<CustomerAgentRow[]> =>
  system.db
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

describe('assignments keep their history (SCD type 2)', () => {
  let system: WorkflowSystem;
  const assign = async (input: Record<string, unknown>) => {
    const response = await system.query<{ assignCustomer: AssignPayload }>(
      ASSIGN_CUSTOMER,
      { input },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    return response.data?.assignCustomer;
  };

  beforeAll(async () => {
    system = await startWorkflowSystem({ customers: 5 });
    await system.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => system?.stop());

  it('closes the current assignment on the start of the new one, and keeps the case in step', async () => {
    const cif = cifOf(1);
    await system.db.insert(customerCases).values({
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
    expectContiguous(await history(system, cif));
    const [customerCase] = await system.db.select().from(customerCases).where(eq(customerCases.cif, cif));
    expect(customerCase).toMatchObject({ assignedCallAgentId: agentId(3), assignedFieldAgentId: agentId(4) });
  });

  it('changes nothing when the customer already has exactly these agents', async () => {
    const cif = cifOf(1);
    const rows = await history(system, cif);
    const again = await assign({ cif, callAgentId: agentId(3), fieldAgentId: agentId(4) });
    expect(again).toMatchObject({ changed: false, previous: null, assignment: { startDate: '2026-11-01' } });
    expect(await history(system, cif)).toEqual(rows);
  });

  it('reassigns one role and keeps the other agent', async () => {
    const cif = cifOf(1);
    const response = await system.query<{ reassignCustomer: AssignPayload }>(
      REASSIGN_CUSTOMER,
      { input: { cif, newAgentId: agentId(5), role: 'FIELD', startDate: '2026-11-10' } },
      supervisor,
    );
    expect(response.data?.reassignCustomer.assignment).toMatchObject({
      assignedCallAgentId: agentId(3),
      assignedFieldAgentId: agentId(5),
      isCurrent: true,
    });
    expectContiguous(await history(system, cif));
  });

  it('refuses a start date before the current assignment started, changing nothing', async () => {
    const cif = cifOf(1);
    const rows = await history(system, cif);
    const response = await system.query(
      ASSIGN_CUSTOMER,
      { input: { cif, callAgentId: agentId(1), startDate: '2026-11-09' } },
      supervisor,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
    expect(await history(system, cif)).toEqual(rows);
  });

  it('keeps one current row when 10 assignments of one customer race, each a contiguous version', async () => {
    const cif = cifOf(2);
    const callAgents = [1, 3, 8, 6, 7];
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        system.query(
          ASSIGN_CUSTOMER,
          {
            input: { cif, callAgentId: agentId(callAgents[i % 5] ?? 1), fieldAgentId: agentId(4 + (i % 2)) },
          },
          supervisor,
        ),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const rows = await history(system, cif);
    expect(rows.filter((row) => row.isCurrent)).toHaveLength(1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expectContiguous(rows);
  });
});
