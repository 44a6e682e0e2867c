import type { DemoChunk, DemoOptions } from '@collexis/demo-data';
import { type DemoTables, tableRows } from '@collexis/platform/db';
import {
  addresses,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
} from '../db';

/** bank-sync's tables of the demo universe, in the order seedDemo inserts them. */
export const demoTables: DemoTables<DemoOptions, DemoChunk> = {
  once: () => [],
  chunk: ({ bankSync }) => [
    tableRows(customers, bankSync.customers),
    tableRows(phones, bankSync.phones),
    tableRows(addresses, bankSync.addresses),
    tableRows(emails, bankSync.emails),
    tableRows(referenceCustomers, bankSync.referenceCustomers),
    tableRows(loans, bankSync.loans),
    tableRows(collaterals, bankSync.collaterals),
    tableRows(loanCollaterals, bankSync.loanCollaterals),
    tableRows(dueSegmentations, bankSync.dueSegmentations),
  ],
};
