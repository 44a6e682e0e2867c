import { type DemoChunk, type DemoOptions, demoAgents } from '@collexis/demo-data';
import { type DemoTables, tableRows } from '@collexis/platform/db';
import {
  actionRecords,
  agents,
  customerAgents,
  customerCaseActions,
  customerCases,
  paymentsReceived,
} from '../db';
import type { PaymentReceivedRow } from '../db/database';

/** workflow's tables of the demo universe, in the order seedDemo inserts them: agents first. */
export const demoTables: DemoTables<DemoOptions, DemoChunk> = {
  once: (options) => [tableRows(agents, demoAgents(options))],
  chunk: ({ workflow, payment }) => [
    tableRows(customerAgents, workflow.customerAgents),
    tableRows(customerCases, workflow.customerCases),
    tableRows(customerCaseActions, workflow.customerCaseActions),
    tableRows(actionRecords, workflow.actionRecords),
    tableRows(paymentsReceived, demoPaymentsReceived(payment.payments)),
  ],
};

/**
 * What the case-updates consumer would have recorded had the demo payments come as events: the payment date
 * stands for the event's time, the last update of a reversed payment for its reversal.
 */
export function demoPaymentsReceived(payments: DemoChunk['payment']['payments']): PaymentReceivedRow[] {
  return payments
    .filter((row) => row.status === 'COMPLETED' || row.status === 'REVERSED')
    .map((row) => ({
      paymentReferenceNumber: row.referenceNumber,
      cif: row.cif,
      receivedAt: row.paymentDate,
      reversedAt: row.status === 'REVERSED' ? row.updatedAt : null,
    }));
}
