import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * Runs `prepare` once per database handle and keeps what it returns with the handle: a repository builds its
 * prepared statements (`.prepare(name)`) on a server's first request and every request after reuses them, so
 * drizzle builds their SQL once. Weakly keyed: a handle that is dropped (a test's server stopped) takes its
 * statements with it. A transaction is a handle of its own, so its statements run on its connection.
 */
export function oncePerDatabase<TDatabase extends object, TPrepared extends object>(
  prepare: (db: TDatabase) => TPrepared,
): (db: TDatabase) => TPrepared {
  const preparedByDatabase = new WeakMap<TDatabase, TPrepared>();
  return (db) => {
    const existing = preparedByDatabase.get(db);
    if (existing !== undefined) return existing;
    const prepared = prepare(db);
    preparedByDatabase.set(db, prepared);
    return prepared;
  };
}

/**
 * `column = any($placeholder)`: a batch's keys as one array parameter, so the statement's text does not depend
 * on the number of keys and can be prepared once (`inArray` writes one parameter per key). PostgreSQL types the
 * parameter from the column's equality operator: text[] for varchar and text, uuid[] for uuid, bigint[] for
 * bigint. It is left to infer, not cast: a cast to `varchar(n)[]` would cut a longer key down to a match.
 */
export function equalsAny(column: SQLWrapper, placeholder: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholder)})`;
}
