import { anonymousCaller, viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents } from '../../subgraphs/workflow/src/db';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import { AUDIT_LOG, UPDATE_AGENT } from '../../subgraphs/workflow/test/support/operations';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface AuditPage {
  workflowAuditLog: {
    nodes: {
      id: string;
      actor: string;
      operation: string;
      entityKey: string;
      before: unknown;
      after: unknown;
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const { admin, supervisor } = viewers;

describe('workflow audit log', () => {
  let stack: WorkflowStack;
  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 0 });
    await stack.db.insert(agents).values(fixtureAgents);
    for (const name of ['Lan One', 'Lan Two', 'Lan Three']) {
      const response = await stack.query(UPDATE_AGENT, { input: { id: agentId(1), name } }, supervisor);
      expect(response.errors).toBeUndefined();
    }
  });
  afterAll(() => stack?.stop());

  it('answers only ADMIN callers', async () => {
    const anonymous = await stack.query(AUDIT_LOG, {}, anonymousCaller);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await stack.query(AUDIT_LOG, {}, supervisor);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the changes of an entity newest first, page by page, with their before and after', async () => {
    const page = (after?: string | null) =>
      stack.query<AuditPage>(
        AUDIT_LOG,
        { entityType: 'Agent', entityKey: agentId(1), first: 2, after },
        admin,
      );
    const first = (await page()).data?.workflowAuditLog;
    expect(first?.nodes.map((entry) => [entry.actor, entry.operation, entry.before, entry.after])).toEqual([
      [
        'sup.lan',
        'updateAgent',
        expect.objectContaining({ name: 'Lan Two' }),
        expect.objectContaining({ name: 'Lan Three' }),
      ],
      [
        'sup.lan',
        'updateAgent',
        expect.objectContaining({ name: 'Lan One' }),
        expect.objectContaining({ name: 'Lan Two' }),
      ],
    ]);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = (await page(first?.pageInfo.endCursor)).data?.workflowAuditLog;
    expect(second?.nodes.map((entry) => entry.after)).toEqual([expect.objectContaining({ name: 'Lan One' })]);
    expect(second?.pageInfo.hasNextPage).toBe(false);
  });

  it('needs an entity type with an entity key', async () => {
    const response = await stack.query(AUDIT_LOG, { entityKey: agentId(1) }, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityType' });
  });
});
