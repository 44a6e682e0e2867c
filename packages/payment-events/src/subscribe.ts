import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  PAYMENT_EVENT_FIELDS,
  type PaymentEvent,
  type PaymentEventFilter,
  PaymentEventsError,
  parsePaymentEvent,
  responseError,
} from './types';

const PAYMENT_EVENTS = /* GraphQL */ `
  subscription PaymentEvents($after: String, $filter: PaymentEventFilter) {
    paymentEvents(after: $after, filter: $filter) { ${PAYMENT_EVENT_FIELDS} }
  }
`;

export interface SubscribePaymentEventsArgs {
  /** Cursor (or sequence) of the last event already seen: everything after it, then live events. Null: live only. */
  after: string | null;
  filter?: PaymentEventFilter;
}

export interface SubscribeOptions {
  /** Sent as graphql-ws connection parameters (the caller's credential as `authorization`), asked for per connection. */
  headers?: () => Promise<Record<string, string>>;
}

export interface PaymentEventSubscription {
  /** Ends the subscription and closes the socket. */
  close(): Promise<void>;
  /**
   * Settles when the subscription ends: resolves when it is closed or the server completes it, rejects with a
   * PaymentEventsError when the server or the connection ends it with an error.
   */
  readonly ended: Promise<void>;
}

/** The graphql-ws URL of a GraphQL HTTP endpoint: the same path on ws(s)://. */
function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function describe(error: unknown): PaymentEventsError {
  if (error instanceof PaymentEventsError) return error;
  const graphQLError = responseError(error);
  if (graphQLError) return graphQLError;
  if (error instanceof Error) return new PaymentEventsError(`payment events subscription: ${error.message}`);
  // graphql-ws reports a closed socket as its CloseEvent.
  const reason =
    typeof error === 'object' && error !== null && 'code' in error
      ? `closed (${String(error.code)})`
      : 'failed';
  return new PaymentEventsError(`payment events subscription ${reason}`);
}

/**
 * Subscribes over graphql-ws (`Subscription.paymentEvents` of the payment subgraph): `onEvent` gets every event
 * after `after`, then live ones, in sequence order without gap or duplicate. No automatic reconnection: when
 * `ended` settles, subscribe again with the last cursor seen.
 */
export function subscribePaymentEvents(
  paymentUrl: string,
  args: SubscribePaymentEventsArgs,
  onEvent: (event: PaymentEvent) => void,
  options: SubscribeOptions = {},
): PaymentEventSubscription {
  const client = createClient({
    url: webSocketUrl(paymentUrl),
    webSocketImpl: WebSocket,
    connectionParams: options.headers,
    retryAttempts: 0,
    lazy: true,
  });
  let settle: { resolve(): void; reject(error: PaymentEventsError): void } | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (error?: unknown) => {
    if (error === undefined) settle?.resolve();
    else settle?.reject(describe(error));
    void client.dispose();
  };
  const unsubscribe = client.subscribe(
    { query: PAYMENT_EVENTS, variables: { after: args.after, filter: args.filter ?? null } },
    {
      next: (result) => {
        const error = responseError(result.errors);
        if (error) return finish(error);
        const data = result.data;
        try {
          if (data) onEvent(parsePaymentEvent(data.paymentEvents));
        } catch (failure) {
          unsubscribe();
          finish(failure);
        }
      },
      error: (error) => finish(error),
      complete: () => finish(),
    },
  );
  // Consumers may not observe `ended`; its rejection is reported through their own handling, not unhandled.
  ended.catch(() => {});
  return {
    ended,
    close: async () => {
      unsubscribe();
      finish();
      await ended.catch(() => {});
    },
  };
}
