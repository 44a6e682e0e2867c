import { ErrorCode, validateInput } from '@collexis/platform/graphql';
import type { CustomerAgentRow, WorkflowQueryRunner } from '../db/database';
import { type InputProblem, InputProblemsError, NotFoundError } from '../errors';
import { customersAssigned } from '../events/workflow-event-rows';
import { assignCustomerInput, bulkAssignCustomersInput, reassignCustomerInput } from '../inputs/assignments';
import { today } from '../inputs/common';
import {
  closeAssignments,
  findCurrentAssignmentsByCifs,
  insertAssignments,
  lockCustomers,
} from '../repository/assignments';
import { recordAudit } from '../repository/audit-log';
import { findCasesForUpdate, setCaseAgents } from '../repository/cases';
import { appendWorkflowEvents } from '../repository/workflow-events';
import { type AgentReference, requireActiveAgents } from './agents';
import type { WriteContext } from './write-context';

/** The agents of an assignment. */
interface Agents {
  callAgentId: string | null;
  fieldAgentId: string | null;
}

/** One customer's assignment after a write: the current row, and the row it closed if it opened a new one. */
export interface AssignmentOutcome {
  assignment: CustomerAgentRow;
  previous: CustomerAgentRow | null;
  changed: boolean;
}

interface AssignmentWrite {
  operation: string;
  /** The customers, each with the input field that names it (`input.cif`, `input.cifs.3`). */
  customers: readonly { cif: string; field: string }[];
  /** The agents each customer gets, given its current assignment; null when it has none. */
  agentsFor(current: CustomerAgentRow | null): Agents;
  /** The agents named by the input, checked for existence and activity. */
  agentReferences: readonly AgentReference[];
  startDate: string;
  /** Path of the start date in the input, for its errors. */
  startDateField: string;
}

const sameAgents = (row: CustomerAgentRow, agents: Agents) =>
  row.assignedCallAgentId === agents.callAgentId && row.assignedFieldAgentId === agents.fieldAgentId;

/**
 * Applies assignments as SCD type 2, set-based, in the caller's transaction: the customers are locked, each
 * changed customer's current row is closed on the start date and a new current row opened, the cases follow,
 * and every change is audited. A handful of statements whatever the number of customers; any invalid customer
 * fails the whole write with every problem listed.
 */
async function applyAssignments(
  tx: WorkflowQueryRunner,
  context: WriteContext,
  write: AssignmentWrite,
): Promise<AssignmentOutcome[]> {
  const cifs = write.customers.map((customer) => customer.cif);
  await lockCustomers(tx, cifs);
  await requireActiveAgents(tx, write.agentReferences);
  const current = new Map((await findCurrentAssignmentsByCifs(tx, cifs)).map((row) => [row.cif, row]));

  const problems: InputProblem[] = [];
  const changes: { cif: string; current: CustomerAgentRow | null; agents: Agents }[] = [];
  for (const { cif } of write.customers) {
    const row = current.get(cif) ?? null;
    const agents = write.agentsFor(row);
    if (row && sameAgents(row, agents)) continue;
    if (row && write.startDate < row.startDate) {
      problems.push({
        field: write.startDateField,
        code: ErrorCode.BadUserInput,
        message: `${write.startDateField}: ${write.startDate} is before the start of ${cif}'s current assignment (${row.startDate})`,
      });
    }
    changes.push({ cif, current: row, agents });
  }
  const [firstProblem, ...moreProblems] = problems;
  if (firstProblem) throw new InputProblemsError([firstProblem, ...moreProblems]);

  const closed = new Map(
    (
      await closeAssignments(
        tx,
        changes.flatMap((change) => (change.current ? [change.current.id] : [])),
        write.startDate,
      )
    ).map((row) => [row.cif, row]),
  );
  const opened = new Map(
    (
      await insertAssignments(
        tx,
        changes.map(({ cif, agents }) => ({
          cif,
          assignedCallAgentId: agents.callAgentId,
          assignedFieldAgentId: agents.fieldAgentId,
          startDate: write.startDate,
          isCurrent: true,
        })),
      )
    ).map((row) => [row.cif, row]),
  );
  const changedCifs = changes.map((change) => change.cif);
  const casesBefore = new Map((await findCasesForUpdate(tx, changedCifs)).map((row) => [row.cif, row]));
  const casesAfter = await setCaseAgents(
    tx,
    changes.filter((change) => casesBefore.has(change.cif)).map(({ cif, agents }) => ({ cif, ...agents })),
  );
  await recordAudit(tx, context.viewer, [
    ...changes.map((change) => ({
      operation: write.operation,
      entityType: 'CustomerAgent',
      entityKey: change.cif,
      before: closed.get(change.cif) ?? null,
      after: opened.get(change.cif),
    })),
    ...casesAfter.map((after) => ({
      operation: write.operation,
      entityType: 'CustomerCase',
      entityKey: after.cif,
      before: casesBefore.get(after.cif),
      after,
    })),
  ]);
  const assigned = [...opened.values()].map((after) => ({ after, before: closed.get(after.cif) ?? null }));
  await appendWorkflowEvents(tx, await customersAssigned(tx, write.operation, assigned));

  return write.customers.map(({ cif }) => {
    const assignment = opened.get(cif) ?? current.get(cif);
    if (!assignment) throw new Error(`customer ${cif} has no current assignment after assigning it`);
    const changed = opened.has(cif);
    return { assignment, previous: changed ? (closed.get(cif) ?? null) : null, changed };
  });
}

