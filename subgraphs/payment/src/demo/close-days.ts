import { createDatabase, type DatabaseOptions } from '@collexis/platform/db';
import { sql } from 'drizzle-orm';
import { dailyCollections, schema } from '../db';
import { closeCollectionDays, utcDayOf } from '../repository/collection-days';

/**
 * After a demo load: the days before today closed into the daily rollup, and with `analyze` (the owner's bulk
 * load) the rollup's statistics taken, so the planner sees it at once.
 */
export async function closeDemoCollectionDays(
  database: DatabaseOptions,
  { analyze }: { analyze: boolean },
): Promise<void> {
  const { db, close } = createDatabase(schema, { applicationName: 'payment-seed', ...database });
  try {
    await closeCollectionDays(db, utcDayOf(new Date()));
    if (analyze) await db.execute(sql`analyze ${dailyCollections}`);
  } finally {
    await close();
  }
}
