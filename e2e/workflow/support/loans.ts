import { postGraphQL } from '@collexis/platform/http';
import { subgraphHeaders, viewers } from '@collexis/platform/testing';
import { cifOf, loanOf } from './customers';

const PUSH = /* GraphQL */ `
  mutation Push($input: PushSyncBatchInput!) { pushSyncBatch(input: $input) { run { status } } }
`;

/** What core banking now says of customer n's loan (see customers.ts). */
export interface LoanState {
  n: number;
  delinquencyStatus: string;
  status?: 'OPEN' | 'CLOSED';
}

const DPD: Record<string, number> = {
  CURRENT: 0,
  BUCKET_1: 10,
  BUCKET_2: 45,
  BUCKET_3: 75,
  BUCKET_4: 120,
  WRITE_OFF: 200,
};

function loanRecord({ n, delinquencyStatus, status = 'OPEN' }: LoanState) {
  return {
    account_number: loanOf(n),
    cif: cifOf(n),
    product_type: 'PERSONAL_LOAN',
    original_amount: '1000.00',
    currency: 'VND',
    disbursement_date: '2025-01-01',
    maturity_date: '2028-01-01',
    interest_rate: '10.0000',
    term: 36,
    payment_frequency: 'MONTHLY',
    outstanding: '800.00',
    remaining_amount: '800.00',
    due_amount: '50.00',
    next_payment_date: '2026-12-01',
    dpd: DPD[delinquencyStatus] ?? 0,
    delinquency_status: delinquencyStatus,
    status,
  };
}

/** Pushes the loans' new states to bank-sync as core banking (SYSTEM) does: one batch, one run. */
export async function pushLoans(bankSyncUrl: string, loans: readonly LoanState[]): Promise<void> {
  const response = await postGraphQL<{ pushSyncBatch: { run: { status: string } } }>(
    bankSyncUrl,
    PUSH,
    { input: { sourceSystem: 'T24', entityType: 'LOANS', records: loans.map(loanRecord) } },
    await subgraphHeaders(viewers.coreSystem, 'bank-sync'),
  );
  if (response.data?.pushSyncBatch.run.status !== 'SUCCEEDED') {
    throw new Error(`pushSyncBatch did not succeed: ${JSON.stringify(response)}`);
  }
}

/** The sequence of bank-sync's newest sync event, as its events API gives it to SYSTEM. */
export async function syncEventsHead(bankSyncUrl: string): Promise<string> {
  const response = await postGraphQL<{ syncEventsHead: string }>(
    bankSyncUrl,
    '{ syncEventsHead }',
    {},
    await subgraphHeaders(viewers.coreSystem, 'bank-sync'),
  );
  if (!response.data) throw new Error(`syncEventsHead failed: ${JSON.stringify(response.errors)}`);
  return response.data.syncEventsHead;
}
