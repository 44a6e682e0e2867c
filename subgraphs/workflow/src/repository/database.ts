import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { schema } from '../db';

/** The workflow domain's drizzle handle, created once per server by `createDatabase`. */
export type WorkflowDatabase = NodePgDatabase<typeof schema>;
