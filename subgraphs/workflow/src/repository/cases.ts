import { type LockWait, rowLocks } from '@collexis/events/consume';
import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { agents, customerCases } from '../db';
import type { AgentRow, CustomerCaseRow, WorkflowQueryRunner } from '../db/database';

export type NewCustomerCase = typeof customerCases.$inferInsert;
export type CaseChanges = Partial<Omit<NewCustomerCase, 'id' | 'cif' | 'createdAt' | 'updatedAt'>>;

/** The agents a customer's case names, as its current assignment does. */
export interface CaseAgents {
  cif: string;
  callAgentId: string | null;
  fieldAgentId: string | null;
}

/** A case and the agents it names, read in one statement. */
export interface CaseWithAgents {
  customerCase: CustomerCaseRow;
  callAgent: AgentRow | null;
  fieldAgent: AgentRow | null;
}

const callAgents = alias(agents, 'call_agent');
const fieldAgents = alias(agents, 'field_agent');

const casesByCifs = oncePerDatabase((db: WorkflowQueryRunner) =>
  db
    .select({ customerCase: customerCases, callAgent: callAgents, fieldAgent: fieldAgents })
    .from(customerCases)
    .leftJoin(callAgents, eq(callAgents.id, customerCases.assignedCallAgentId))
    .leftJoin(fieldAgents, eq(fieldAgents.id, customerCases.assignedFieldAgentId))
    .where(equalsAny(customerCases.cif, 'cifs'))
    .prepare('workflow_cases_with_agents_by_cifs'),
);

/** The cases of these customers, each with its agents, so that they cost no second round. */
export function findCasesByCifs(db: WorkflowQueryRunner, cifs: readonly string[]): Promise<CaseWithAgents[]> {
  return casesByCifs(db).execute({ cifs });
}

/**
 * The cases of these customers, locked for update until the transaction ends. With 'nowait' a case held
 * elsewhere fails the statement (55P03) instead of waiting.
 */
export function findCasesForUpdate(
  tx: WorkflowQueryRunner,
  cifs: readonly string[],
  locks: LockWait = 'wait',
): Promise<CustomerCaseRow[]> {
  if (cifs.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(customerCases)
    .where(inArray(customerCases.cif, [...cifs]))
    .for('update', rowLocks(locks));
}

/**
 * Sets the agents of each customer's case to those of its current assignment, in one statement whatever the
 * number of customers; customers without a case are left without one. Returns the cases changed.
 */
export function setCaseAgents(
  tx: WorkflowQueryRunner,
  agents: readonly CaseAgents[],
): Promise<CustomerCaseRow[]> {
  if (agents.length === 0) return Promise.resolve([]);
  const values = sql.join(
    agents.map((a) => sql`(${a.cif}, ${a.callAgentId}::uuid, ${a.fieldAgentId}::uuid)`),
    sql`, `,
  );
  return tx
    .update(customerCases)
    .set({ assignedCallAgentId: sql`next.call_agent_id`, assignedFieldAgentId: sql`next.field_agent_id` })
    .from(sql`(values ${values}) as next (cif, call_agent_id, field_agent_id)`)
    .where(eq(customerCases.cif, sql`next.cif`))
    .returning();
}

export async function insertCase(
  tx: WorkflowQueryRunner,
  customerCase: NewCustomerCase,
): Promise<CustomerCaseRow> {
  const [row] = await tx.insert(customerCases).values(customerCase).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no case');
  return row;
}

export async function updateCase(
  tx: WorkflowQueryRunner,
  cif: string,
  changes: CaseChanges,
): Promise<CustomerCaseRow> {
  const [row] = await tx.update(customerCases).set(changes).where(eq(customerCases.cif, cif)).returning();
  if (!row) throw new Error(`the case of ${cif} vanished while locked`);
  return row;
}
