/**
 * Commits payments through the real write path, the payment subgraph's `recordPayment` (validation, payment,
 * audit and outbox event in one transaction, NOTIFY on commit), open loop at a fixed rate. It calls the
 * subgraph straight, as the payment processor, with the credential the gateway would sign for it.
 */
import { callerOf } from '@collexis/platform/testing';
import type { LoanKey } from '../dataset';
import type { BenchIdentity } from '../identity';
import { type Commit, commitAtRate, dataAt, keepAliveAgent, postJson, type WriteRun } from './open-loop';

export type { Commit, WriteRun } from './open-loop';

/** A writer of one kind of event, open loop. */
export interface EventWriter {
  commit(): Promise<Commit>;
  /** `rate` events per second for `seconds`, each sent on schedule whether or not earlier ones returned. */
  commitAtRate(rate: number, seconds: number): Promise<WriteRun>;
  /** Closes the kept-alive connections. */
  close(): void;
}

/** The payment writer: an EventWriter of payments. */
export type PaymentWriter = EventWriter;

const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }
`;

/** Who records the payments: payment writes need SYSTEM, ADMIN or PAYMENT_PROCESSOR. */
export const PROCESSOR = callerOf('bench-writer', 'PAYMENT_PROCESSOR');

/**
 * The payment subgraph's headers for PROCESSOR: the credential the gateway would sign, reused by the signer
 * until shortly before it expires (signed once a minute at most).
 */
export const paymentSubgraphAuthorization = (identity: BenchIdentity) =>
  identity.credentialSource(PROCESSOR, 'payment');

/**
 * A writer to `url` with the headers `authorize` gives: the payment subgraph with a credential
 * (`paymentSubgraphAuthorization`) or a gateway with a PAYMENT_PROCESSOR's access token.
 */
export function createPaymentWriter(
  url: string,
  loans: readonly LoanKey[],
  authorize: () => Promise<Record<string, string>>,
): PaymentWriter {
  if (loans.length === 0) throw new Error('the data set has no open loans to pay');
  // References are at most 20 characters and unique across runs on the same database.
  const prefix = `F${Date.now().toString(36)}`;
  let counter = 0;
  const target = new URL(url);
  const agent = keepAliveAgent();

  async function commit(): Promise<Commit> {
    counter += 1;
    const loan = loans[counter % loans.length];
    if (!loan) throw new Error('no loan at the drawn index');
    const reference = `${prefix}${counter}`;
    const input = {
      referenceNumber: reference,
      loanAccountNumber: loan.accountNumber,
      cif: loan.cif,
      amount: '25.00',
      currency: loan.currency,
      paymentDate: new Date(Date.now() - 60_000).toISOString(),
      paymentMethod: 'BANK_TRANSFER',
      sourceSystem: 'T24',
    };
    const sentAt = Date.now();
    const body = await postJson(
      target,
      agent,
      await authorize(),
      JSON.stringify({ query: RECORD_PAYMENT, variables: { input } }),
    );
    const committedAt = Date.now();
    if (dataAt(body, ['recordPayment', 'created']) !== true)
      throw new Error(`recordPayment did not create ${reference}: ${JSON.stringify(body)}`);
    return { reference, sentAt, committedAt };
  }

  return {
    commit,
    commitAtRate: (rate, seconds) => commitAtRate(commit, rate, seconds),
    close: () => agent.destroy(),
  };
}
