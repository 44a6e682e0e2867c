import { mappedRowsByKey, rowByKey, rowsByKey } from '@collexis/platform/db';
import DataLoader from 'dataloader';
import type { BankSyncDatabase, SyncRunErrorRow } from './db/database';
import type { SyncEntityName } from './inputs/sync-entities';
import { findCollateralsByCifs, findCollateralsByNumbers } from './repository/collaterals';
import { findAddressesByCifs, findEmailsByCifs, findPhonesByCifs } from './repository/contact-details';
import { findCustomersByCifs } from './repository/customers';
import { findDueSegmentationsByLoans } from './repository/due-segmentations';
import {
  findCollateralsOfLoans,
  findLinksByLoans,
  findLoansOfCollaterals,
} from './repository/loan-collaterals';
import { findLoansByAccountNumbers, findLoansByCifs } from './repository/loans';
import { findReferenceCustomersByPrimaryCifs } from './repository/reference-customers';
import { type ErrorPagesQuery, findRunErrorPages } from './repository/sync-run-errors';
import { findRunEntitiesByRuns, findRunsByIds } from './repository/sync-runs';

/** One run's page of errors, as `SyncRun.errors` asks for it. */
export interface ErrorPageKey {
  runId: string;
  entityType: SyncEntityName | null;
  afterId: number | null;
  limit: number;
}

type PageShape = Omit<ErrorPageKey, 'runId'>;

const pageKey = (runId: string, shape: PageShape) =>
  JSON.stringify([runId, shape.entityType, shape.afterId, shape.limit]);

/**
 * Pages of several runs' errors: keys asking for the same page shape (entity type, position, size) share one
 * statement, so a list of runs each showing its first errors costs one query.
 */
function errorPagesByRun(db: BankSyncDatabase): DataLoader<ErrorPageKey, SyncRunErrorRow[], string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, ErrorPagesQuery & { runIds: string[] }>();
      for (const key of keys) {
        const shape = pageKey('', key);
        const group = groups.get(shape);
        if (group) group.runIds.push(key.runId);
        else
          groups.set(shape, {
            entityType: key.entityType,
            afterId: key.afterId,
            limit: key.limit,
            runIds: [key.runId],
          });
      }
      const pages = new Map<string, SyncRunErrorRow[]>();
      for (const group of groups.values()) {
        for (const error of await findRunErrorPages(db, group)) {
          const page = pageKey(error.runId, group);
          pages.set(page, [...(pages.get(page) ?? []), error]);
        }
      }
      return keys.map((key) => pages.get(pageKey(key.runId, key)) ?? []);
    },
    { cacheKeyFn: (key) => pageKey(key.runId, key) },
  );
}

/** One DataLoader per key lookup and per child list, each batch one SQL statement; build one set per request. */
export function createLoaders(db: BankSyncDatabase) {
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
    ),
    syncRunEntitiesByRun: rowsByKey(
      (runIds) => findRunEntitiesByRuns(db, runIds),
      (entity) => entity.runId,
    ),
    syncRunErrorPage: errorPagesByRun(db),
    loansByCollateral: mappedRowsByKey(
      (collateralNumbers) => findLoansOfCollaterals(db, collateralNumbers),
      (row) => row.collateralNumber,
      (row) => row.loan,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
