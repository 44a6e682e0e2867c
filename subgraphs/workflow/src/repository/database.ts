import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { schema } from '../db';

/** The workflow domain's drizzle handle, created once per server by `createDatabase`. */
export type WorkflowDatabase = NodePgDatabase<typeof schema>;

/** A transaction on it, as `db.transaction` hands it to its callback. */
export type WorkflowTransaction = Parameters<Parameters<WorkflowDatabase['transaction']>[0]>[0];

/** What a statement needs: the database or a transaction on it. */
export type Executor = Pick<WorkflowDatabase, 'select' | 'insert' | 'update' | 'execute'>;
