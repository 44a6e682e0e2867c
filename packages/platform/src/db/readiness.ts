import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';
import type { DomainMigrations } from './migrate';
import { isDatabaseUnavailable } from './unavailable';

/**
 * A subgraph's readiness checks: its database answers, and the newest migration of its folder is applied
 * (drizzle records each applied migration's folder timestamp in the domain's `__drizzle_migrations`). The
 * folder is read once; the database is asked on every check.
 */
export function databaseReadiness(pool: pg.Pool, migrations: DomainMigrations) {
  const newest = Math.max(
    0,
    ...readMigrationFiles({ migrationsFolder: migrations.folder }).map((m) => m.folderMillis),
  );
  const table = `"${migrations.schema.replaceAll('"', '""')}"."__drizzle_migrations"`;
  return async (): Promise<Record<string, true | string>> => {
    try {
      const { rows } = await pool.query<{ applied: string | null }>(
        `SELECT max(created_at)::text AS applied FROM ${table}`,
      );
      const applied = Number(rows[0]?.applied ?? 0);
      return { database: true, migrations: applied >= newest ? true : 'pending' };
    } catch (error) {
      if (isDatabaseUnavailable(error)) return { database: 'unavailable', migrations: 'unknown' };
      // No migrations table yet: the database answers, but nothing was migrated.
      return { database: true, migrations: 'pending' };
    }
  };
}
