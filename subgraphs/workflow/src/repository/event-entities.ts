import { inArray } from 'drizzle-orm';
import { actionRecords, customerAgents } from '../db';
import type { ActionRecordRow, CustomerAgentRow, WorkflowQueryRunner } from '../db/database';

/** The actions with these ids (the entities of ACTION_RECORDED events); every id must be a UUID. */
export function findActionsByIds(
  db: WorkflowQueryRunner,
  ids: readonly string[],
): Promise<ActionRecordRow[]> {
  return db
    .select()
    .from(actionRecords)
    .where(inArray(actionRecords.id, [...ids]));
}

/** The assignment rows with these ids (the entities of CUSTOMER_ASSIGNED events); every id must be a UUID. */
export function findAssignmentsByIds(
  db: WorkflowQueryRunner,
  ids: readonly string[],
): Promise<CustomerAgentRow[]> {
  return db
    .select()
    .from(customerAgents)
    .where(inArray(customerAgents.id, [...ids]));
}
