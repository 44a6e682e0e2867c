import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountOf,
  collateralOf,
  collateralRecord,
  createInbox,
  customerRecord,
  type Inbox,
  loanRecord,
  phoneRecord,
  writeJsonLines,
} from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { RUN_SYNC, type Run } from './support/operations';

describe('referential integrity of an import', () => {
  let inbox: Inbox;
  let bankSync: BankSyncHarness;
  let run: Run;

  beforeAll(async () => {
    inbox = await createInbox();
    bankSync = await startBankSync({ syncInboxDir: inbox.dir });
    await writeJsonLines(inbox.dir, 'T24_customers_1.jsonl', [
      customerRecord(1),
      customerRecord(2, { type: 'PERSON' }),
    ]);
    await writeJsonLines(inbox.dir, 'T24_phones_1.jsonl', [phoneRecord(1), phoneRecord(2), phoneRecord(3)]);
    await writeJsonLines(inbox.dir, 'T24_loans_1.jsonl', [loanRecord(1), loanRecord(2)]);
    await writeJsonLines(inbox.dir, 'T24_collaterals_1.jsonl', [collateralRecord(1)]);
    await writeJsonLines(inbox.dir, 'T24_loan_collaterals_1.jsonl', [
      { loan_account_number: accountOf(1), collateral_number: collateralOf(1) },
      { loan_account_number: accountOf(1), collateral_number: collateralOf(9) },
      { loan_account_number: accountOf(2), collateral_number: collateralOf(1) },
    ]);
    await writeJsonLines(inbox.dir, 'T24_due_segmentations_1.jsonl', [
      {
        loan_account_number: accountOf(2),
        due_date: '2026-01-31',
        principal_amount: '1.00',
        interest_amount: '0.00',
        fees_amount: '0.00',
        penalty_amount: '0.00',
      },
    ]);
    const response = await bankSync.query<{ runSync: { run: Run } }>(
      RUN_SYNC,
      { input: { sourceSystem: 'T24' } },
      adminHeaders,
    );
    const result = response.data?.runSync.run;
    if (!result) throw new Error(`runSync failed: ${JSON.stringify(response.errors)}`);
    run = result;
  });
  afterAll(async () => {
    await bankSync?.stop();
    await inbox?.remove();
  });

  it('accepts children of parents the same run applied, and rejects those whose parent it rejected', () => {
    const rejections = run.errors.nodes.map(({ entityType, code, naturalKey, field, reason }) => ({
      entityType,
      code,
      naturalKey,
      field,
      reason,
    }));

    expect(rejections).toEqual([
      {
        entityType: 'CUSTOMERS',
        code: 'BAD_USER_INPUT',
        naturalKey: 'SYN000002',
        field: 'type',
        reason: 'must be one of INDIVIDUAL, ORGANIZATION; got "PERSON"',
      },
      {
        entityType: 'PHONES',
        code: 'NOT_FOUND',
        naturalKey: 'SYN000002/MOBILE',
        field: 'cif',
        reason: 'customer SYN000002 does not exist',
      },
      {
        entityType: 'PHONES',
        code: 'NOT_FOUND',
        naturalKey: 'SYN000003/MOBILE',
        field: 'cif',
        reason: 'customer SYN000003 does not exist',
      },
      {
        entityType: 'LOANS',
        code: 'NOT_FOUND',
        naturalKey: 'SLN000002',
        field: 'cif',
        reason: 'customer SYN000002 does not exist',
      },
      {
        entityType: 'LOAN_COLLATERALS',
        code: 'NOT_FOUND',
        naturalKey: 'SLN000001/SCO000009',
        field: 'collateral_number',
        reason: 'collateral SCO000009 does not exist',
      },
      {
        entityType: 'LOAN_COLLATERALS',
        code: 'NOT_FOUND',
        naturalKey: 'SLN000002/SCO000001',
        field: 'loan_account_number',
        reason: 'loan SLN000002 does not exist',
      },
      {
        entityType: 'DUE_SEGMENTATIONS',
        code: 'NOT_FOUND',
        naturalKey: 'SLN000002/2026-01-31',
        field: 'loan_account_number',
        reason: 'loan SLN000002 does not exist',
      },
    ]);
    expect(run).toMatchObject({ status: 'PARTIAL', insertedCount: 5, rejectedCount: 7 });
  });

  it('leaves no row pointing at a missing parent', async () => {
    const { rows } = await bankSync.db.execute(sql`
      SELECT (SELECT count(*) FROM bank_sync_service.phones WHERE cif NOT IN (SELECT cif FROM bank_sync_service.customers WHERE cif IS NOT NULL))::int AS phones,
             (SELECT count(*) FROM bank_sync_service.loan_collaterals)::int AS links,
             (SELECT count(*) FROM bank_sync_service.due_segmentations)::int AS dues`);
    expect(rows).toEqual([{ phones: 0, links: 1, dues: 0 }]);
  });
});
