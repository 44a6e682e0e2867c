import { fileURLToPath } from 'node:url';
import type { DomainMigrations } from '@collexis/platform/db';

export * from './schema';
/** The domain's tables as one object, for drizzle's relational queries (`createDatabase(schema, ...)`). */
export * as schema from './schema';

/**
 * Where drizzle-kit writes this domain's migrations, the schema they and their table live in, and the role
 * the service connects as.
 */
export const migrations: DomainMigrations = {
  schema: 'bank_sync_service',
  folder: fileURLToPath(new URL('../../../../drizzle/bank-sync', import.meta.url)),
  role: 'collexis_bank_sync',
};
