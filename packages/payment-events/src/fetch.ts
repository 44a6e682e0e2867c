import {
  isRecord,
  PAYMENT_EVENT_FIELDS,
  type PaymentEvent,
  type PaymentEventFilter,
  PaymentEventsError,
  parsePaymentEvent,
  responseError,
} from './types';

const PAYMENT_EVENTS = /* GraphQL */ `
  query PaymentEvents($after: String, $first: Int, $filter: PaymentEventFilter) {
    paymentEvents(after: $after, first: $first, filter: $filter) {
      nodes { ${PAYMENT_EVENT_FIELDS} }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface FetchPaymentEventsArgs {
  /** Cursor (or sequence) of the last event already seen; null starts with the first event. */
  after: string | null;
  /** Events per page: the server's default (100) when omitted, at most 500. */
  first?: number;
  filter?: PaymentEventFilter;
}

export interface FetchOptions {
  /** The headers to send, asked for per request: the caller's credential. */
  headers?: () => Promise<Record<string, string>>;
  signal?: AbortSignal;
}

/** One page of events, oldest first. */
export interface PaymentEventPage {
  events: PaymentEvent[];
  /** Whether more events follow this page now. */
  hasNextPage: boolean;
  /** Cursor of the last event of the page; null for an empty page. */
  endCursor: string | null;
}

/** Reads the events after a cursor over HTTP (`Query.paymentEvents` of the payment subgraph). */
export async function fetchPaymentEvents(
  paymentUrl: string,
  args: FetchPaymentEventsArgs,
  options: FetchOptions = {},
): Promise<PaymentEventPage> {
  const response = await fetch(paymentUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await options.headers?.()) },
    body: JSON.stringify({ query: PAYMENT_EVENTS, variables: args }),
    signal: options.signal,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body))
    throw new PaymentEventsError(`payment events API answered HTTP ${response.status} without JSON`);
  const error = responseError(body.errors);
  if (error) throw error;
  const connection = isRecord(body.data) ? body.data.paymentEvents : undefined;
  if (!isRecord(connection) || !Array.isArray(connection.nodes) || !isRecord(connection.pageInfo)) {
    throw new PaymentEventsError('payment events API answered without a paymentEvents connection');
  }
  const { hasNextPage, endCursor } = connection.pageInfo;
  return {
    events: connection.nodes.map(parsePaymentEvent),
    hasNextPage: hasNextPage === true,
    endCursor: typeof endCursor === 'string' ? endCursor : null,
  };
}
