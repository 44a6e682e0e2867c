import type { DemoChunk, DemoOptions } from '@collexis/demo-data';
import { type DemoTables, tableRows } from '@collexis/platform/db';
import { payments } from '../db';
import { closeDemoCollectionDays } from './close-days';

/** payment's table of the demo universe. The seed writes no outbox events: they record changes after it. */
export const demoTables: DemoTables<DemoOptions, DemoChunk> = {
  once: () => [],
  chunk: ({ payment }) => [tableRows(payments, payment.payments)],
  afterLoad: (database) => closeDemoCollectionDays(database, { analyze: true }),
};
