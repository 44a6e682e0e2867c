/** Bad input to recordAction and updateActionResult. */
import { agentId } from '../../subgraphs/workflow/test/support/fixtures';
import { loanOf } from '../workflow/support/customers';
import {
  ACTION_ID,
  type Case,
  call,
  field,
  graphql,
  over,
  tomorrow,
  UNKNOWN_ID,
  visitAt,
  without,
} from './workflow-inputs';

export const actionCases: Case[] = [
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
];
