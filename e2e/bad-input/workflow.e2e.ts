/**
 * Bad input to every workflow mutation, through the gateway: each class of problem (missing or unknown fields,
 * wrong enum values, malformed or out-of-range numbers, too long strings, unparsable or future dates, ids that
 * do not exist, taken unique keys) gets its error code naming the field, and the workflow tables are unchanged.
 * The cases are data (workflow-*.cases.ts); this file runs them.
 */
import type { GraphQLResponse } from '@collexis/platform/http';
import { viewers } from '@collexis/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRecords, agents, customerAgents } from '../../subgraphs/workflow/src/db';
import { agentId, fixtureAgents } from '../../subgraphs/workflow/test/support/fixtures';
import {
  ASSIGN_CUSTOMER,
  BULK_ASSIGN,
  CREATE_AGENT,
  DEACTIVATE_AGENT,
  REASSIGN_CUSTOMER,
  RECORD_ACTION,
  RECORD_CASE_ACTION,
  UPDATE_ACTION_RESULT,
  UPDATE_AGENT,
} from '../../subgraphs/workflow/test/support/operations';
import { cifOf } from '../workflow/support/customers';
import { startWorkflowStack, type WorkflowStack } from '../workflow/support/workflow-stack';
import { actionCases } from './workflow-actions.cases';
import { agentCases } from './workflow-agents.cases';
import { assignmentCases } from './workflow-assignments.cases';
import { ACTION_ID, type Case, call, type Expected, type Mutation } from './workflow-inputs';

const MUTATIONS: Record<Mutation, string> = {
  createAgent: CREATE_AGENT,
  updateAgent: UPDATE_AGENT,
  deactivateAgent: DEACTIVATE_AGENT,
  recordAction: RECORD_ACTION,
  updateActionResult: UPDATE_ACTION_RESULT,
  assignCustomer: ASSIGN_CUSTOMER,
  reassignCustomer: REASSIGN_CUSTOMER,
  bulkAssignCustomers: BULK_ASSIGN,
  recordCaseAction: RECORD_CASE_ACTION,
};

const cases: Case[] = [...agentCases, ...actionCases, ...assignmentCases];

function expectFailure(response: GraphQLResponse<Record<string, unknown>>, expected: Expected): void {
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  const [error] = response.errors ?? [];
  switch (expected.kind) {
    case 'field':
      expect(response.errors).toHaveLength(1);
      expect(error?.extensions).toMatchObject({ code: expected.code, field: expected.field });
      expect(error?.message).toContain(expected.field);
      return;
    case 'graphql':
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain(expected.mentions);
      return;
  }
}

/** Every workflow table, as row count and a digest of its rows. */
const SNAPSHOT = [
  'agents',
  'action_records',
  'customer_agents',
  'customer_cases',
  'customer_case_actions',
  'audit_log',
  'payment_event_checkpoints',
  'workflow_events',
]
  .map(
    (table) =>
      `select '${table}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
       from workflow_service.${table} as t`,
  )
  .join(' union all ');

describe('bad input to workflow mutations, through the gateway', () => {
  let stack: WorkflowStack;
  const snapshot = async () => (await stack.sql.query(SNAPSHOT)).rows;

  beforeAll(async () => {
    stack = await startWorkflowStack({ customers: 3, gateway: true });
    await stack.db.insert(agents).values(fixtureAgents);
    await stack.db
      .insert(customerAgents)
      .values({ cif: cifOf(2), assignedCallAgentId: agentId(1), startDate: '2026-11-10' });
    await stack.db.insert(actionRecords).values({
      id: ACTION_ID,
      ...call,
      actionDate: new Date('2026-11-11T09:00:00.000Z'),
      createdBy: 'fixture',
      updatedBy: 'fixture',
    });
  });
  afterAll(() => stack?.stop());

  it.each(cases)(
    '$mutation: $problem is refused and changes nothing',
    async ({ mutation, input, expected }) => {
      const before = await snapshot();
      const response = await stack.query(MUTATIONS[mutation], { input }, viewers.supervisor);
      expectFailure(response, expected);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('covers every mutation of the workflow subgraph', () => {
    expect(new Set(cases.map((c) => c.mutation))).toEqual(new Set(Object.keys(MUTATIONS)));
  });
});
