import { selectedFieldNames, selectionOf } from '@collexis/platform/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../loaders';
import { startLoanDetails } from './customer-loan-details';

/** The customer's lists looked up by CIF, by the Customer field that returns each. */
const listsByCif = {
  phones: 'phonesByCif',
  addresses: 'addressesByCif',
  emails: 'emailsByCif',
  loans: 'loansByCif',
  collaterals: 'collateralsByCif',
  referenceCustomers: 'referenceCustomersByCif',
} as const satisfies Partial<Record<string, keyof Loaders>>;

const isListField = (name: string): name is keyof typeof listsByCif => Object.hasOwn(listsByCif, name);

/**
 * Starts the lookups of the lists the operation asks of the customer `customer(cif:)` returns, in the same
 * batch as the customer: they need only the CIF, so waiting for the customer's row first would add one
 * database round trip to every such request (Customer 360). So do the due segments and collaterals asked of
 * the customer's loans, read through the loans by CIF (`startLoanDetails`). The Customer resolvers then find them in the
 * loaders' cache; a failed lookup fails there. A CIF that names no customer costs the lists' statements for
 * nothing. Entity references do not start them: there the lists' batches would no longer line up with those
 * of customers reached through loans and collaterals, and the statement count would depend on the data.
 */
export function startCustomerLists(loaders: Loaders, cif: string, info: GraphQLResolveInfo): void {
  const fields = selectedFieldNames(info, 'Customer');
  for (const name of fields) {
    if (isListField(name)) void loaders[listsByCif[name]].load(cif).catch(() => {});
  }
  if (fields.has('loans')) {
    startLoanDetails(loaders, cif, selectedFieldNames(selectionOf(info, 'Customer', 'loans'), 'Loan'));
  }
}
