/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = '23505';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The constraint a failed statement violated, when it failed on a unique key; drizzle wraps the driver's
 * error, so the chain of causes is searched.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current: unknown = error; isRecord(current); current = current.cause) {
    if (current.code === UNIQUE_VIOLATION && typeof current.constraint === 'string')
      return current.constraint;
  }
  return null;
}
