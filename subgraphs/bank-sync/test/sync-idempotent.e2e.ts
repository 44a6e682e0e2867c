import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSyncedTables } from './support/dump';
import {
  createInbox,
  customerColumns,
  customerRecord,
  type Inbox,
  writeCsv,
  writeFullExport,
} from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { RUN_SYNC, type Run } from './support/operations';

describe('re-importing an export', () => {
  let inbox: Inbox;
  let bankSync: BankSyncHarness;
  let records: number;

  const runSync = async () => {
    const response = await bankSync.query<{ runSync: { run: Run } }>(
      RUN_SYNC,
      { input: { sourceSystem: 'T24' } },
      adminHeaders,
    );
    expect(response.errors).toBeUndefined();
    const run = response.data?.runSync.run;
    if (!run) throw new Error('no run returned');
    return run;
  };

  beforeAll(async () => {
    inbox = await createInbox();
    bankSync = await startBankSync({ syncInboxDir: inbox.dir });
    records = await writeFullExport(inbox.dir, 'T24', 20);
  });
  afterAll(async () => {
    await bankSync?.stop();
    await inbox?.remove();
  });

  it('changes no row the second time, not even a timestamp, and reports zero changes', async () => {
    const first = await runSync();
    expect(first).toMatchObject({
      status: 'SUCCEEDED',
      insertedCount: records,
      updatedCount: 0,
      rejectedCount: 0,
    });
    const before = await dumpSyncedTables(bankSync.db);

    await writeFullExport(inbox.dir, 'T24', 20);
    const second = await runSync();

    expect(second).toMatchObject({
      status: 'SUCCEEDED',
      insertedCount: 0,
      updatedCount: 0,
      unchangedCount: records,
      rejectedCount: 0,
    });
    expect(await dumpSyncedTables(bankSync.db)).toEqual(before);
  });

  it('rewrites only the record that changed', async () => {
    const before = await dumpSyncedTables(bankSync.db);
    await writeCsv(inbox.dir, 'T24_customers_fix.csv', customerColumns, [
      customerRecord(1),
      customerRecord(2, { segment: 'PRIORITY' }),
    ]);

    const run = await runSync();

    expect(run).toMatchObject({ insertedCount: 0, updatedCount: 1, unchangedCount: 1 });
    const after = await dumpSyncedTables(bankSync.db);
    const changed = after.customers?.filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(before.customers?.[i]),
    );
    expect(changed?.map((row) => [row.cif, row.segment])).toEqual([['SYN000002', 'PRIORITY']]);
    expect({ ...after, customers: [] }).toEqual({ ...before, customers: [] });
  });
});
