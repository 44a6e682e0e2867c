import { type DemoOptions, defaultDemoOptions, demoAgents, demoChunks } from '@collexis/demo-data';
import { createDatabase, type DatabaseOptions } from '@collexis/platform/db';
import {
  actionRecords,
  agents,
  customerAgents,
  customerCaseActions,
  customerCases,
  paymentsReceived,
  schema,
} from '../db';
import { holdsAnyRow, insertInSlices, lockDemoLoad } from '../repository/demo-load';
import { demoPaymentsReceived } from './tables';

/**
 * Inserts the workflow share of the demo universe (agents, then each chunk's assignments, cases and actions)
 * in one transaction. The demo loads once: when the domain already holds rows, nothing is inserted.
 */
export async function seedDemo(
  database: DatabaseOptions,
  demo: Partial<DemoOptions>,
): Promise<{ inserted: number }> {
  const options: DemoOptions = { ...defaultDemoOptions, ...demo };
  const { db, close } = createDatabase(schema, database);
  try {
    return await db.transaction(async (tx) => {
      await lockDemoLoad(tx);
      if (await holdsAnyRow(tx)) return { inserted: 0 };
      let inserted = await insertInSlices(tx, agents, demoAgents(options));
      for (const { workflow, payment } of demoChunks(options)) {
        inserted += await insertInSlices(tx, customerAgents, workflow.customerAgents);
        inserted += await insertInSlices(tx, customerCases, workflow.customerCases);
        inserted += await insertInSlices(tx, customerCaseActions, workflow.customerCaseActions);
        inserted += await insertInSlices(tx, actionRecords, workflow.actionRecords);
        inserted += await insertInSlices(tx, paymentsReceived, demoPaymentsReceived(payment.payments));
      }
      return { inserted };
    });
  } finally {
    await close();
  }
}
