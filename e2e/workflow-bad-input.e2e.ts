/**
 * Bad input to every workflow mutation, through the gateway: each class of problem (missing or unknown fields,
 * wrong enum values, malformed or out-of-range numbers, too long strings, unparsable or future dates, ids that
 * do not exist, taken unique keys) gets its error code naming the field, and the workflow tables are unchanged.
 * Workflow takes no money amounts or currencies; its numbers are the visit coordinates (Decimal, scale 8).
 */
import type { GraphQLResponse } from '@collexis/platform/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRecords, agents, customerAgents } from '../subgraphs/workflow/src/db';
import { agentId, fixtureAgents, fixtureId } from '../subgraphs/workflow/test/support/fixtures';
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
} from '../subgraphs/workflow/test/support/operations';
import {
  cifOf,
  loanOf,
  startWorkflowSystem,
  supervisor,
  type WorkflowSystem,
} from '../subgraphs/workflow/test/support/system';

const MUTATIONS = {
  createAgent: CREATE_AGENT,
  updateAgent: UPDATE_AGENT,
  deactivateAgent: DEACTIVATE_AGENT,
  recordAction: RECORD_ACTION,
  updateActionResult: UPDATE_ACTION_RESULT,
  assignCustomer: ASSIGN_CUSTOMER,
  reassignCustomer: REASSIGN_CUSTOMER,
  bulkAssignCustomers: BULK_ASSIGN,
  recordCaseAction: RECORD_CASE_ACTION,
} as const;
type Mutation = keyof typeof MUTATIONS;

/** How the failure reaches the client. */
type Expected =
  /** The subgraph's own validation: a GraphQL error whose extensions carry the code and the field. */
  | { kind: 'field'; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; field: string }
  /**
   * graphql-js rejected the variables (BAD_USER_INPUT), at the gateway or, for our custom scalars (Decimal, Date,
   * DateTime) that the gateway cannot check, in the subgraph; its message names the field.
   */
  | { kind: 'graphql'; mentions: string };

interface Case {
  mutation: Mutation;
  problem: string;
  input: Record<string, unknown>;
  expected: Expected;
}

const field = (code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT', name: string): Expected => ({
  kind: 'field',
  code,
  field: name,
});
const graphql = (mentions: string): Expected => ({ kind: 'graphql', mentions });

const UNKNOWN_ID = fixtureId(0xa, 0xfff);
const ACTION_ID = fixtureId(0xd, 1);
const tomorrow = new Date(Date.now() + 86_400_000);
const over = (length: number) => 'X'.repeat(length + 1);

const newAgent = {
  employeeId: 'EMP-NEW',
  name: 'New Agent',
  email: 'new.agent@bank.example',
  type: 'AGENT',
  team: 'CALL_TEAM_A',
};
const call = {
  cif: cifOf(1),
  loanAccountNumber: loanOf(1),
  agentId: agentId(1),
  type: 'CALL',
  subtype: 'OUTBOUND_CALL',
  actionResult: 'NO_ANSWER',
};
const visitAt = (latitude: string, longitude: string) => ({
  ...call,
  type: 'VISIT',
  subtype: 'FIELD_VISIT',
  visitLatitude: latitude,
  visitLongitude: longitude,
});
const caseAction = { cif: cifOf(2), agentId: agentId(1), customerStatus: 'CONTACTED' };
const without = (input: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(input).filter(([name]) => name !== key));

