import { and, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { TimePosition } from '../queries/pagination';

const afterAt = sql.placeholder('afterAt');
const afterId = sql.placeholder('afterId');

/**
 * Rows after the page's start in a list ordered by `at` descending, then `id` descending; the start is given to
 * the prepared statement as `pageStart` makes it.
 */
export function olderThanPageStart(at: PgColumn, id: PgColumn): SQL | undefined {
  return or(lt(at, afterAt), and(eq(at, afterAt), lt(id, afterId)));
}

/**
 * The placeholder values of a page's start. Placeholders skip the column's encoder: a Date would reach pg as
 * local time, not the UTC the column holds, so it goes as ISO-8601, as drizzle itself sends timestamps.
 */
export function pageStart(position: TimePosition): { afterAt: string; afterId: string } {
  return { afterAt: position.at.toISOString(), afterId: position.id };
}

/** Each row's place (1, 2, ...) among the rows of the same parent, newest first; cut at the page size. */
export function placeNewestFirst(parent: PgColumn, at: PgColumn, id: PgColumn) {
  return sql<number>`(row_number() over (partition by ${parent} order by ${at} desc, ${id} desc))::int`.as(
    'position',
  );
}
