/** What every event a consumer reads carries: its place in its domain's outbox. */
export interface SourcedEvent {
  /** Position in the outbox, strictly increasing in commit order; a decimal string. */
  sequence: string;
  /** Resume cursor; equal to `sequence`, so a consumer may store either. */
  cursor: string;
}

/**
 * A domain's events API as a client reads it: the query field (a connection of events after a cursor) and the
 * subscription field of the same name, the filter's input type, and how one event is checked.
 */
export interface EventSource<Event extends SourcedEvent, Filter = Record<string, unknown>> {
  /** Names the events in messages, e.g. `payment events`. */
  name: string;
  /** The query and subscription field, e.g. `paymentEvents`. */
  field: string;
  /** The GraphQL input type of `filter`, e.g. `PaymentEventFilter`. */
  filterType: string;
  /** The event fields every operation selects. */
  selection: string;
  /** Checks one event of a response field by field. */
  parse(value: unknown): Event;
  /** Only for typing: the filter this source accepts. */
  readonly filter?: Filter;
}

/** A failure of an events API: an HTTP error, a GraphQL error, or a response of the wrong shape. */
export class EventsApiError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error, when the server sent one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'EventsApiError';
  }
}

/** A JSON object, whatever its keys. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A string field of an event; anything else is a response of the wrong shape. */
export function stringField(source: Record<string, unknown>, name: string): string {
  const value = source[name];
  if (typeof value !== 'string') throw new EventsApiError(`event without a string ${name}`);
  return value;
}

/** A field of an event that must be one of `values`. */
export function oneOf<Value extends string>(
  source: Record<string, unknown>,
  name: string,
  values: readonly Value[],
): Value {
  const value = source[name];
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new EventsApiError(`unknown ${name} ${JSON.stringify(value)}`);
  return found;
}

/** The first GraphQL error of a response as an EventsApiError; undefined when there is none. */
export function responseError(name: string, errors: unknown): EventsApiError | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const [first] = errors;
  const message = isRecord(first) && typeof first.message === 'string' ? first.message : 'unknown error';
  const extensions = isRecord(first) && isRecord(first.extensions) ? first.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return new EventsApiError(`${name} API: ${message}`, code);
}
