import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { type EventSource, EventsApiError, isRecord, responseError, type SourcedEvent } from './source';

function subscription(source: EventSource<SourcedEvent, unknown>): string {
  return /* GraphQL */ `
    subscription Events($after: String, $filter: ${source.filterType}) {
      ${source.field}(after: $after, filter: $filter) { ${source.selection} }
    }
  `;
}

export interface SubscribeEventsArgs<Filter> {
  /** Cursor (or sequence) of the last event already seen: everything after it, then live events. Null: live only. */
  after: string | null;
  filter?: Filter;
}

export interface SubscribeOptions {
  /** Sent as graphql-ws connection parameters (the caller's credential as `authorization`), asked for per connection. */
  headers?: () => Promise<Record<string, string>>;
}

export interface EventSubscription {
  /** Ends the subscription and closes the socket. */
  close(): Promise<void>;
  /**
   * Settles when the subscription ends: resolves when it is closed or the server completes it, rejects with a
   * EventsApiError when the server or the connection ends it with an error.
   */
  readonly ended: Promise<void>;
}

/** The graphql-ws URL of a GraphQL HTTP endpoint: the same path on ws(s)://. */
function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function describe(name: string, error: unknown): EventsApiError {
  if (error instanceof EventsApiError) return error;
  const graphQLError = responseError(name, error);
  if (graphQLError) return graphQLError;
  if (error instanceof Error) return new EventsApiError(`${name} subscription: ${error.message}`);
  // graphql-ws reports a closed socket as its CloseEvent.
  const reason =
    typeof error === 'object' && error !== null && 'code' in error
      ? `closed (${String(error.code)})`
      : 'failed';
  return new EventsApiError(`${name} subscription ${reason}`);
}

/**
 * Subscribes over graphql-ws (the source's subscription field, e.g. `Subscription.paymentEvents`): `onEvent`
 * gets every event after `after`, then live ones, in sequence order without gap or duplicate. No automatic
 * reconnection: when `ended` settles, subscribe again with the last cursor seen.
 */
export function subscribeEvents<Event extends SourcedEvent, Filter>(
  source: EventSource<Event, Filter>,
  url: string,
  args: SubscribeEventsArgs<Filter>,
  onEvent: (event: Event) => void,
  options: SubscribeOptions = {},
): EventSubscription {
  const client = createClient({
    url: webSocketUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: options.headers,
    retryAttempts: 0,
    lazy: true,
  });
  let settle: { resolve(): void; reject(error: EventsApiError): void } | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (error?: unknown) => {
    if (error === undefined) settle?.resolve();
    else settle?.reject(describe(source.name, error));
    void client.dispose();
  };
  const unsubscribe = client.subscribe(
    { query: subscription(source), variables: { after: args.after, filter: args.filter ?? null } },
    {
      next: (result) => {
        const error = responseError(source.name, result.errors);
        if (error) return finish(error);
        const data = result.data;
        try {
          if (isRecord(data)) onEvent(source.parse(data[source.field]));
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
