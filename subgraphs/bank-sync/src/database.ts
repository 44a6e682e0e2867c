import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { schema } from './db';

/** The bank-sync schema's Drizzle handle, created per server by `createDatabase` and injected, never global. */
export type BankSyncDatabase = NodePgDatabase<typeof schema>;
