/**
 * Commits payments through the real write path, the payment subgraph's `recordPayment` (validation, payment,
 * audit and outbox event in one transaction, NOTIFY on commit), open loop at a fixed rate. It calls the
 * subgraph straight, as the payment processor, with the credential the gateway would sign for it.
 */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { callerOf } from '@collexis/platform/testing';
import type { LoanKey } from '../dataset';
import type { BenchIdentity } from '../identity';

export interface Commit {
  reference: string;
  /** When the request went out, ms since the epoch. */
  sentAt: number;
  /** When its response arrived: the commit happened before this (ms since the epoch). */
  committedAt: number;
}

export interface WriteRun {
  commits: Commit[];
  failures: number;
  firstFailure: string | null;
  /** Longest a request went out after its scheduled time (the writer or the server not keeping up). */
  maxLagMs: number;
}

export interface PaymentWriter {
  commit(): Promise<Commit>;
  /** `rate` payments per second for `seconds`, each sent on schedule whether or not earlier ones returned. */
  commitAtRate(rate: number, seconds: number): Promise<WriteRun>;
  /** Closes the kept-alive connections. */
  close(): void;
}

const RECORD_PAYMENT = /* GraphQL */ `
  mutation Record($input: RecordPaymentInput!) { recordPayment(input: $input) { created } }
`;

/** Requests in flight at most; past it the writer waits and falls behind its schedule, which it reports. */
const MAX_IN_FLIGHT = 256;
/**
 * An idle kept-alive socket is closed here before the server's keep-alive timeout (Node's 5 s) closes it: a
 * request sent on a socket the server is closing at that moment fails with ECONNRESET.
 */
const IDLE_SOCKET_MS = 4_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** POSTs a JSON body and resolves with the parsed response; node:http costs the writer far less CPU than fetch. */
function postJson(url: URL, agent: Agent, headers: Record<string, string>, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function createdIn(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('data' in body)) return false;
  const { data } = body;
  if (typeof data !== 'object' || data === null || !('recordPayment' in data)) return false;
  const { recordPayment } = data;
  return (
    typeof recordPayment === 'object' &&
    recordPayment !== null &&
    Reflect.get(recordPayment, 'created') === true
  );
}

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
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, timeout: IDLE_SOCKET_MS });

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
    if (!createdIn(body))
      throw new Error(`recordPayment did not create ${reference}: ${JSON.stringify(body)}`);
    return { reference, sentAt, committedAt };
  }

  async function commitAtRate(rate: number, seconds: number): Promise<WriteRun> {
    const total = Math.round(rate * seconds);
    const run: WriteRun = {
      commits: [],
      failures: 0,
      firstFailure: null,
      maxLagMs: 0,
    };
    const inFlight = new Set<Promise<void>>();
    const start = performance.now();
    for (let index = 0; index < total; index += 1) {
      const due = start + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      run.maxLagMs = Math.max(run.maxLagMs, performance.now() - due);
      const attempt: Promise<void> = commit()
        .then(
          (done) => {
            run.commits.push(done);
          },
          (error: unknown) => {
            run.failures += 1;
            run.firstFailure ??= message(error);
          },
        )
        .finally(() => inFlight.delete(attempt));
      inFlight.add(attempt);
    }
    await Promise.all(inFlight);
    return run;
  }

  return { commit, commitAtRate, close: () => agent.destroy() };
}
