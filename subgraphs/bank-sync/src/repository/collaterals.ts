import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc } from 'drizzle-orm';
import { collaterals } from '../db';
import type { BankSyncQueryRunner, CollateralRow } from '../db/database';

const prepared = oncePerDatabase((db: BankSyncQueryRunner) => ({
  byNumbers: db
    .select()
    .from(collaterals)
    .where(equalsAny(collaterals.collateralNumber, 'collateralNumbers'))
    .prepare('bank_sync_collaterals_by_numbers'),
  byCifs: db
    .select()
    .from(collaterals)
    .where(equalsAny(collaterals.cif, 'cifs'))
    .orderBy(asc(collaterals.collateralNumber))
    .prepare('bank_sync_collaterals_by_cifs'),
}));

export function findCollateralsByNumbers(
  db: BankSyncQueryRunner,
  collateralNumbers: readonly string[],
): Promise<CollateralRow[]> {
  return prepared(db).byNumbers.execute({ collateralNumbers });
}

/** Collaterals the customers own, by collateral number. */
export function findCollateralsByCifs(
  db: BankSyncQueryRunner,
  cifs: readonly string[],
): Promise<CollateralRow[]> {
  return prepared(db).byCifs.execute({ cifs });
}
