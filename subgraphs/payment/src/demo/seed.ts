import { type DemoOptions, defaultDemoOptions, demoChunks } from '@collexis/demo-data';
import { createDatabase, type DatabaseOptions } from '@collexis/platform/db';
import { schema } from '../db';
import { hasAnyPayment, insertPayments } from '../repository/payments';
import { closeDemoCollectionDays } from './close-days';

/**
 * Loads the payments of the demo universe, once: a database that already holds payments is left as it is.
 * All or nothing, in one transaction; then the days before today are closed into the daily rollup.
 */
export async function seedDemo(
  database: DatabaseOptions,
  demo: Partial<DemoOptions>,
): Promise<{ inserted: number }> {
  const options: DemoOptions = { ...defaultDemoOptions, ...demo };
  const { db, close } = createDatabase(schema, { applicationName: 'payment-seed', ...database });
  let inserted: number;
  try {
    inserted = await db.transaction(async (tx) => {
      if (await hasAnyPayment(tx)) return 0;
      let count = 0;
      for (const chunk of demoChunks(options)) count += await insertPayments(tx, chunk.payment.payments);
      return count;
    });
  } finally {
    await close();
  }
  await closeDemoCollectionDays(database, { analyze: false });
  return { inserted };
}
