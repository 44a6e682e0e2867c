import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc, eq } from 'drizzle-orm';
import { collaterals, loanCollaterals, loans } from '../db';
import type { BankSyncQueryRunner, CollateralRow, LoanCollateralRow, LoanRow } from '../db/database';

const prepared = oncePerDatabase((db: BankSyncQueryRunner) => ({
  linksByLoans: db
    .select()
    .from(loanCollaterals)
    .where(equalsAny(loanCollaterals.loanAccountNumber, 'accountNumbers'))
    .orderBy(asc(loanCollaterals.collateralNumber))
    .prepare('bank_sync_collateral_links_by_loans'),
  collateralsOfLoans: db
    .select({ loanAccountNumber: loanCollaterals.loanAccountNumber, collateral: collaterals })
    .from(loanCollaterals)
    .innerJoin(collaterals, eq(collaterals.collateralNumber, loanCollaterals.collateralNumber))
    .where(equalsAny(loanCollaterals.loanAccountNumber, 'accountNumbers'))
    .orderBy(asc(collaterals.collateralNumber))
    .prepare('bank_sync_collaterals_of_loans'),
  collateralsOfCustomersLoans: db
    .select({ cif: loans.cif, loanAccountNumber: loanCollaterals.loanAccountNumber, collateral: collaterals })
    .from(loanCollaterals)
    .innerJoin(loans, eq(loans.accountNumber, loanCollaterals.loanAccountNumber))
    .innerJoin(collaterals, eq(collaterals.collateralNumber, loanCollaterals.collateralNumber))
    .where(equalsAny(loans.cif, 'cifs'))
    .orderBy(asc(collaterals.collateralNumber))
    .prepare('bank_sync_collaterals_of_loans_by_cifs'),
  loansOfCollaterals: db
    .select({ collateralNumber: loanCollaterals.collateralNumber, loan: loans })
    .from(loanCollaterals)
    .innerJoin(loans, eq(loans.accountNumber, loanCollaterals.loanAccountNumber))
    .where(equalsAny(loanCollaterals.collateralNumber, 'collateralNumbers'))
    .orderBy(asc(loans.accountNumber))
    .prepare('bank_sync_loans_of_collaterals'),
}));

/** Links of the loans to their collaterals, by collateral number. */
export function findLinksByLoans(
  db: BankSyncQueryRunner,
  accountNumbers: readonly string[],
): Promise<LoanCollateralRow[]> {
  return prepared(db).linksByLoans.execute({ accountNumbers });
}

/** The collaterals securing each loan, by collateral number. */
export function findCollateralsOfLoans(
  db: BankSyncQueryRunner,
  accountNumbers: readonly string[],
): Promise<{ loanAccountNumber: string; collateral: CollateralRow }[]> {
  return prepared(db).collateralsOfLoans.execute({ accountNumbers });
}

/** The collaterals securing each loan of the customers (the loan's customer, not the collateral's owner). */
export function findCollateralsOfCustomersLoans(
  db: BankSyncQueryRunner,
  cifs: readonly string[],
): Promise<{ cif: string; loanAccountNumber: string; collateral: CollateralRow }[]> {
  return prepared(db).collateralsOfCustomersLoans.execute({ cifs });
}

/** The loans each collateral secures, by account number. */
export function findLoansOfCollaterals(
  db: BankSyncQueryRunner,
  collateralNumbers: readonly string[],
): Promise<{ collateralNumber: string; loan: LoanRow }[]> {
  return prepared(db).loansOfCollaterals.execute({ collateralNumbers });
}
