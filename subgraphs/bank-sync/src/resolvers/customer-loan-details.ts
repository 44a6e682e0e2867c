import { groupBy } from '@collexis/platform/db';
import type { CollateralRow, DueSegmentationRow, LoanRow } from '../db/database';
import type { Loaders } from '../loaders';

/** What a customer's loans ask of each loan that can be read by the customer's CIF, by account number. */
interface LoanDetails {
  dueSegmentations: Map<string, DueSegmentationRow[]> | null;
  collaterals: Map<string, CollateralRow[]> | null;
}

/** Per request (its loaders stand for it): the CIFs whose loans' details were started, and their lookup. */
const startedByRequest = new WeakMap<Loaders, Map<string, Promise<LoanDetails | null>>>();

function childrenByLoan<R, C>(rows: readonly R[], loanOf: (row: R) => string, childOf: (row: R) => C) {
  return new Map([...groupBy(rows, loanOf)].map(([loan, group]) => [loan, group.map(childOf)]));
}

/**
 * Starts reading the due segments and collaterals of every loan of the customer by its CIF, when the
 * operation asks them of the customer's loans (`loanFields`): in the customer's own batch, instead of a round
 * after the loans. A failed lookup is forgotten, and each loan's own loaders read them as before.
 */
export function startLoanDetails(loaders: Loaders, cif: string, loanFields: ReadonlySet<string>): void {
  const segments = loanFields.has('dueSegmentations');
  const collaterals = loanFields.has('collaterals');
  if (!segments && !collaterals) return;
  const details = Promise.all([
    segments ? loaders.dueSegmentationsOfLoansByCif.load(cif) : null,
    collaterals ? loaders.collateralsOfLoansByCif.load(cif) : null,
  ]).then(
    ([segmentRows, collateralRows]) => ({
      dueSegmentations:
        segmentRows &&
        childrenByLoan(
          segmentRows,
          (row) => row.segment.loanAccountNumber,
          (row) => row.segment,
        ),
      collaterals:
        collateralRows &&
        childrenByLoan(
          collateralRows,
          (row) => row.loanAccountNumber,
          (row) => row.collateral,
        ),
    }),
    () => null,
  );
  let started = startedByRequest.get(loaders);
  if (!started) {
    started = new Map();
    startedByRequest.set(loaders, started);
  }
  started.set(cif, details);
}

/**
 * The customer's loans; when their details were started by CIF, each loan's loaders are primed with them
 * before the loans are returned (a loan without any gets an empty list), so no loan reads them again.
 */
export async function loadCustomerLoans(loaders: Loaders, cif: string): Promise<LoanRow[]> {
  const started = startedByRequest.get(loaders)?.get(cif);
  const loans = await loaders.loansByCif.load(cif);
  const details = started ? await started : null;
  if (details === null) return loans;
  for (const { accountNumber } of loans) {
    if (details.dueSegmentations) {
      loaders.dueSegmentationsByLoan.prime(accountNumber, details.dueSegmentations.get(accountNumber) ?? []);
    }
    if (details.collaterals) {
      loaders.collateralsByLoan.prime(accountNumber, details.collaterals.get(accountNumber) ?? []);
    }
  }
  return loans;
}
