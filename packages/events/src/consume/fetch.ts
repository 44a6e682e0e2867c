import { type EventSource, EventsApiError, isRecord, responseError, type SourcedEvent } from './source';

export interface FetchEventsArgs<Filter> {
  /** Cursor (or sequence) of the last event already seen; null starts with the first event. */
  after: string | null;
  /** Events per page: the server's default (100) when omitted, at most 500. */
  first?: number;
  filter?: Filter;
}

export interface FetchOptions {
  /** The headers to send, asked for per request: the caller's credential. */
  headers?: () => Promise<Record<string, string>>;
  signal?: AbortSignal;
}

/** One page of events, oldest first. */
export interface EventPage<Event> {
  events: Event[];
  /** Whether more events follow this page now. */
  hasNextPage: boolean;
  /** Cursor of the last event of the page; null for an empty page. */
  endCursor: string | null;
}

function pageQuery(source: EventSource<SourcedEvent, unknown>): string {
  return /* GraphQL */ `
    query Events($after: String, $first: Int, $filter: ${source.filterType}) {
      ${source.field}(after: $after, first: $first, filter: $filter) {
        nodes { ${source.selection} }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;
}

/** Reads the events after a cursor over HTTP (the source's query field, e.g. `Query.paymentEvents`). */
export async function fetchEvents<Event extends SourcedEvent, Filter>(
  source: EventSource<Event, Filter>,
  url: string,
  args: FetchEventsArgs<Filter>,
  options: FetchOptions = {},
): Promise<EventPage<Event>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await options.headers?.()) },
    body: JSON.stringify({ query: pageQuery(source), variables: args }),
    signal: options.signal,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body))
    throw new EventsApiError(`${source.name} API answered HTTP ${response.status} without JSON`);
  const error = responseError(source.name, body.errors);
  if (error) throw error;
  const connection = isRecord(body.data) ? body.data[source.field] : undefined;
  if (!isRecord(connection) || !Array.isArray(connection.nodes) || !isRecord(connection.pageInfo)) {
    throw new EventsApiError(`${source.name} API answered without a ${source.field} connection`);
  }
  const { hasNextPage, endCursor } = connection.pageInfo;
  return {
    events: connection.nodes.map((node) => source.parse(node)),
    hasNextPage: hasNextPage === true,
    endCursor: typeof endCursor === 'string' ? endCursor : null,
  };
}
