import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

export interface DomainMigrations {
  /** PostgreSQL schema the domain owns; its migrations table lives there too. */
  schema: string;
  /** Folder drizzle-kit generated the domain's SQL migrations into. */
  folder: string;
}

/** Applies a domain's pending migrations; already applied ones are skipped, so it is safe to run twice. */
export async function migrateDomain(db: NodePgDatabase<Record<string, unknown>>, domain: DomainMigrations) {
  await migrate(db, {
    migrationsFolder: domain.folder,
    migrationsSchema: domain.schema,
    migrationsTable: '__drizzle_migrations',
  });
}
