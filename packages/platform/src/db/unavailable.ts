/**
 * Whether an error means the database could not be used at all (not reachable, not answering in time, shutting
 * down), as opposed to a statement it refused: the first is the operator's problem and worth retrying, the
 * second a bug or bad input.
 */
const UNAVAILABLE_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  // pg's "Connection terminated unexpectedly" and "... due to connection timeout".
  'Connection terminated',
  // A statement sent on a connection closed because an earlier one timed out (drizzle's rollback after it).
  'Client was closed and is not queryable',
];
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL: query_canceled (statement timeout), admin_shutdown, crash_shutdown, cannot_connect_now.
  '57014',
  '57P01',
  '57P02',
  '57P03',
]);

/** The error, or any error in its `cause` chain (drizzle wraps the driver's), says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code: unknown = Reflect.get(current, 'code');
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (
      UNAVAILABLE_MESSAGES.some((message) => current instanceof Error && current.message.startsWith(message))
    )
      return true;
    current = current.cause;
  }
  return false;
}
