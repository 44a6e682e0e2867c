import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRecord, type ExportRecord, loanRecord, phoneRecord } from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { PUSH_SYNC_BATCH, type Run } from './support/operations';

describe('pushSyncBatch', () => {
  let bankSync: BankSyncHarness;

  const push = async (entityType: string, records: ExportRecord[], sourceSystem = 'T24') => {
    const response = await bankSync.query<{ pushSyncBatch: { run: Run } }>(
      PUSH_SYNC_BATCH,
      { input: { sourceSystem, entityType, records } },
      adminHeaders,
    );
    expect(response.errors).toBeUndefined();
    const run = response.data?.pushSyncBatch.run;
    if (!run) throw new Error('no run returned');
    return run;
  };

  beforeAll(async () => {
    bankSync = await startBankSync();
  });
  afterAll(() => bankSync?.stop());

  it('applies the valid records of a batch and rejects the others with their field and reason', async () => {
    const run = await push('CUSTOMERS', [
      customerRecord(1),
      customerRecord(2, { status: 'DORMANT' }),
      customerRecord(3, { name: 'x'.repeat(101) }),
      customerRecord(4),
    ]);

    expect(run).toMatchObject({
      sourceSystem: 'T24',
      entityTypes: ['CUSTOMERS'],
      trigger: 'PUSH',
      triggeredBy: 'ops.admin',
      status: 'PARTIAL',
      insertedCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      rejectedCount: 2,
      files: [],
    });
    expect(run.errors.nodes).toEqual([
      {
        entityType: 'CUSTOMERS',
        code: 'BAD_USER_INPUT',
        file: null,
        line: null,
        batchIndex: 1,
        naturalKey: 'SYN000002',
        field: 'status',
        reason: 'must be one of ACTIVE, INACTIVE; got "DORMANT"',
      },
      {
        entityType: 'CUSTOMERS',
        code: 'BAD_USER_INPUT',
        file: null,
        line: null,
        batchIndex: 2,
        naturalKey: 'SYN000003',
        field: 'name',
        reason: 'must be at most 100 characters; got 101',
      },
    ]);
  });

  it('rejects a phone of an unknown customer instead of orphaning it', async () => {
    const run = await push('PHONES', [phoneRecord(1), phoneRecord(99)]);

    expect(run).toMatchObject({ status: 'PARTIAL', insertedCount: 1, rejectedCount: 1 });
    expect(run.errors.nodes).toEqual([
      expect.objectContaining({
        code: 'NOT_FOUND',
        batchIndex: 1,
        naturalKey: 'SYN000099/MOBILE',
        field: 'cif',
        reason: 'customer SYN000099 does not exist',
      }),
    ]);
  });

  it('counts an identical record as unchanged and a changed one as updated', async () => {
    const run = await push('LOANS', [loanRecord(1), loanRecord(4)]);
    expect(run).toMatchObject({ status: 'SUCCEEDED', insertedCount: 2 });

    const again = await push('LOANS', [
      loanRecord(1),
      loanRecord(4, { dpd: 45, delinquency_status: 'BUCKET_2' }),
    ]);

    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      insertedCount: 0,
      updatedCount: 1,
      unchangedCount: 1,
    });
  });
});
