/**
 * Every workflow mutation and report, and the GraphQL equivalent of every seed 004 workflow endpoint, through
 * the gateway (docs/api/workflow.md maps them).
 */
import { type Caller, viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents } from '../../subgraphs/workflow/src/db';
import { agentId, collectorAs, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import {
  AGENT_PERFORMANCE,
  AGENT_WORKLOAD,
  ASSIGN_CUSTOMER,
  AUDIT_LOG,
  BULK_ASSIGN,
  CREATE_AGENT,
  DEACTIVATE_AGENT,
  REASSIGN_CUSTOMER,
  RECORD_ACTION,
  RECORD_CASE_ACTION,
  UPDATE_ACTION_RESULT,
  UPDATE_AGENT,
} from '../../subgraphs/workflow/test/support/operations';
import { cifOf, loanOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

const CUSTOMER_WORKFLOW = /* GraphQL */ `
  query CustomerWorkflow($cif: String!) {
    customer(cif: $cif) {
      cif name
      case { customerStatus assignedCallAgent { name } assignedFieldAgent { name } }
      currentAssignment { assignedCallAgent { id } assignedFieldAgent { id } }
      assignments { startDate endDate isCurrent }
      actions(first: 5) { nodes { id type actionResult agent { name } loan { accountNumber outstanding } } }
      caseActions(first: 5) { nodes { customerStatus notes agent { name } } }
    }
  }
`;
const LOAN_ACTIONS = /* GraphQL */ `
  query LoanActions($accountNumber: String!) {
    loan(accountNumber: $accountNumber) { accountNumber actions(first: 5) { nodes { actionResult customer { cif name } } } }
  }
`;
const AGENT_ASSIGNMENTS = /* GraphQL */ `
  query AgentAssignments($id: ID!) {
    agent(id: $id) { name assignedCustomers(first: 10) { nodes { cif name } edges { assignment { startDate } } } }
  }
`;
const AGENTS = /* GraphQL */ `
  query Agents($filter: AgentFilter) { agents(filter: $filter, first: 100) { nodes { employeeId name team isActive } } }
`;

const { admin, collector, supervisor } = viewers;

describe('workflow writes and reports through the gateway', () => {
  let stack: WorkflowStack;
  let actionId = '';
  let createdAgentId = '';

  /** Sends an operation through the gateway and returns its data, failing on any error. */
  async function ok<T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
    const response = await stack.query<T>(query, variables, caller);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data;
  }

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 12, gateway: true });
    await stack.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => stack?.stop());

  it('createAgent (POST /api/agents) adds an agent that agents (GET /api/agents) lists', async () => {
    const created = await ok<{ createAgent: { agent: { id: string } } }>(
      CREATE_AGENT,
      {
        input: {
          employeeId: 'EMP7001',
          name: 'Quang Ly',
          email: 'quang.ly@bank.example',
          type: 'AGENT',
          team: 'FIELD_TEAM_SOUTH',
        },
      },
      supervisor,
    );
    createdAgentId = created.createAgent.agent.id;
    const listed = await ok<{ agents: { nodes: { employeeId: string }[] } }>(
      AGENTS,
      { filter: { team: 'FIELD_TEAM_SOUTH' } },
      collector,
    );
    expect(listed.agents.nodes.map((agent) => agent.employeeId)).toContain('EMP7001');
  });

  it('updateAgent (PUT /api/agents/:id) changes the given fields', async () => {
    const data = await ok<{ updateAgent: { agent: { name: string; team: string } } }>(
      UPDATE_AGENT,
      { input: { id: createdAgentId, name: 'Quang Ly Van', team: 'FIELD_TEAM_NORTH' } },
      supervisor,
    );
    expect(data.updateAgent.agent).toMatchObject({ name: 'Quang Ly Van', team: 'FIELD_TEAM_NORTH' });
  });

  it('deactivateAgent takes an agent out of service', async () => {
    const data = await ok<{ deactivateAgent: { agent: { isActive: boolean } } }>(
      DEACTIVATE_AGENT,
      { input: { id: createdAgentId } },
      supervisor,
    );
    expect(data.deactivateAgent.agent.isActive).toBe(false);
  });

  it('recordAction (POST /api/actions) shows in the customer (GET /api/actions/customer/:cif) and loan actions', async () => {
    const data = await ok<{ recordAction: { action: { id: string } } }>(
      RECORD_ACTION,
      {
        input: {
          cif: cifOf(1),
          loanAccountNumber: loanOf(1),
          agentId: agentId(1),
          type: 'CALL',
          subtype: 'OUTBOUND_CALL',
          actionResult: 'NO_ANSWER',
          callTraceId: 'CT-0001',
        },
      },
      collectorAs(1),
    );
    actionId = data.recordAction.action.id;
    const customer = await ok<{ customer: { actions: { nodes: unknown[] } } }>(
      CUSTOMER_WORKFLOW,
      { cif: cifOf(1) },
      collector,
    );
    expect(customer.customer.actions.nodes).toEqual([
      {
        id: actionId,
        type: 'CALL',
        actionResult: 'NO_ANSWER',
        agent: { name: 'Alice Nguyen' },
        loan: { accountNumber: loanOf(1), outstanding: '800.00' },
      },
    ]);
  });

  it('updateActionResult (PUT /api/actions/:id/result) changes what GET /api/actions/loan/:accountNumber shows', async () => {
    await ok(
      UPDATE_ACTION_RESULT,
      { input: { id: actionId, actionResult: 'PROMISE_TO_PAY', notes: 'pays Friday' } },
      collectorAs(1),
    );
    const loan = await ok<{ loan: { actions: { nodes: unknown[] } } }>(
      LOAN_ACTIONS,
      { accountNumber: loanOf(1) },
      collector,
    );
    expect(loan.loan.actions.nodes).toEqual([
      { actionResult: 'PROMISE_TO_PAY', customer: { cif: cifOf(1), name: 'Customer 1' } },
    ]);
  });

  it('assignCustomer (POST /api/assignments) puts the customer in the agent worklist (GET /api/assignments/agent/:agentId)', async () => {
    const data = await ok<{ assignCustomer: { changed: boolean } }>(
      ASSIGN_CUSTOMER,
      { input: { cif: cifOf(1), callAgentId: agentId(3), startDate: '2026-11-02' } },
      supervisor,
    );
    expect(data.assignCustomer.changed).toBe(true);
    const agent = await ok<{ agent: { assignedCustomers: { nodes: { cif: string; name: string }[] } } }>(
      AGENT_ASSIGNMENTS,
      { id: agentId(3) },
      collector,
    );
    expect(agent.agent.assignedCustomers.nodes).toEqual([{ cif: cifOf(1), name: 'Customer 1' }]);
  });

  it('reassignCustomer (PUT /api/assignments/:id) opens a new version that the history (getAssignmentHistory) shows', async () => {
    await ok(
      REASSIGN_CUSTOMER,
      { input: { cif: cifOf(1), newAgentId: agentId(4), role: 'FIELD', startDate: '2026-11-03' } },
      supervisor,
    );
    const customer = await ok<{ customer: { assignments: unknown[]; currentAssignment: unknown } }>(
      CUSTOMER_WORKFLOW,
      { cif: cifOf(1) },
      collector,
    );
    expect(customer.customer.assignments).toEqual([
      { startDate: '2026-11-03', endDate: null, isCurrent: true },
      { startDate: '2026-11-02', endDate: '2026-11-03', isCurrent: false },
    ]);
    expect(customer.customer.currentAssignment).toEqual({
      assignedCallAgent: { id: agentId(3) },
      assignedFieldAgent: { id: agentId(4) },
    });
  });

  it('bulkAssignCustomers moves many customers to the same agents at once', async () => {
    const cifs = [2, 3, 4, 5, 6].map(cifOf);
    const data = await ok<{ bulkAssignCustomers: { changedCount: number; assignments: { cif: string }[] } }>(
      BULK_ASSIGN,
      { input: { cifs, callAgentId: agentId(8), fieldAgentId: agentId(5) } },
      supervisor,
    );
    expect(data.bulkAssignCustomers.changedCount).toBe(5);
    expect(data.bulkAssignCustomers.assignments.map((a) => a.cif)).toEqual(cifs);
  });

  it('recordCaseAction (POST /api/cases, updateCustomerStatus) updates the case that GET /api/cases/customer/:cif shows', async () => {
    const statuses = {
      customerStatus: 'PROMISE_TO_PAY',
      collateralStatus: 'NONE',
      processingStateStatus: 'IN_PROGRESS',
      lendingViolationStatus: 'NONE',
      recoveryAbilityStatus: 'HIGH',
    };
    await ok(
      RECORD_CASE_ACTION,
      { input: { cif: cifOf(1), agentId: agentId(3), notes: 'promised', ...statuses } },
      collectorAs(3),
    );
    await ok(
      RECORD_CASE_ACTION,
      { input: { cif: cifOf(1), agentId: agentId(3), customerStatus: 'CONTACTED' } },
      collectorAs(3),
    );
    const customer = await ok<{ customer: { case: unknown; caseActions: { nodes: unknown[] } } }>(
      CUSTOMER_WORKFLOW,
      { cif: cifOf(1) },
      collector,
    );
    expect(customer.customer.case).toEqual({
      customerStatus: 'CONTACTED',
      assignedCallAgent: { name: 'Chi Le' },
      assignedFieldAgent: { name: 'Dung Pham' },
    });
    expect(customer.customer.caseActions.nodes).toEqual([
      { customerStatus: 'CONTACTED', notes: null, agent: { name: 'Chi Le' } },
      { customerStatus: 'PROMISE_TO_PAY', notes: 'promised', agent: { name: 'Chi Le' } },
    ]);
  });

  it('agentWorkload (getAgentWorkload) counts the agent assignments, open cases and actions', async () => {
    const data = await ok<{ agentWorkload: unknown }>(AGENT_WORKLOAD, { agentId: agentId(3) }, supervisor);
    expect(data.agentWorkload).toMatchObject({
      callAssignments: 1,
      fieldAssignments: 0,
      assignedCustomers: 1,
      openCases: 1,
      openCasesByCustomerStatus: [{ value: 'CONTACTED', count: 1 }],
    });
  });

  it('agentPerformance (GET /api/agents/:id/performance) sums what the agent did in a period', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const data = await ok<{ agentPerformance: unknown }>(
      AGENT_PERFORMANCE,
      { agentId: agentId(1), from: today, to: today },
      supervisor,
    );
    expect(data.agentPerformance).toMatchObject({
      totalActions: 1,
      actionsByType: [{ value: 'CALL', count: 1 }],
      actionsByResult: [{ value: 'PROMISE_TO_PAY', count: 1 }],
      customersContacted: 1,
      promisesToPay: 1,
      caseActions: 0,
    });
  });

  it('workflowAuditLog shows an ADMIN who changed what', async () => {
    const data = await ok<{ workflowAuditLog: { nodes: { actor: string; operation: string }[] } }>(
      AUDIT_LOG,
      { entityType: 'ActionRecord', entityKey: actionId },
      admin,
    );
    expect(data.workflowAuditLog.nodes.map((entry) => [entry.actor, entry.operation])).toEqual([
      ['agent.minh', 'updateActionResult'],
      ['agent.minh', 'recordAction'],
    ]);
  });
});
