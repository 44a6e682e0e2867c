import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, loans, phones } from '../src/db';
import {
  accountOf,
  cifOf,
  collateralOf,
  collateralRecord,
  createInbox,
  customerColumns,
  customerRecord,
  type Inbox,
  loanColumns,
  loanRecord,
  phoneRecord,
  writeCsv,
  writeJsonLines,
} from './support/exports';
import { adminHeaders, type BankSyncHarness, startBankSync } from './support/harness';
import { RUN_SYNC, type Run } from './support/operations';

describe('runSync imports the exports in the inbox', () => {
  let inbox: Inbox;
  let bankSync: BankSyncHarness;

  const runSync = async (input: Record<string, unknown>) => {
    const response = await bankSync.query<{ runSync: { run: Run } }>(RUN_SYNC, { input }, adminHeaders);
    expect(response.errors).toBeUndefined();
    const run = response.data?.runSync.run;
    if (!run) throw new Error('no run returned');
    return run;
  };

  beforeAll(async () => {
    inbox = await createInbox();
    bankSync = await startBankSync({ syncInboxDir: inbox.dir });
  });
  afterAll(async () => {
    await bankSync?.stop();
    await inbox?.remove();
  });

  it('applies JSON Lines and CSV files in dependency order, whatever their names, and moves them away', async () => {
    // Children sort before their parents by name: the run must still apply customers first.
    await writeJsonLines(inbox.dir, 'T24_phones_0001.jsonl', [
      phoneRecord(1),
      phoneRecord(2, { type: 'HOME' }),
    ]);
    await writeCsv(inbox.dir, 'T24_customers_0002.csv', customerColumns, [
      customerRecord(1),
      customerRecord(2, {
        type: 'ORGANIZATION',
        name: null,
        company_name: 'Acme, "Trading" Ltd',
        gender: null,
      }),
    ]);
    await writeCsv(inbox.dir, 'T24_loans_0003.csv', loanColumns, [loanRecord(1), loanRecord(2)]);
    await writeJsonLines(inbox.dir, 'T24_collaterals.jsonl', [collateralRecord(1)]);
    await writeJsonLines(inbox.dir, 'T24_loan_collaterals_x.jsonl', [
      { loan_account_number: accountOf(1), collateral_number: collateralOf(1) },
    ]);
    await writeJsonLines(inbox.dir, 'W4_customers_0001.jsonl', [customerRecord(3)]);

    const run = await runSync({ sourceSystem: 'T24' });

    expect(run).toMatchObject({
      trigger: 'FILE',
      status: 'SUCCEEDED',
      insertedCount: 8,
      updatedCount: 0,
      unchangedCount: 0,
      rejectedCount: 0,
      files: [
        'T24_customers_0002.csv',
        'T24_phones_0001.jsonl',
        'T24_loans_0003.csv',
        'T24_collaterals.jsonl',
        'T24_loan_collaterals_x.jsonl',
      ],
    });
    expect(run.entityTypes).toEqual([
      'CUSTOMERS',
      'PHONES',
      'ADDRESSES',
      'EMAILS',
      'REFERENCE_CUSTOMERS',
      'LOANS',
      'COLLATERALS',
      'LOAN_COLLATERALS',
      'DUE_SEGMENTATIONS',
    ]);
    expect(run.entities.find((entity) => entity.entityType === 'PHONES')).toEqual({
      entityType: 'PHONES',
      files: ['T24_phones_0001.jsonl'],
      insertedCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      rejectedCount: 0,
    });
    expect((await readdir(inbox.dir)).sort()).toEqual(['W4_customers_0001.jsonl', 'processed']);
    expect((await readdir(join(inbox.dir, 'processed', run.id))).length).toBe(5);
  });

  it('stores every value exactly, empty CSV cells as null, with the sync as writer', async () => {
    const [company] = await bankSync.db
      .select()
      .from(customers)
      .where(eq(customers.cif, cifOf(2)));
    expect(company).toMatchObject({
      type: 'ORGANIZATION',
      name: null,
      gender: null,
      companyName: 'Acme, "Trading" Ltd',
      dateOfBirth: '1980-02-29',
      sourceSystem: 'T24',
      createdBy: 'T24_SYNC',
      updatedBy: 'T24_SYNC',
      isEditable: false,
    });
    expect(company?.lastSyncedAt).toBeInstanceOf(Date);
    const [loan] = await bankSync.db
      .select()
      .from(loans)
      .where(eq(loans.accountNumber, accountOf(1)));
    expect(loan).toMatchObject({
      originalAmount: '120000000.00',
      interestRate: '12.5000',
      term: 60,
      limit: null,
      minPay: null,
      disbursementDate: '2024-01-15',
    });
    const [phone] = await bankSync.db
      .select()
      .from(phones)
      .where(eq(phones.cif, cifOf(1)));
    expect(phone).toMatchObject({
      type: 'MOBILE',
      isPrimary: true,
      isVerified: false,
      verificationDate: null,
    });
  });

  it('imports only the entity types asked for, and leaves the other files in the inbox', async () => {
    await writeJsonLines(inbox.dir, 'W4_phones_0001.jsonl', [phoneRecord(3)]);

    const run = await runSync({ sourceSystem: 'W4', entityTypes: ['CUSTOMERS'] });

    expect(run).toMatchObject({ status: 'SUCCEEDED', entityTypes: ['CUSTOMERS'], insertedCount: 1 });
    expect(await readdir(inbox.dir)).toContain('W4_phones_0001.jsonl');
  });

  it('rejects unreadable lines with their line number and applies the rest of the file', async () => {
    const lines = [
      JSON.stringify(customerRecord(10)),
      '{"cif": "SYN000011", ',
      '',
      '["not", "an", "object"]',
    ];
    await writeFile(join(inbox.dir, 'OTHER_customers_a.jsonl'), `${lines.join('\n')}\n`);
    const header = customerColumns.join(',');
    const row = customerColumns.map((column) => customerRecord(12)[column] ?? '').join(',');
    await writeFile(join(inbox.dir, 'OTHER_customers_b.csv'), `${header}\n${row}\nSYN000013,INDIVIDUAL\n`);

    const run = await runSync({ sourceSystem: 'OTHER', entityTypes: ['CUSTOMERS'] });

    expect(run).toMatchObject({ status: 'PARTIAL', insertedCount: 2, rejectedCount: 3 });
    expect(
      run.errors.nodes.map(({ file, line, code, field, reason }) => ({ file, line, code, field, reason })),
    ).toEqual([
      {
        file: 'OTHER_customers_a.jsonl',
        line: 2,
        code: 'BAD_USER_INPUT',
        field: null,
        reason: 'is not valid JSON',
      },
      {
        file: 'OTHER_customers_a.jsonl',
        line: 4,
        code: 'BAD_USER_INPUT',
        field: null,
        reason: 'is not an object of fields',
      },
      {
        file: 'OTHER_customers_b.csv',
        line: 3,
        code: 'BAD_USER_INPUT',
        field: null,
        reason: expect.stringContaining('Invalid Record Length'),
      },
    ]);
  });
});
