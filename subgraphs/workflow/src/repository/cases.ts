import { inArray } from 'drizzle-orm';
import { customerCases } from '../db';
import type { CustomerCaseRow } from '../models';
import type { WorkflowDatabase } from './database';

export function findCasesByCifs(db: WorkflowDatabase, cifs: readonly string[]): Promise<CustomerCaseRow[]> {
  return db
    .select()
    .from(customerCases)
    .where(inArray(customerCases.cif, [...cifs]));
}
