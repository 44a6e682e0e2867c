import { and, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { TimePosition } from '../pagination';

/** Rows after `position` in a list ordered by `at` descending, then `id` descending. */
export function olderThan(at: PgColumn, id: PgColumn, position: TimePosition | null): SQL | undefined {
  if (position === null) return undefined;
  return or(lt(at, position.at), and(eq(at, position.at), lt(id, position.id)));
}

/** Each row's place (1, 2, ...) among the rows of the same parent, newest first; cut at the page size. */
export function placeNewestFirst(parent: PgColumn, at: PgColumn, id: PgColumn) {
  return sql<number>`(row_number() over (partition by ${parent} order by ${at} desc, ${id} desc))::int`.as(
    'position',
  );
}
