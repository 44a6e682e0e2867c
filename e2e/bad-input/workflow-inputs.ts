/**
 * The shape of a workflow bad-input case and the valid inputs each case spoils (see workflow.e2e.ts). Workflow
 * takes no money amounts or currencies; its numbers are the visit coordinates (Decimal, scale 8).
 */
import { agentId, fixtureId } from '../../subgraphs/workflow/test/support/fixtures';
import { cifOf, loanOf } from '../workflow/support/customers';

export type Mutation =
  | 'createAgent'
  | 'updateAgent'
  | 'deactivateAgent'
  | 'recordAction'
  | 'updateActionResult'
  | 'assignCustomer'
  | 'reassignCustomer'
  | 'bulkAssignCustomers'
  | 'recordCaseAction';

/** How the failure reaches the client. */
export type Expected =
  /** The subgraph's own validation: a GraphQL error whose extensions carry the code and the field. */
  | { kind: 'field'; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; field: string }
  /**
   * graphql-js rejected the variables (BAD_USER_INPUT), at the gateway or, for our custom scalars (Decimal, Date,
   * DateTime) that the gateway cannot check, in the subgraph; its message names the field.
   */
  | { kind: 'graphql'; mentions: string };

export interface Case {
  mutation: Mutation;
  problem: string;
  input: Record<string, unknown>;
  expected: Expected;
}

export const field = (code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT', name: string): Expected => ({
  kind: 'field',
  code,
  field: name,
});
export const graphql = (mentions: string): Expected => ({ kind: 'graphql', mentions });

export const UNKNOWN_ID = fixtureId(0xa, 0xfff);
export const ACTION_ID = fixtureId(0xd, 1);
export const tomorrow = new Date(Date.now() + 86_400_000);
export const over = (length: number) => 'X'.repeat(length + 1);

export const newAgent = {
  employeeId: 'EMP-NEW',
  name: 'New Agent',
  email: 'new.agent@bank.example',
  type: 'AGENT',
  team: 'CALL_TEAM_A',
};
export const call = {
  cif: cifOf(1),
  loanAccountNumber: loanOf(1),
  agentId: agentId(1),
  type: 'CALL',
  subtype: 'OUTBOUND_CALL',
  actionResult: 'NO_ANSWER',
};
export const visitAt = (latitude: string, longitude: string) => ({
  ...call,
  type: 'VISIT',
  subtype: 'FIELD_VISIT',
  visitLatitude: latitude,
  visitLongitude: longitude,
});
export const caseAction = { cif: cifOf(2), agentId: agentId(1), customerStatus: 'CONTACTED' };
export const without = (input: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(input).filter(([name]) => name !== key));
