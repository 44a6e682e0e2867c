import type pg from 'pg';

export interface LoanRef {
  accountNumber: string;
  cif: string;
  currency: string;
}

/** Loans of the demo data that have a case, so events reach into all three subgraphs. */
export async function loansWithCases(sql: pg.Pool, count: number): Promise<LoanRef[]> {
  const { rows } = await sql.query<{ account_number: string; cif: string; currency: string }>(
    `SELECT l.account_number, l.cif, l.currency FROM bank_sync_service.loans l
     JOIN workflow_service.customer_cases c ON c.cif = l.cif
     WHERE l.status = 'OPEN' AND c.assigned_call_agent_id IS NOT NULL
     ORDER BY l.account_number LIMIT $1`,
    [count],
  );
  return rows.map((row) => ({ accountNumber: row.account_number, cif: row.cif, currency: row.currency }));
}

export const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) {
    recordPayment(input: $input) { created event { sequence } }
  }
`;

let counter = 0;

/** Input of a COMPLETED payment on a loan, with a reference unique to this test run. */
export function paymentInput(loan: LoanRef, amount = '1000.00') {
  counter += 1;
  return {
    referenceNumber: `T${process.pid}${Date.now().toString(36)}${counter}`.slice(0, 20),
    loanAccountNumber: loan.accountNumber,
    cif: loan.cif,
    amount,
    currency: loan.currency,
    paymentDate: new Date(Date.now() - 60_000).toISOString(),
    paymentMethod: 'BANK_TRANSFER',
    sourceSystem: 'T24',
  };
}
