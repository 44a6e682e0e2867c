/** Test helper: the whole universe of a small option set, merged into one chunk-shaped object. */
import { demoChunks, emptyChunk } from './generate';
import type { DemoChunk, DemoOptions } from './types';

function append<T>(target: T[], source: readonly T[]): void {
  for (const item of source) target.push(item);
}

export function collect(options: Partial<DemoOptions>, chunkSize = 500): DemoChunk {
  const all = emptyChunk(0, 0);
  for (const { range, bankSync, payment, workflow } of demoChunks(options, chunkSize)) {
    all.range.to = range.to;
    append(all.bankSync.customers, bankSync.customers);
    append(all.bankSync.phones, bankSync.phones);
    append(all.bankSync.addresses, bankSync.addresses);
    append(all.bankSync.emails, bankSync.emails);
    append(all.bankSync.referenceCustomers, bankSync.referenceCustomers);
    append(all.bankSync.loans, bankSync.loans);
    append(all.bankSync.collaterals, bankSync.collaterals);
    append(all.bankSync.loanCollaterals, bankSync.loanCollaterals);
    append(all.bankSync.dueSegmentations, bankSync.dueSegmentations);
    append(all.payment.payments, payment.payments);
    append(all.workflow.actionRecords, workflow.actionRecords);
    append(all.workflow.customerAgents, workflow.customerAgents);
    append(all.workflow.customerCases, workflow.customerCases);
    append(all.workflow.customerCaseActions, workflow.customerCaseActions);
  }
  return all;
}
