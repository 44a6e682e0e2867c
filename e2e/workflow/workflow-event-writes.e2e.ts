import { viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents } from '../../subgraphs/workflow/src/db';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import {
  BULK_ASSIGN,
  REASSIGN_CUSTOMER,
  RECORD_ACTION,
  RECORD_CASE_ACTION,
  UPDATE_ACTION_RESULT,
} from '../../subgraphs/workflow/test/support/operations';
import { cifOf, loanOf } from './support/customers';
import { startWorkflowStack, type WorkflowStack } from './support/workflow-stack';

interface EventsPage {
  workflowEvents: {
    nodes: {
      sequence: string;
      type: string;
      entityType: string;
      entityId: string;
      cif: string;
      agentId: string | null;
      agentIds: string[];
      teams: string[];
      details: Record<string, unknown>;
    }[];
  };
}

const EVENTS = /* GraphQL */ `
  query Events($after: String, $filter: WorkflowEventFilter) {
    workflowEvents(after: $after, filter: $filter) {
      nodes { sequence type entityType entityId cif agentId agentIds teams details }
    }
  }
`;

const { supervisor } = viewers;

describe('workflow writes publish their events in the same transaction', () => {
  let stack: WorkflowStack;
  let head = '0';

  /** The events written since the previous call, narrowed by `filter`. */
  async function newEvents(filter?: Record<string, unknown>) {
    const response = await stack.query<EventsPage>(EVENTS, { after: head, filter }, supervisor);
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.workflowEvents.nodes ?? [];
    if (!filter) head = nodes.at(-1)?.sequence ?? head;
    return nodes;
  }

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 10 });
    await stack.db.insert(agents).values(fixtureAgents);
  });
  afterAll(() => stack?.stop());

  it('records ACTION_RECORDED for recordAction and updateActionResult', async () => {
    const input = {
      cif: cifOf(1),
      loanAccountNumber: loanOf(1),
      agentId: agentId(1),
      type: 'CALL',
      subtype: 'OUTBOUND_CALL',
      actionResult: 'NO_ANSWER',
    };
    const recorded = await stack.query<{ recordAction: { action: { id: string } } }>(
      RECORD_ACTION,
      { input },
      supervisor,
    );
    const id = recorded.data?.recordAction.action.id;
    await stack.query(UPDATE_ACTION_RESULT, { input: { id, actionResult: 'PROMISE_TO_PAY' } }, supervisor);
    const events = await newEvents();
    expect(
      events.map(({ type, entityType, entityId, cif, agentId, agentIds, teams }) => ({
        type,
        entityType,
        entityId,
        cif,
        agentId,
        agentIds,
        teams,
      })),
    ).toEqual([
      {
        type: 'ACTION_RECORDED',
        entityType: 'ActionRecord',
        entityId: id,
        cif: cifOf(1),
        agentId: agentId(1),
        agentIds: [agentId(1)],
        teams: ['CALL_TEAM_A'],
      },
      {
        type: 'ACTION_RECORDED',
        entityType: 'ActionRecord',
        entityId: id,
        cif: cifOf(1),
        agentId: agentId(1),
        agentIds: [agentId(1)],
        teams: ['CALL_TEAM_A'],
      },
    ]);
    expect(events.map((event) => event.details)).toMatchObject([
      {
        operation: 'recordAction',
        actionResult: 'NO_ANSWER',
        previousActionResult: null,
        loanAccountNumber: loanOf(1),
      },
      { operation: 'updateActionResult', actionResult: 'PROMISE_TO_PAY', previousActionResult: 'NO_ANSWER' },
    ]);
  });

  it('records one CUSTOMER_ASSIGNED per customer whose assignment changed, bulk and reassign alike', async () => {
    const bulk = { cifs: [cifOf(2), cifOf(3), cifOf(4)], callAgentId: agentId(1), startDate: '2024-01-01' };
    await stack.query(BULK_ASSIGN, { input: bulk }, supervisor);
    // The same again changes nothing, so it publishes nothing.
    await stack.query(BULK_ASSIGN, { input: bulk }, supervisor);
    const reassign = { cif: cifOf(3), role: 'CALL', newAgentId: agentId(3), startDate: '2024-02-01' };
    await stack.query(REASSIGN_CUSTOMER, { input: reassign }, supervisor);
    const events = await newEvents();
    expect(events.map((event) => [event.type, event.cif, event.agentId])).toEqual([
      ['CUSTOMER_ASSIGNED', cifOf(2), agentId(1)],
      ['CUSTOMER_ASSIGNED', cifOf(3), agentId(1)],
      ['CUSTOMER_ASSIGNED', cifOf(4), agentId(1)],
      ['CUSTOMER_ASSIGNED', cifOf(3), agentId(3)],
    ]);
    expect(events.at(-1)?.details).toMatchObject({
      previousCallAgentId: agentId(1),
      callAgentId: agentId(3),
    });
    expect(events.at(-1)?.teams.sort()).toEqual(['CALL_TEAM_A', 'CALL_TEAM_B']);
    const teamB = await stack.query<EventsPage>(EVENTS, { filter: { team: 'CALL_TEAM_B' } }, supervisor);
    expect(teamB.data?.workflowEvents.nodes.map((event) => event.cif)).toEqual([cifOf(3)]);
  });

  it('records STATUS_CHANGED with each changed status when a case action changes the case', async () => {
    const statuses = {
      customerStatus: 'CONTACTED',
      collateralStatus: 'NONE',
      processingStateStatus: 'NEW',
      lendingViolationStatus: 'NONE',
      recoveryAbilityStatus: 'HIGH',
    };
    await stack.query(
      RECORD_CASE_ACTION,
      { input: { cif: cifOf(5), agentId: agentId(1), ...statuses } },
      supervisor,
    );
    await stack.query(
      RECORD_CASE_ACTION,
      { input: { cif: cifOf(5), agentId: agentId(1), notes: 'no change' } },
      supervisor,
    );
    const change = { cif: cifOf(5), agentId: agentId(1), customerStatus: 'PROMISE_TO_PAY' };
    await stack.query(RECORD_CASE_ACTION, { input: change }, supervisor);
    const events = await newEvents();
    expect(events.map((event) => [event.type, event.entityType, event.entityId])).toEqual([
      ['STATUS_CHANGED', 'CustomerCase', cifOf(5)],
      ['STATUS_CHANGED', 'CustomerCase', cifOf(5)],
    ]);
    expect(events[1]?.details).toEqual({
      cause: 'recordCaseAction',
      changes: { customerStatus: { from: 'CONTACTED', to: 'PROMISE_TO_PAY' } },
    });
  });

  it('refuses an empty list of types and an agent id that is not a UUID, naming the field', async () => {
    const empty = await stack.query(EVENTS, { filter: { types: [] } }, supervisor);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.types' });
    const badAgent = await stack.query(EVENTS, { filter: { agentId: 'agent-1' } }, supervisor);
    expect(badAgent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.agentId',
    });
  });
});
