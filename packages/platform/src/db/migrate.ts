import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

/** The table drizzle's migrator records applied migrations in, in each domain's schema; the owner's alone. */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface DomainMigrations {
  /** PostgreSQL schema the domain owns; its migrations table lives there too. */
  schema: string;
  /** Folder drizzle-kit generated the domain's SQL migrations into. */
  folder: string;
  /** The login role the domain's service connects as; it may use only `schema` (see `grantDomainRole`). */
  role: string;
}

/** Applies a domain's pending migrations; already applied ones are skipped, so it is safe to run twice. */
export async function migrateDomain(db: NodePgDatabase<Record<string, unknown>>, domain: DomainMigrations) {
  await migrate(db, {
    migrationsFolder: domain.folder,
    migrationsSchema: domain.schema,
    migrationsTable: MIGRATIONS_TABLE,
  });
}
