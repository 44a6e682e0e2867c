import { asc, inArray } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { collaterals } from '../db';
import type { CollateralRow } from '../models';

export function findCollateralsByNumbers(
  db: BankSyncDatabase,
  collateralNumbers: readonly string[],
): Promise<CollateralRow[]> {
  return db
    .select()
    .from(collaterals)
    .where(inArray(collaterals.collateralNumber, [...collateralNumbers]));
}

/** Collaterals the customers own, by collateral number. */
export function findCollateralsByCifs(
  db: BankSyncDatabase,
  cifs: readonly string[],
): Promise<CollateralRow[]> {
  return db
    .select()
    .from(collaterals)
    .where(inArray(collaterals.cif, [...cifs]))
    .orderBy(asc(collaterals.collateralNumber));
}
