import type {
  addresses,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
} from './db/schema';

/** A customers row as stored: the seed leaves `cif` nullable. */
export type CustomerRecord = typeof customers.$inferSelect;
/** A customer the API can serve: its key, `cif`, is present. */
export type CustomerRow = CustomerRecord & { cif: string };
export type PhoneRow = typeof phones.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type EmailRow = typeof emails.$inferSelect;
export type LoanRow = typeof loans.$inferSelect;
export type CollateralRow = typeof collaterals.$inferSelect;
export type LoanCollateralRow = typeof loanCollaterals.$inferSelect;
export type DueSegmentationRow = typeof dueSegmentations.$inferSelect;
export type ReferenceCustomerRow = typeof referenceCustomers.$inferSelect;

export function hasCif(customer: CustomerRecord): customer is CustomerRow {
  return customer.cif !== null;
}
