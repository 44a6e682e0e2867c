import { mappedRowsByKey, pagesByParent, rowByKey, rowsByKey } from '@collexis/platform/db';
import type { BankSyncDatabase } from './db/database';
import { findCollateralsByCifs, findCollateralsByNumbers } from './repository/collaterals';
import { findAddressesByCifs, findEmailsByCifs, findPhonesByCifs } from './repository/contact-details';
import { findCustomersByCifs } from './repository/customers';
import {
  findDueSegmentationsByLoans,
  findDueSegmentationsOfCustomersLoans,
} from './repository/due-segmentations';
import {
  findCollateralsOfCustomersLoans,
  findCollateralsOfLoans,
  findLinksByLoans,
  findLoansOfCollaterals,
} from './repository/loan-collaterals';
import { findLoansByAccountNumbers, findLoansByCifs } from './repository/loans';
import { findReferenceCustomersByPrimaryCifs } from './repository/reference-customers';
import { type ErrorPage, findRunErrorPages } from './repository/sync-run-errors';
import { findRunEntitiesByRuns, findRunsByIds } from './repository/sync-runs';

/**
 * One DataLoader per key lookup and per child list, each batch one SQL statement; build one set per request.
 * A subscription lives for many events, so its loaders of the runs events name (`cache: false`) batch without
 * keeping a run that later events find finished.
 */
export function createLoaders(db: BankSyncDatabase, options: { cache: boolean } = { cache: true }) {
  const { cache } = options;
  return {
    customerByCif: rowByKey(
      (cifs) => findCustomersByCifs(db, cifs),
      (customer) => customer.cif,
    ),
    loanByAccountNumber: rowByKey(
      (accountNumbers) => findLoansByAccountNumbers(db, accountNumbers),
      (loan) => loan.accountNumber,
    ),
    collateralByNumber: rowByKey(
      (collateralNumbers) => findCollateralsByNumbers(db, collateralNumbers),
      (collateral) => collateral.collateralNumber,
    ),
    phonesByCif: rowsByKey(
      (cifs) => findPhonesByCifs(db, cifs),
      (phone) => phone.cif,
    ),
    addressesByCif: rowsByKey(
      (cifs) => findAddressesByCifs(db, cifs),
      (address) => address.cif,
    ),
    emailsByCif: rowsByKey(
      (cifs) => findEmailsByCifs(db, cifs),
      (email) => email.cif,
    ),
    loansByCif: rowsByKey(
      (cifs) => findLoansByCifs(db, cifs),
      (loan) => loan.cif,
    ),
    collateralsByCif: rowsByKey(
      (cifs) => findCollateralsByCifs(db, cifs),
      (collateral) => collateral.cif,
    ),
    referenceCustomersByCif: rowsByKey(
      (cifs) => findReferenceCustomersByPrimaryCifs(db, cifs),
      (reference) => reference.primaryCif,
    ),
    dueSegmentationsByLoan: rowsByKey(
      (accountNumbers) => findDueSegmentationsByLoans(db, accountNumbers),
      (segment) => segment.loanAccountNumber,
    ),
    // By the loans' customer: started with the customer's own lookups (startCustomerLists).
    dueSegmentationsOfLoansByCif: rowsByKey(
      (cifs) => findDueSegmentationsOfCustomersLoans(db, cifs),
      (row) => row.cif,
    ),
    collateralsOfLoansByCif: rowsByKey(
      (cifs) => findCollateralsOfCustomersLoans(db, cifs),
      (row) => row.cif,
    ),
    collateralLinksByLoan: rowsByKey(
      (accountNumbers) => findLinksByLoans(db, accountNumbers),
      (link) => link.loanAccountNumber,
    ),
    collateralsByLoan: mappedRowsByKey(
      (accountNumbers) => findCollateralsOfLoans(db, accountNumbers),
      (row) => row.loanAccountNumber,
      (row) => row.collateral,
    ),
    syncRunById: rowByKey(
      (ids) => findRunsByIds(db, ids),
      (run) => run.id,
      { cache },
    ),
    syncRunEntitiesByRun: rowsByKey(
      (runIds) => findRunEntitiesByRuns(db, runIds),
      (entity) => entity.runId,
      { cache },
    ),
    // Runs asking for the same page of errors (entity type, position, size) share one statement.
    syncRunErrorPage: pagesByParent(
      (runIds, page: ErrorPage) => findRunErrorPages(db, runIds, page),
      (error) => error.runId,
    ),
    loansByCollateral: mappedRowsByKey(
      (collateralNumbers) => findLoansOfCollaterals(db, collateralNumbers),
      (row) => row.collateralNumber,
      (row) => row.loan,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
