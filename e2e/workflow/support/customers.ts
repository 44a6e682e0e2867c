import type pg from 'pg';

/** The test customers bank-sync holds: customer n has exactly one loan, loanOf(n). */
export const cifOf = (n: number) => `TC${String(n).padStart(6, '0')}`;
export const loanOf = (n: number) => `TL${String(n).padStart(6, '0')}`;

/** Inserts customers 1..count and their loans into bank-sync's tables (test fixtures, not workflow code). */
export async function insertTestCustomers(sql: pg.Pool, count: number): Promise<void> {
  await sql.query(
    `insert into bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by)
     select 'TC' || lpad(n::text, 6, '0'), 'INDIVIDUAL', 'Customer ' || n, 'RETAIL', 'ACTIVE', 'T24', 'test', 'test'
     from generate_series(1, $1::int) as n`,
    [count],
  );
  await sql.query(
    `insert into bank_sync_service.loans (account_number, cif, product_type, original_amount, currency,
       disbursement_date, maturity_date, interest_rate, term, payment_frequency, outstanding, remaining_amount,
       due_amount, next_payment_date, dpd, delinquency_status, status, source_system, created_by, updated_by)
     select 'TL' || lpad(n::text, 6, '0'), 'TC' || lpad(n::text, 6, '0'), 'PERSONAL_LOAN', 1000, 'VND',
       '2025-01-01', '2028-01-01', 10, 36, 'MONTHLY', 800, 800, 50, '2026-12-01', 10, 'BUCKET_1', 'OPEN', 'T24',
       'test', 'test'
     from generate_series(1, $1::int) as n`,
    [count],
  );
}

/** An open case of customer n in the given status, next follow-up at `fUpdate` (workflow's customer_cases). */
export const openCase = (n: number, customerStatus: string, fUpdate: Date | null) => ({
  cif: cifOf(n),
  customerStatus,
  collateralStatus: 'NONE',
  processingStateStatus: 'IN_PROGRESS',
  lendingViolationStatus: 'NONE',
  recoveryAbilityStatus: 'MEDIUM',
  fUpdate,
});
