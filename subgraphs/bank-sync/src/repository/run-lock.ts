import type pg from 'pg';

/** The first half of the two-int advisory lock key, so bank-sync's locks never meet another domain's. */
const LOCK_CLASS = 'bank_sync_service.sync_runs';

/**
 * Takes the session-level advisory lock of a source system's file runs on a connection of its own, or
 * returns null when another run holds it. The returned function releases it; if the process dies instead,
 * PostgreSQL releases it with the session, so a crashed run never blocks the next one.
 */
export async function tryLockSourceSystem(
  pool: pg.Pool,
  sourceSystem: string,
): Promise<(() => Promise<void>) | null> {
  const client = await pool.connect();
  const key = [LOCK_CLASS, sourceSystem];
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked',
      key,
    );
    if (rows[0]?.locked !== true) {
      client.release();
      return null;
    }
  } catch (error) {
    client.release();
    throw error;
  }
  return async () => {
    try {
      await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', key);
    } finally {
      client.release();
    }
  };
}
