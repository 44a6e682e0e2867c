import { anonymousCaller, viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents } from '../../subgraphs/workflow/src/db';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import {
  AUDIT_LOG,
  CREATE_AGENT,
  DEACTIVATE_AGENT,
  UPDATE_AGENT,
} from '../../subgraphs/workflow/test/support/operations';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface AgentData {
  id: string;
  employeeId: string;
  email: string;
  phone: string | null;
  team: string;
  isActive: boolean;
}

const { admin, analyst, supervisor } = viewers;

describe('agent management', () => {
  let stack: WorkflowStack;
  beforeAll(async () => {
    stack = await startWorkflowStack();
    await stack.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => stack?.stop());

  const newAgent = {
    employeeId: 'EMP9001',
    name: 'Lan Vu',
    email: 'Lan.Vu@Bank.Example',
    phone: '+84 90 000 0001',
    type: 'AGENT',
    team: 'CALL_TEAM_A',
  };

  it('creates an active agent with a lower-case email and audits it', async () => {
    const response = await stack.query<{ createAgent: { agent: AgentData } }>(
      CREATE_AGENT,
      { input: newAgent },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    const agent = response.data?.createAgent.agent;
    expect(agent).toMatchObject({ ...newAgent, email: 'lan.vu@bank.example', isActive: true });
    const audit = await stack.query<{ workflowAuditLog: { nodes: unknown[] } }>(
      AUDIT_LOG,
      { entityType: 'Agent', entityKey: agent?.id },
      admin,
    );
    expect(audit.data?.workflowAuditLog.nodes).toEqual([
      expect.objectContaining({
        actor: 'sup.lan',
        operation: 'createAgent',
        before: null,
        after: expect.objectContaining({ employeeId: 'EMP9001', email: 'lan.vu@bank.example' }),
      }),
    ]);
  });

  it('refuses a taken employee id or email with a CONFLICT naming the field', async () => {
    const taken = fixtureAgents[0];
    const byEmployeeId = await stack.query(
      CREATE_AGENT,
      { input: { ...newAgent, employeeId: taken?.employeeId, email: 'other@bank.example' } },
      supervisor,
    );
    expect(byEmployeeId.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.employeeId',
    });
    const byEmail = await stack.query(
      UPDATE_AGENT,
      { input: { id: agentId(3), email: taken?.email.toUpperCase() } },
      supervisor,
    );
    expect(byEmail.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  it('changes only the given fields, and a null phone removes it', async () => {
    const response = await stack.query<{ updateAgent: { agent: AgentData } }>(
      UPDATE_AGENT,
      { input: { id: agentId(5), team: 'FIELD_TEAM_NORTH', phone: null } },
      supervisor,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateAgent.agent).toMatchObject({
      id: agentId(5),
      employeeId: fixtureAgents[4]?.employeeId,
      team: 'FIELD_TEAM_NORTH',
      phone: null,
      isActive: true,
    });
  });

  it('deactivates an agent once: a second deactivation changes nothing and is not audited again', async () => {
    const first = await stack.query<{ deactivateAgent: { agent: AgentData } }>(
      DEACTIVATE_AGENT,
      { input: { id: agentId(8) } },
      supervisor,
    );
    expect(first.data?.deactivateAgent.agent.isActive).toBe(false);
    const second = await stack.query<{ deactivateAgent: { agent: AgentData } }>(
      DEACTIVATE_AGENT,
      { input: { id: agentId(8) } },
      supervisor,
    );
    expect(second.data?.deactivateAgent.agent.isActive).toBe(false);
    const audit = await stack.query<{ workflowAuditLog: { nodes: { operation: string }[] } }>(
      AUDIT_LOG,
      { entityType: 'Agent', entityKey: agentId(8) },
      admin,
    );
    expect(audit.data?.workflowAuditLog.nodes.map((entry) => entry.operation)).toEqual(['deactivateAgent']);
  });

  it('lets only supervisors and admins manage agents', async () => {
    const anonymous = await stack.query(DEACTIVATE_AGENT, { input: { id: agentId(1) } }, anonymousCaller);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await stack.query(DEACTIVATE_AGENT, { input: { id: agentId(1) } }, analyst);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
