import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What is known of the HTTP request being served, filled in as it goes, read for its access line and metrics. */
export interface RequestRecord {
  /** From the caller's `x-request-id` when sane, else generated; sent on to every subgraph and echoed back. */
  readonly requestId: string;
  /** The operation's name once its document validated; 'anonymous' for an unnamed one. */
  operationName?: string;
  /** Whether the operation ran (it parsed, validated and passed every check). */
  executed: boolean;
  /** Errors in the response. */
  errorCount: number;
  /** The id of the caller its token or credential proved. */
  callerId?: string;
}

const scope = new AsyncLocalStorage<RequestRecord>();

/** Runs `fn` as the handling of the request `record` describes. */
export function runInRequest<T>(record: RequestRecord, fn: () => T): T {
  return scope.run(record, fn);
}

/** The request being served here, if any (a subscription event or a consumer's pass has none). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}

/** The header a request id travels in, from the client to the gateway, from the gateway to each subgraph, and back. */
export const requestIdHeader = 'x-request-id';

// Printable, no spaces or quotes, short: what a proxy or a client library generates, and safe on a log line.
const saneRequestId = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's request id when it is a sane one, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && saneRequestId.test(header) ? header : randomUUID();
}
