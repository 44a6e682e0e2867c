/** Bad input to createAgent, updateAgent and deactivateAgent. */
import { agentId } from '../../subgraphs/workflow/test/support/fixtures';
import { type Case, field, graphql, newAgent, over, UNKNOWN_ID, without } from './workflow-inputs';

export const agentCases: Case[] = [
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
];