/** The agents an assign input names, each with its field. */
function agentReferences(input: {
  callAgentId?: string | null;
  fieldAgentId?: string | null;
}): AgentReference[] {
  return [
    ...(input.callAgentId ? [{ field: 'input.callAgentId', id: input.callAgentId }] : []),
    ...(input.fieldAgentId ? [{ field: 'input.fieldAgentId', id: input.fieldAgentId }] : []),
  ];
}

/** Throws NOT_FOUND for the customers bank-sync does not know, listing every one. */
async function requireCustomers(context: WriteContext, customers: readonly { cif: string; field: string }[]) {
  const found = await context.customers.lookup({ cifs: customers.map((customer) => customer.cif) });
  const [first, ...more] = customers
    .filter(({ cif }) => !found.customers.has(cif))
    .map(({ cif, field }) => ({
      field,
      code: ErrorCode.NotFound,
      message: `${field}: customer ${cif} does not exist`,
    }));
  if (first) throw new InputProblemsError([first, ...more]);
}

export async function assignCustomer(context: WriteContext, rawInput: unknown): Promise<AssignmentOutcome> {
  const input = validateInput(assignCustomerInput, rawInput);
  const customers = [{ cif: input.cif, field: 'input.cif' }];
  await requireCustomers(context, customers);
  const agents = { callAgentId: input.callAgentId ?? null, fieldAgentId: input.fieldAgentId ?? null };
  const [outcome] = await context.db.transaction((tx) =>
    applyAssignments(tx, context, {
      operation: 'assignCustomer',
      customers,
      agentsFor: () => agents,
      agentReferences: agentReferences(input),
      startDate: input.startDate ?? today(),
      startDateField: 'input.startDate',
    }),
  );
  if (!outcome) throw new Error('assignCustomer produced no outcome');
  return outcome;
}

/**
 * Replaces one agent of the customer's current assignment and keeps the other. The customer was checked with
 * bank-sync when it was first assigned, so no lookup is needed: it must have a current assignment.
 */
export async function reassignCustomer(context: WriteContext, rawInput: unknown): Promise<AssignmentOutcome> {
  const input = validateInput(reassignCustomerInput, rawInput);
  const [outcome] = await context.db.transaction((tx) =>
    applyAssignments(tx, context, {
      operation: 'reassignCustomer',
      customers: [{ cif: input.cif, field: 'input.cif' }],
      agentsFor: (current) => {
        if (!current) throw new NotFoundError('current assignment of customer', input.cif, 'input.cif');
        return input.role === 'CALL'
          ? { callAgentId: input.newAgentId, fieldAgentId: current.assignedFieldAgentId }
          : { callAgentId: current.assignedCallAgentId, fieldAgentId: input.newAgentId };
      },
      agentReferences: [{ field: 'input.newAgentId', id: input.newAgentId }],
      startDate: input.startDate ?? today(),
      startDateField: 'input.startDate',
    }),
  );
  if (!outcome) throw new Error('reassignCustomer produced no outcome');
  return outcome;
}

export interface BulkAssignmentOutcome {
  assignments: CustomerAgentRow[];
  changedCount: number;
  unchangedCount: number;
}

/** Assigns up to 1,000 customers to the same agents, all or nothing, in a bounded number of statements. */
export async function bulkAssignCustomers(
  context: WriteContext,
  rawInput: unknown,
): Promise<BulkAssignmentOutcome> {
  const input = validateInput(bulkAssignCustomersInput, rawInput);
  const customers = input.cifs.map((cif, index) => ({ cif, field: `input.cifs.${index}` }));
  await requireCustomers(context, customers);
  const agents = { callAgentId: input.callAgentId ?? null, fieldAgentId: input.fieldAgentId ?? null };
  const outcomes = await context.db.transaction((tx) =>
    applyAssignments(tx, context, {
      operation: 'bulkAssignCustomers',
      customers,
      agentsFor: () => agents,
      agentReferences: agentReferences(input),
      startDate: input.startDate ?? today(),
      startDateField: 'input.startDate',
    }),
  );
  const changedCount = outcomes.filter((outcome) => outcome.changed).length;
  return {
    assignments: outcomes.map((outcome) => outcome.assignment),
    changedCount,
    unchangedCount: outcomes.length - changedCount,
  };
}
