/** Bad input to assignCustomer, reassignCustomer, bulkAssignCustomers and recordCaseAction. */
import { agentId } from '../../subgraphs/workflow/test/support/fixtures';
import { cifOf } from '../workflow/support/customers';
import { type Case, caseAction, field, graphql, over, tomorrow, UNKNOWN_ID } from './workflow-inputs';

export const assignmentCases: Case[] = [
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
