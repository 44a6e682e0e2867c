/**
 * The split floor's front: Customer 360 composed as our gateway's plan composes it, bank-sync first, then
 * payment (by the loans' account numbers) and workflow (by CIF) side by side.
 */
import type { TokenVerifier } from '@collexis/platform/graphql';
import type { RunningServer } from '@collexis/platform/http';
import type { PartUrls } from './part-client';
import type { BankSyncPart, PartInput, PartName, PaymentPart, WorkflowPart } from './parts';

/** One request to a part, answered with its JSON. */
export type CallPart = (part: PartName, input: PartInput) => Promise<unknown>;

/** Starts the front of one kind of split floor over its three parts. */
export type StartFront = (port: number, verifier: TokenVerifier, parts: PartUrls) => Promise<RunningServer>;

export async function customer360(cif: string, call: CallPart) {
  const customer = (await call('bank-sync', { cif })) as BankSyncPart;
  if (!customer) return null;
  const accountNumbers = customer.loans.map((loan) => loan.accountNumber);
  const [payments, workflow] = (await Promise.all([
    call('payment', { accountNumbers }),
    call('workflow', { cif }),
  ])) as [PaymentPart, WorkflowPart];
  return {
    ...customer,
    loans: customer.loans.map((loan) => ({ ...loan, payments: payments[loan.accountNumber] })),
    case: workflow.case,
    actions: workflow.actions,
  };
}
