import {
  type Connection,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@collexis/platform/graphql';
import type { BankSyncDatabase, CustomerRow } from '../db/database';
import { BadUserInputError } from '../errors';
import { type CustomerCriteria, findCustomerPage } from '../repository/customers';

export interface CustomerPageArgs {
  filter?: CustomerCriteria | null;
  first?: number | null;
  after?: string | null;
}

/** A page of customers ordered by CIF; the cursor is the CIF of the page's last customer. */
export async function customerConnection(
  db: BankSyncDatabase,
  args: CustomerPageArgs,
): Promise<Connection<CustomerRow>> {
  const size = pageSize(args.first);
  const rows = await findCustomerPage(db, {
    criteria: args.filter ?? {},
    afterCif: args.after == null ? null : decodeCifCursor(args.after),
    limit: size + 1,
  });
  return toConnection(rows, size, (customer) => encodeCursor([customer.cif]));
}

function decodeCifCursor(after: string): string {
  const [cif] = decodeCursor(after, 1);
  if (typeof cif !== 'string')
    throw new BadUserInputError('after', 'after is not a cursor this field returned');
  return cif;
}
