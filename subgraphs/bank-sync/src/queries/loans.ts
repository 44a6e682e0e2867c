import {
  type Connection,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@collexis/platform/graphql';
import type { BankSyncDatabase, LoanRow } from '../db/database';
import { BadUserInputError } from '../errors';
import type { LoanOrder } from '../generated/resolvers-types';
import { findLoanPage, type LoanCriteria, type LoanPageOrder } from '../repository/loans';

export interface LoanPageArgs {
  filter?: LoanCriteria | null;
  first?: number | null;
  after?: string | null;
  orderBy?: LoanOrder | null;
}

/**
 * A page of loans in the asked order. The cursor carries every sort key of the page's last loan: its account
 * number, and for DPD_DESC its days past due before it.
 */
export async function loanConnection(db: BankSyncDatabase, args: LoanPageArgs): Promise<Connection<LoanRow>> {
  const criteria = args.filter ?? {};
  validateDpdRange(criteria);
  const size = pageSize(args.first);
  const order = pageOrder(args.orderBy ?? 'ACCOUNT_NUMBER', args.after ?? null);
  const rows = await findLoanPage(db, { criteria, order, limit: size + 1 });
  return toConnection(rows, size, (loan) =>
    encodeCursor(order.by === 'dpdDesc' ? [loan.dpd, loan.accountNumber] : [loan.accountNumber]),
  );
}

function validateDpdRange({ dpdMin, dpdMax }: LoanCriteria): void {
  if (dpdMin != null && dpdMin < 0) {
    throw new BadUserInputError('dpdMin', `dpdMin must not be negative; got ${dpdMin}`);
  }
  if (dpdMax != null && dpdMax < 0) {
    throw new BadUserInputError('dpdMax', `dpdMax must not be negative; got ${dpdMax}`);
  }
  if (dpdMin != null && dpdMax != null && dpdMin > dpdMax) {
    throw new BadUserInputError('dpdMin', `dpdMin (${dpdMin}) must not exceed dpdMax (${dpdMax})`);
  }
}

function pageOrder(orderBy: LoanOrder, after: string | null): LoanPageOrder {
  if (orderBy === 'ACCOUNT_NUMBER') {
    if (after === null) return { by: 'accountNumber', after: null };
    const [accountNumber] = decodeCursor(after, 1);
    if (typeof accountNumber !== 'string') throw foreignCursor();
    return { by: 'accountNumber', after: { accountNumber } };
  }
  if (after === null) return { by: 'dpdDesc', after: null };
  const [dpd, accountNumber] = decodeCursor(after, 2);
  if (typeof dpd !== 'number' || typeof accountNumber !== 'string') throw foreignCursor();
  return { by: 'dpdDesc', after: { dpd, accountNumber } };
}

function foreignCursor(): BadUserInputError {
  return new BadUserInputError('after', 'after is not a cursor this field returned with this orderBy');
}
