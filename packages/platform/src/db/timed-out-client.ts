import pg from 'pg';

/** pg's error when a statement outlives the client's query_timeout. */
const READ_TIMEOUT = 'Query read timeout';

/**
 * How often the server checks, while a statement runs, that its client is still connected
 * (client_connection_check_interval). A statement whose client closed the connection is then ended within
 * this time instead of running to its end or its statement_timeout.
 */
export const CLIENT_CHECK_INTERVAL_MS = 1_000;

const isReadTimeout = (error: unknown) => error instanceof Error && error.message === READ_TIMEOUT;

/**
 * A pg client that closes its connection as soon as a statement outlives query_timeout. pg fails the
 * statement but leaves it running on the connection, and a client given back to the pool without an error
 * (drizzle's transactions give theirs back so) would make the next request's statements wait behind it.
 * Closed (`end()` destroys the socket while a statement is active), the pool discards it on release and
 * opens a new connection; the server, checking its client every CLIENT_CHECK_INTERVAL_MS, ends the
 * statement.
 */
export class TimedOutClosingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query: (...args: unknown[]) => unknown = this.query.bind(this);
    const closeOnTimeout = (error: unknown) => {
      if (isReadTimeout(error)) void this.end();
    };
    this.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          closeOnTimeout(error);
          callback(error, result);
        };
        return query(...args);
      }
      const result = query(...args);
      // Registered before the caller's own handlers: the client is closed before anyone can reuse it.
      if (result instanceof Promise) result.catch(closeOnTimeout);
      return result;
    }) as pg.Client['query'];
  }
}
