import { viewers } from '@collexis/platform/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, auditLog, customerAgents, customerCases } from '../../subgraphs/workflow/src/db';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { BULK_ASSIGN } from '../../subgraphs/workflow/test/support/operations';
import { cifOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface BulkPayload {
  bulkAssignCustomers: {
    assignments: { cif: string; assignedCallAgentId: string | null; assignedFieldAgentId: string | null }[];
    changedCount: number;
    unchangedCount: number;
  };
}

const cifs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => cifOf(from + i));

const { supervisor } = viewers;

describe('bulk assignment', () => {
  let stack: WorkflowStack;
  const rowCount = async () => (await stack.db.select({ n: count() }).from(customerAgents))[0]?.n;

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 560 });
    await stack.db.insert(agents).values(fixtureAgents);
    // Every tenth customer has a case, which follows its assignment.
    await stack.db.insert(customerCases).values(
      cifs(1, 56).map((_, i) => ({
        cif: cifOf(i * 10 + 1),
        customerStatus: 'NEW',
        collateralStatus: 'NONE',
        processingStateStatus: 'NEW',
        lendingViolationStatus: 'NONE',
        recoveryAbilityStatus: 'HIGH',
      })),
    );
  });
  afterAll(() => stack?.stop());

  async function bulkAssign(input: Record<string, unknown>) {
    stack.statements.reset();
    const response = await stack.query<BulkPayload>(BULK_ASSIGN, { input }, supervisor);
    return { response, statements: stack.statements.bySubgraph().workflow };
  }

  it('moves 500 customers in as many statements as 50, one current row each, in input order', async () => {
    const small = await bulkAssign({
      cifs: cifs(501, 550),
      callAgentId: agentId(1),
      startDate: '2026-11-01',
    });
    expect(small.response.errors).toBeUndefined();
    const large = await bulkAssign({ cifs: cifs(1, 500), callAgentId: agentId(3), fieldAgentId: agentId(4) });
    expect(large.response.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    // begin, lock, agents, current rows, close, open, cases, case agents, audit, then the events: the
    // agents' teams, the outbox lock, its head, the events, notify (decisions 0010, 0027), and commit
    expect(large.statements).toBeLessThanOrEqual(15);

    const payload = large.response.data?.bulkAssignCustomers;
    expect(payload).toMatchObject({ changedCount: 500, unchangedCount: 0 });
    expect(payload?.assignments.map((a) => a.cif)).toEqual(cifs(1, 500));
    expect(await rowCount()).toBe(550);
    const following = await stack.db
      .select()
      .from(customerCases)
      .where(eq(customerCases.cif, cifOf(11)));
    expect(following).toMatchObject([{ assignedCallAgentId: agentId(3), assignedFieldAgentId: agentId(4) }]);
    const [audited] = await stack.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.operation, 'bulkAssignCustomers'));
    // one per assignment, one per case that followed it (customers 1, 11, ..., 541 have one)
    expect(audited?.n).toBe(550 + 55);
  });

  it('leaves customers that already have these agents as they are', async () => {
    const { response } = await bulkAssign({
      cifs: cifs(499, 502),
      callAgentId: agentId(3),
      fieldAgentId: agentId(4),
    });
    expect(response.data?.bulkAssignCustomers).toMatchObject({ changedCount: 2, unchangedCount: 2 });
  });

  it('writes nothing when any CIF is unknown, and names every unknown one', async () => {
    const before = await rowCount();
    const input = cifs(1, 500);
    input[17] = 'UNKNOWN17';
    input[400] = 'UNKNOWN400';
    const { response } = await bulkAssign({ cifs: input, callAgentId: agentId(8) });
    const [error] = response.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.cifs.17',
      problems: [
        { field: 'input.cifs.17', code: 'NOT_FOUND' },
        { field: 'input.cifs.400', code: 'NOT_FOUND' },
      ],
    });
    expect(await rowCount()).toBe(before);
  });

  it('writes nothing when an agent is inactive', async () => {
    const before = await rowCount();
    const { response } = await bulkAssign({ cifs: cifs(1, 500), callAgentId: agentId(2) });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.callAgentId',
    });
    expect(await rowCount()).toBe(before);
  });
});
