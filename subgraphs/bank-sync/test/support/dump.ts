import { sql } from 'drizzle-orm';
import type { BankSyncDatabase } from '../../src/db/database';
import { syncEntities, syncEntityNames } from '../../src/inputs/sync-entities';

/** Every row of every synchronised table, each table ordered by id: two dumps are equal only if nothing moved. */
export async function dumpSyncedTables(
  db: BankSyncDatabase,
): Promise<Record<string, Record<string, unknown>[]>> {
  const dump: Record<string, Record<string, unknown>[]> = {};
  for (const name of syncEntityNames) {
    const result = await db.execute(sql`SELECT * FROM ${syncEntities[name].table} ORDER BY id`);
    dump[name] = result.rows;
  }
  return dump;
}
