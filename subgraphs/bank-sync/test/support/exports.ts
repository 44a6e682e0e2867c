import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A record of a core-system export: seed 000 column names in snake_case. */
export type ExportRecord = Record<string, string | number | boolean | null>;

export interface Inbox {
  dir: string;
  remove(): Promise<void>;
}

/** An empty sync inbox folder of its own. */
export async function createInbox(): Promise<Inbox> {
  const dir = await mkdtemp(join(tmpdir(), 'collexis-sync-inbox-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeJsonLines(
  dir: string,
  name: string,
  records: readonly ExportRecord[],
): Promise<void> {
  await writeFile(join(dir, name), records.map((record) => `${JSON.stringify(record)}\n`).join(''));
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file with a header row of the columns; a null or missing value is an empty cell. */
export async function writeCsv(
  dir: string,
  name: string,
  columns: readonly string[],
  records: readonly ExportRecord[],
): Promise<void> {
  const lines = [
    columns.join(','),
    ...records.map((record) => columns.map((c) => csvCell(record[c])).join(',')),
  ];
  await writeFile(join(dir, name), `${lines.join('\n')}\n`);
}

export const cifOf = (index: number) => `SYN${String(index).padStart(6, '0')}`;
export const accountOf = (index: number) => `SLN${String(index).padStart(6, '0')}`;
export const collateralOf = (index: number) => `SCO${String(index).padStart(6, '0')}`;

export function customerRecord(index: number, overrides: ExportRecord = {}): ExportRecord {
  return {
    cif: cifOf(index),
    type: 'INDIVIDUAL',
    name: `Synced Customer ${index}`,
    date_of_birth: '1980-02-29',
    national_id: `0790${String(index).padStart(8, '0')}`,
    gender: index % 2 === 0 ? 'FEMALE' : 'MALE',
    segment: 'RETAIL',
    status: 'ACTIVE',
    ...overrides,
  };
}

export function phoneRecord(index: number, overrides: ExportRecord = {}): ExportRecord {
  return {
    cif: cifOf(index),
    type: 'MOBILE',
    number: `0903${String(index).padStart(6, '0')}`,
    is_primary: true,
    is_verified: false,
    ...overrides,
  };
}

export function loanRecord(index: number, overrides: ExportRecord = {}): ExportRecord {
  return {
    account_number: accountOf(index),
    cif: cifOf(index),
    product_type: 'PERSONAL_LOAN',
    original_amount: '120000000.00',
    currency: 'VND',
    disbursement_date: '2024-01-15',
    maturity_date: '2029-01-15',
    interest_rate: '12.5000',
    term: 60,
    payment_frequency: 'MONTHLY',
    outstanding: '90000000.00',
    remaining_amount: '95000000.00',
    due_amount: '2500000.00',
    next_payment_date: '2026-02-15',
    dpd: 12,
    delinquency_status: 'BUCKET_1',
    status: 'OPEN',
    ...overrides,
  };
}

export function collateralRecord(index: number, overrides: ExportRecord = {}): ExportRecord {
  return {
    collateral_number: collateralOf(index),
    cif: cifOf(index),
    type: 'VEHICLE',
    description: `Motorbike of customer ${index}`,
    value: '45000000.00',
    valuation_date: '2025-06-30',
    make: 'Honda',
    model: 'Vision',
    year: 2022,
    ...overrides,
  };
}

export const customerColumns = [
  ...Object.keys(customerRecord(1)),
  'company_name',
  'registration_number',
  'tax_id',
  'source_system',
];
export const loanColumns = Object.keys(loanRecord(1));

/**
 * A complete export of `size` customers with every entity type (customers and loans as CSV, the rest as JSON
 * Lines), written under `<source>_<entity>_<tag>` names. Returns the number of records written.
 */
export async function writeFullExport(
  dir: string,
  source: string,
  size: number,
  tag = 'full',
): Promise<number> {
  const indexes = Array.from({ length: size }, (_, i) => i + 1);
  const name = (entity: string, extension: string) => `${source}_${entity}_${tag}.${extension}`;
  const files: [string, ExportRecord[]][] = [
    [
      name('phones', 'jsonl'),
      indexes.flatMap((i) => [phoneRecord(i), phoneRecord(i, { type: 'WORK', is_primary: false })]),
    ],
    [
      name('addresses', 'jsonl'),
      indexes.map((i) => ({
        cif: cifOf(i),
        type: 'HOME',
        address_line1: `${i} Le Loi`,
        address_line2: null,
        city: 'Da Nang',
        state: 'Da Nang',
        district: 'Hai Chau',
        country: 'Vietnam',
        is_primary: true,
        is_verified: true,
        verification_date: '2025-05-05T05:05:05.123Z',
      })),
    ],
    [
      name('emails', 'jsonl'),
      indexes.map((i) => ({ cif: cifOf(i), address: `c${i}@example.com`, is_primary: true })),
    ],
    [
      name('reference_customers', 'jsonl'),
      indexes.map((i) => ({
        ref_cif: `REF${cifOf(i)}`,
        primary_cif: cifOf(i),
        relationship_type: 'SPOUSE',
        type: 'INDIVIDUAL',
        name: `Spouse of ${i}`,
      })),
    ],
    [name('collaterals', 'jsonl'), indexes.map((i) => collateralRecord(i))],
    [
      name('loan_collaterals', 'jsonl'),
      indexes.map((i) => ({ loan_account_number: accountOf(i), collateral_number: collateralOf(i) })),
    ],
    [
      name('due_segmentations', 'jsonl'),
      indexes.flatMap((i) =>
        ['2026-01-31', '2026-02-28'].map((due_date) => ({
          loan_account_number: accountOf(i),
          due_date,
          principal_amount: '1000000.00',
          interest_amount: '123456.78',
          fees_amount: '0.00',
          penalty_amount: '5000.5',
        })),
      ),
    ],
  ];
  await writeCsv(
    dir,
    name('customers', 'csv'),
    customerColumns,
    indexes.map((i) => customerRecord(i)),
  );
  await writeCsv(
    dir,
    name('loans', 'csv'),
    loanColumns,
    indexes.map((i) => loanRecord(i)),
  );
  for (const [file, records] of files) await writeJsonLines(dir, file, records);
  return size * 2 + files.reduce((total, [, records]) => total + records.length, 0);
}
