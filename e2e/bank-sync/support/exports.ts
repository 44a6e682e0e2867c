/** Core-banking records and export files, as the sync tests feed them to bank-sync. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const jsonLines = (records: Record<string, unknown>[]) =>
  records.map((record) => `${JSON.stringify(record)}\n`).join('');

export const customer = (cif: string, segment = 'RETAIL') => ({
  cif,
  type: 'INDIVIDUAL',
  name: `Customer ${cif}`,
  segment,
  status: 'ACTIVE',
});

export const loan = (accountNumber: string, cif: string) => ({
  account_number: accountNumber,
  cif,
  product_type: 'AUTO_LOAN',
  original_amount: '300000000.00',
  currency: 'VND',
  disbursement_date: '2024-03-01',
  maturity_date: '2029-03-01',
  interest_rate: '9.7500',
  term: 60,
  payment_frequency: 'MONTHLY',
  outstanding: '210000000.00',
  remaining_amount: '215000000.00',
  due_amount: '6500000.00',
  next_payment_date: '2026-03-01',
  dpd: 35,
  delinquency_status: 'BUCKET_2',
  status: 'OPEN',
});

/** One export of three customers with a phone and a loan each, and a due segment of the first loan. */
export async function writeExport(dir: string): Promise<void> {
  const cifs = ['GW000001', 'GW000002', 'GW000003'];
  await writeFile(
    join(dir, 'T24_customers_20260131.csv'),
    `cif,type,name,segment,status\n${cifs.map((cif) => `${cif},INDIVIDUAL,Customer ${cif},RETAIL,ACTIVE`).join('\n')}\n`,
  );
  await writeFile(
    join(dir, 'T24_phones_20260131.jsonl'),
    jsonLines(cifs.map((cif, i) => ({ cif, type: 'MOBILE', number: `09120000${i}`, is_primary: true }))),
  );
  await writeFile(
    join(dir, 'T24_loans_20260131.jsonl'),
    jsonLines(cifs.map((cif, i) => loan(`GWLN00000${i + 1}`, cif))),
  );
  await writeFile(
    join(dir, 'T24_due_segmentations_20260131.jsonl'),
    jsonLines([
      {
        loan_account_number: 'GWLN000001',
        due_date: '2026-03-01',
        principal_amount: '5000000.00',
        interest_amount: '1400000.00',
        fees_amount: '100000.00',
        penalty_amount: '0.00',
      },
    ]),
  );
}