const cases: Case[] = [
  // createAgent
  {
    mutation: 'createAgent',
    problem: 'a missing name',
    input: without(newAgent, 'name'),
    expected: graphql('Field "name" of required type "String!" was not provided'),
  },
  {
    mutation: 'createAgent',
    problem: 'an unknown field',
    input: { ...newAgent, salary: '1' },
    expected: graphql('Field "salary" is not defined by type "CreateAgentInput"'),
  },
  {
    mutation: 'createAgent',
    problem: 'a wrong agent type',
    input: { ...newAgent, type: 'BOSS' },
    expected: graphql('Value "BOSS" does not exist in "AgentType" enum'),
  },
  {
    mutation: 'createAgent',
    problem: 'an employee id over 20 characters',
    input: { ...newAgent, employeeId: over(20) },
    expected: field('BAD_USER_INPUT', 'input.employeeId'),
  },
  {
    mutation: 'createAgent',
    problem: 'a name over 100 characters',
    input: { ...newAgent, name: over(100) },
    expected: field('BAD_USER_INPUT', 'input.name'),
  },
  {
    mutation: 'createAgent',
    problem: 'a blank name',
    input: { ...newAgent, name: '   ' },
    expected: field('BAD_USER_INPUT', 'input.name'),
  },
  {
    mutation: 'createAgent',
    problem: 'a malformed email',
    input: { ...newAgent, email: 'not-an-email' },
    expected: field('BAD_USER_INPUT', 'input.email'),
  },
  {
    mutation: 'createAgent',
    problem: 'a phone with letters',
    input: { ...newAgent, phone: 'call me' },
    expected: field('BAD_USER_INPUT', 'input.phone'),
  },
  {
    mutation: 'createAgent',
    problem: 'a team that is no code',
    input: { ...newAgent, team: 'call team a' },
    expected: field('BAD_USER_INPUT', 'input.team'),
  },
  {
    mutation: 'createAgent',
    problem: 'a team over 30 characters',
    input: { ...newAgent, team: over(30) },
    expected: field('BAD_USER_INPUT', 'input.team'),
  },
  {
    mutation: 'createAgent',
    problem: 'a taken employee id',
    input: { ...newAgent, employeeId: 'EMP0001' },
    expected: field('CONFLICT', 'input.employeeId'),
  },
  {
    mutation: 'createAgent',
    problem: 'a taken email in another case',
    input: { ...newAgent, email: 'AGENT1@bank.example' },
    expected: field('CONFLICT', 'input.email'),
  },
  // updateAgent
  {
    mutation: 'updateAgent',
    problem: 'an unknown agent',
    input: { id: UNKNOWN_ID, name: 'X' },
    expected: field('NOT_FOUND', 'input.id'),
  },
  {
    mutation: 'updateAgent',
    problem: 'an id that is no UUID',
    input: { id: 'agent-1', name: 'X' },
    expected: field('BAD_USER_INPUT', 'input.id'),
  },
  {
    mutation: 'updateAgent',
    problem: 'nothing to change',
    input: { id: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input'),
  },
  {
    mutation: 'updateAgent',
    problem: 'a null name',
    input: { id: agentId(1), name: null },
    expected: field('BAD_USER_INPUT', 'input.name'),
  },
  {
    mutation: 'updateAgent',
    problem: 'a phone over 20 characters',
    input: { id: agentId(1), phone: '1'.repeat(21) },
    expected: field('BAD_USER_INPUT', 'input.phone'),
  },
  {
    mutation: 'updateAgent',
    problem: 'a wrong agent type',
    input: { id: agentId(1), type: 'BOSS' },
    expected: graphql('Value "BOSS" does not exist in "AgentType" enum'),
  },
  {
    mutation: 'updateAgent',
    problem: 'a taken email',
    input: { id: agentId(1), email: 'agent3@bank.example' },
    expected: field('CONFLICT', 'input.email'),
  },
  // deactivateAgent
  {
    mutation: 'deactivateAgent',
    problem: 'a missing id',
    input: {},
    expected: graphql('Field "id" of required type "ID!" was not provided'),
  },
  {
    mutation: 'deactivateAgent',
    problem: 'an unknown agent',
    input: { id: UNKNOWN_ID },
    expected: field('NOT_FOUND', 'input.id'),
  },
  {
    mutation: 'deactivateAgent',
    problem: 'an id that is no UUID',
    input: { id: '42' },
    expected: field('BAD_USER_INPUT', 'input.id'),
  },
  // recordAction
  {
    mutation: 'recordAction',
    problem: 'a missing cif',
    input: without(call, 'cif'),
    expected: graphql('Field "cif" of required type "String!" was not provided'),
  },
  {
    mutation: 'recordAction',
    problem: 'an unknown field',
    input: { ...call, mood: 'angry' },
    expected: graphql('Field "mood" is not defined by type "RecordActionInput"'),
  },
  {
    mutation: 'recordAction',
    problem: 'a wrong action type',
    input: { ...call, type: 'PIGEON' },
    expected: graphql('Value "PIGEON" does not exist in "ActionType" enum'),
  },
  {
    mutation: 'recordAction',
    problem: 'a cif over 20 characters',
    input: { ...call, cif: over(20) },
    expected: field('BAD_USER_INPUT', 'input.cif'),
  },
  {
    mutation: 'recordAction',
    problem: 'a subtype over 30 characters',
    input: { ...call, subtype: over(30) },
    expected: field('BAD_USER_INPUT', 'input.subtype'),
  },
  {
    mutation: 'recordAction',
    problem: 'a result that is no code',
    input: { ...call, actionResult: 'no answer' },
    expected: field('BAD_USER_INPUT', 'input.actionResult'),
  },
  {
    mutation: 'recordAction',
    problem: 'a call trace id over 20 characters',
    input: { ...call, callTraceId: over(20) },
    expected: field('BAD_USER_INPUT', 'input.callTraceId'),
  },
  {
    mutation: 'recordAction',
    problem: 'notes over 10,000 characters',
    input: { ...call, notes: over(10_000) },
    expected: field('BAD_USER_INPUT', 'input.notes'),
  },
  {
    mutation: 'recordAction',
    problem: 'a non-numeric latitude',
    input: visitAt('north', '106.7'),
    expected: graphql('input.visitLatitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a latitude given as a number',
    input: { ...visitAt('1', '106.7'), visitLatitude: 10.5 },
    expected: graphql('input.visitLatitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a latitude with 9 decimals',
    input: visitAt('10.123456789', '106.7'),
    expected: graphql('input.visitLatitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a latitude beyond -90',
    input: visitAt('-90.5', '106.7'),
    expected: field('BAD_USER_INPUT', 'input.visitLatitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a longitude beyond 180',
    input: visitAt('10.5', '180.00000001'),
    expected: field('BAD_USER_INPUT', 'input.visitLongitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a latitude without a longitude',
    input: without(visitAt('10.5', '1'), 'visitLongitude'),
    expected: field('BAD_USER_INPUT', 'input.visitLongitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'a visit location on a call',
    input: { ...call, visitLatitude: '10.5', visitLongitude: '106.7' },
    expected: field('BAD_USER_INPUT', 'input.visitLatitude'),
  },
  {
    mutation: 'recordAction',
    problem: 'an action date that does not parse',
    input: { ...call, actionDate: '2026-11-02 10:00' },
    expected: graphql('input.actionDate'),
  },
  {
    mutation: 'recordAction',
    problem: 'an action date in the future',
    input: { ...call, actionDate: tomorrow.toISOString() },
    expected: field('BAD_USER_INPUT', 'input.actionDate'),
  },
  {
    mutation: 'recordAction',
    problem: 'an unknown customer',
    input: { ...call, cif: 'NOSUCHCIF' },
    expected: field('NOT_FOUND', 'input.cif'),
  },
  {
    mutation: 'recordAction',
    problem: 'an unknown loan',
    input: { ...call, loanAccountNumber: 'NOSUCHLOAN' },
    expected: field('NOT_FOUND', 'input.loanAccountNumber'),
  },
  {
    mutation: 'recordAction',
    problem: "another customer's loan",
    input: { ...call, loanAccountNumber: loanOf(2) },
    expected: field('BAD_USER_INPUT', 'input.loanAccountNumber'),
  },
  {
    mutation: 'recordAction',
    problem: 'an unknown agent',
    input: { ...call, agentId: UNKNOWN_ID },
    expected: field('NOT_FOUND', 'input.agentId'),
  },
  {
    mutation: 'recordAction',
    problem: 'an inactive agent',
    input: { ...call, agentId: agentId(2) },
    expected: field('BAD_USER_INPUT', 'input.agentId'),
  },
  // updateActionResult
  {
    mutation: 'updateActionResult',
    problem: 'a missing result',
    input: { id: ACTION_ID },
    expected: graphql('Field "actionResult" of required type "String!" was not provided'),
  },
  {
    mutation: 'updateActionResult',
    problem: 'an unknown action',
    input: { id: UNKNOWN_ID, actionResult: 'PAID' },
    expected: field('NOT_FOUND', 'input.id'),
  },
  {
    mutation: 'updateActionResult',
    problem: 'an id that is no UUID',
    input: { id: 'A-1', actionResult: 'PAID' },
    expected: field('BAD_USER_INPUT', 'input.id'),
  },
  {
    mutation: 'updateActionResult',
    problem: 'a result over 30 characters',
    input: { id: ACTION_ID, actionResult: over(30) },
    expected: field('BAD_USER_INPUT', 'input.actionResult'),
  },
  {
    mutation: 'updateActionResult',
    problem: 'notes over 10,000 characters',
    input: { id: ACTION_ID, actionResult: 'PAID', notes: over(10_000) },
    expected: field('BAD_USER_INPUT', 'input.notes'),
  },
  // assignCustomer
  {
    mutation: 'assignCustomer',
    problem: 'no agent at all',
    input: { cif: cifOf(1) },
    expected: field('BAD_USER_INPUT', 'input.callAgentId'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'an unknown field',
    input: { cif: cifOf(1), callAgentId: agentId(1), priority: 1 },
    expected: graphql('Field "priority" is not defined by type "AssignCustomerInput"'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'an unknown customer',
    input: { cif: 'NOSUCHCIF', callAgentId: agentId(1) },
    expected: field('NOT_FOUND', 'input.cif'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'an unknown field agent',
    input: { cif: cifOf(1), fieldAgentId: UNKNOWN_ID },
    expected: field('NOT_FOUND', 'input.fieldAgentId'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'an inactive call agent',
    input: { cif: cifOf(1), callAgentId: agentId(2) },
    expected: field('BAD_USER_INPUT', 'input.callAgentId'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'an agent id that is no UUID',
    input: { cif: cifOf(1), callAgentId: 'alice' },
    expected: field('BAD_USER_INPUT', 'input.callAgentId'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'a start date that does not parse',
    input: { cif: cifOf(1), callAgentId: agentId(1), startDate: '01/11/2026' },
    expected: graphql('input.startDate'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'a start date in the future',
    input: { cif: cifOf(1), callAgentId: agentId(1), startDate: tomorrow.toISOString().slice(0, 10) },
    expected: field('BAD_USER_INPUT', 'input.startDate'),
  },
  {
    mutation: 'assignCustomer',
    problem: 'a start date before the current assignment',
    input: { cif: cifOf(2), callAgentId: agentId(3), startDate: '2026-11-09' },
    expected: field('BAD_USER_INPUT', 'input.startDate'),
  },
  // reassignCustomer
  {
    mutation: 'reassignCustomer',
    problem: 'a wrong role',
    input: { cif: cifOf(2), newAgentId: agentId(1), role: 'DRIVER' },
    expected: graphql('Value "DRIVER" does not exist in "AssignmentRole" enum'),
  },
  {
    mutation: 'reassignCustomer',
    problem: 'a customer without a current assignment',
    input: { cif: cifOf(1), newAgentId: agentId(1), role: 'CALL' },
    expected: field('NOT_FOUND', 'input.cif'),
  },
  {
    mutation: 'reassignCustomer',
    problem: 'an unknown agent',
    input: { cif: cifOf(2), newAgentId: UNKNOWN_ID, role: 'CALL' },
    expected: field('NOT_FOUND', 'input.newAgentId'),
  },
  {
    mutation: 'reassignCustomer',
    problem: 'an inactive agent',
    input: { cif: cifOf(2), newAgentId: agentId(2), role: 'FIELD' },
    expected: field('BAD_USER_INPUT', 'input.newAgentId'),
  },
  // bulkAssignCustomers
  {
    mutation: 'bulkAssignCustomers',
    problem: 'no customers',
    input: { cifs: [], callAgentId: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input.cifs'),
  },
  {
    mutation: 'bulkAssignCustomers',
    problem: 'more than 1,000 customers',
    input: { cifs: Array.from({ length: 1001 }, (_, i) => `C${i}`), callAgentId: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input.cifs'),
  },
  {
    mutation: 'bulkAssignCustomers',
    problem: 'a customer listed twice',
    input: { cifs: [cifOf(1), cifOf(1)], callAgentId: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input.cifs.1'),
  },
  {
    mutation: 'bulkAssignCustomers',
    problem: 'a cif over 20 characters',
    input: { cifs: [over(20)], callAgentId: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input.cifs.0'),
  },
  {
    mutation: 'bulkAssignCustomers',
    problem: 'an unknown customer among known ones',
    input: { cifs: [cifOf(1), 'NOSUCHCIF', cifOf(3)], callAgentId: agentId(1) },
    expected: field('NOT_FOUND', 'input.cifs.1'),
  },
  {
    mutation: 'bulkAssignCustomers',
    problem: 'no agent at all',
    input: { cifs: [cifOf(1)] },
    expected: field('BAD_USER_INPUT', 'input.callAgentId'),
  },
  // recordCaseAction
  {
    mutation: 'recordCaseAction',
    problem: 'an unknown field',
    input: { ...caseAction, mood: 'calm' },
    expected: graphql('Field "mood" is not defined by type "RecordCaseActionInput"'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'a status that is no code',
    input: { ...caseAction, customerStatus: 'paying' },
    expected: field('BAD_USER_INPUT', 'input.customerStatus'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'a status over 30 characters',
    input: { ...caseAction, recoveryAbilityStatus: over(30) },
    expected: field('BAD_USER_INPUT', 'input.recoveryAbilityStatus'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'neither notes nor a status',
    input: { cif: cifOf(2), agentId: agentId(1) },
    expected: field('BAD_USER_INPUT', 'input.notes'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'a first case action without all five statuses',
    input: { ...caseAction, cif: cifOf(3) },
    expected: field('BAD_USER_INPUT', 'input.collateralStatus'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'a follow-up that does not parse',
    input: { ...caseAction, fUpdate: 'next week' },
    expected: graphql('input.fUpdate'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'an action date in the future',
    input: { ...caseAction, actionDate: tomorrow.toISOString() },
    expected: field('BAD_USER_INPUT', 'input.actionDate'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'an unknown customer',
    input: { ...caseAction, cif: 'NOSUCHCIF' },
    expected: field('NOT_FOUND', 'input.cif'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'an unknown agent',
    input: { ...caseAction, agentId: UNKNOWN_ID },
    expected: field('NOT_FOUND', 'input.agentId'),
  },
  {
    mutation: 'recordCaseAction',
    problem: 'an inactive agent',
    input: { ...caseAction, agentId: agentId(2) },
    expected: field('BAD_USER_INPUT', 'input.agentId'),
  },
];

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
]
  .map(
    (table) =>
      `select '${table}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
       from workflow_service.${table} as t`,
  )
  .join(' union all ');

describe('bad input to workflow mutations, through the gateway', () => {
  let system: WorkflowSystem;
  const snapshot = async () => (await system.sql.query(SNAPSHOT)).rows;

  beforeAll(async () => {
    system = await startWorkflowSystem({ customers: 3, gateway: true });
    await system.db.insert(agents).values(fixtureAgents);
    await system.db
      .insert(customerAgents)
      .values({ cif: cifOf(2), assignedCallAgentId: agentId(1), startDate: '2026-11-10' });
    await system.db.insert(actionRecords).values({
      id: ACTION_ID,
      ...call,
      actionDate: new Date('2026-11-11T09:00:00.000Z'),
      createdBy: 'fixture',
      updatedBy: 'fixture',
    });
  });
  afterAll(() => system?.stop());

  it.each(cases)(
    '$mutation: $problem is refused and changes nothing',
    async ({ mutation, input, expected }) => {
      const before = await snapshot();
      const response = await system.query(MUTATIONS[mutation], { input }, supervisor);
      expectFailure(response, expected);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('covers every mutation of the workflow subgraph', () => {
    expect(new Set(cases.map((c) => c.mutation))).toEqual(new Set(Object.keys(MUTATIONS)));
  });
});
