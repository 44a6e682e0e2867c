import { asc, eq, inArray } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { collaterals, loanCollaterals, loans } from '../db';
import type { CollateralRow, LoanCollateralRow, LoanRow } from '../models';

/** Links of the loans to their collaterals, by collateral number. */
export function findLinksByLoans(
  db: BankSyncDatabase,
  accountNumbers: readonly string[],
): Promise<LoanCollateralRow[]> {
  return db
    .select()
    .from(loanCollaterals)
    .where(inArray(loanCollaterals.loanAccountNumber, [...accountNumbers]))
    .orderBy(asc(loanCollaterals.collateralNumber));
}

/** The collaterals securing each loan, by collateral number. */
export function findCollateralsOfLoans(
  db: BankSyncDatabase,
  accountNumbers: readonly string[],
): Promise<{ loanAccountNumber: string; collateral: CollateralRow }[]> {
  return db
    .select({ loanAccountNumber: loanCollaterals.loanAccountNumber, collateral: collaterals })
    .from(loanCollaterals)
    .innerJoin(collaterals, eq(collaterals.collateralNumber, loanCollaterals.collateralNumber))
    .where(inArray(loanCollaterals.loanAccountNumber, [...accountNumbers]))
    .orderBy(asc(collaterals.collateralNumber));
}

/** The loans each collateral secures, by account number. */
export function findLoansOfCollaterals(
  db: BankSyncDatabase,
  collateralNumbers: readonly string[],
): Promise<{ collateralNumber: string; loan: LoanRow }[]> {
  return db
    .select({ collateralNumber: loanCollaterals.collateralNumber, loan: loans })
    .from(loanCollaterals)
    .innerJoin(loans, eq(loans.accountNumber, loanCollaterals.loanAccountNumber))
    .where(inArray(loanCollaterals.collateralNumber, [...collateralNumbers]))
    .orderBy(asc(loans.accountNumber));
}
