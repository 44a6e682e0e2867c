import { type DemoOptions, defaultDemoOptions, demoChunks } from '@collexis/demo-data';
import { createDatabase, type DatabaseOptions } from '@collexis/platform/db';
import {
  addresses,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
  schema,
} from '../db';
import { hasRows, insertInSlices } from '../repository/bulk-insert';

/**
 * Loads bank-sync's share of the demo universe, once: when customers already hold rows it inserts nothing.
 * Everything goes in one transaction, so a failed load leaves the tables empty for the next attempt.
 */
export async function seedDemo(
  database: DatabaseOptions,
  demo: Partial<DemoOptions>,
): Promise<{ inserted: number }> {
  const options: DemoOptions = { ...defaultDemoOptions, ...demo };
  const { db, close } = createDatabase(schema, database);
  try {
    const inserted = await db.transaction(async (tx) => {
      if (await hasRows(tx, customers)) return 0;
      let count = 0;
      for (const { bankSync } of demoChunks(options)) {
        // Parents before children: the foreign keys are checked row by row.
        count += await insertInSlices(tx, customers, bankSync.customers);
        count += await insertInSlices(tx, phones, bankSync.phones);
        count += await insertInSlices(tx, addresses, bankSync.addresses);
        count += await insertInSlices(tx, emails, bankSync.emails);
        count += await insertInSlices(tx, referenceCustomers, bankSync.referenceCustomers);
        count += await insertInSlices(tx, loans, bankSync.loans);
        count += await insertInSlices(tx, collaterals, bankSync.collaterals);
        count += await insertInSlices(tx, loanCollaterals, bankSync.loanCollaterals);
        count += await insertInSlices(tx, dueSegmentations, bankSync.dueSegmentations);
      }
      return count;
    });
    return { inserted };
  } finally {
    await close();
  }
}
