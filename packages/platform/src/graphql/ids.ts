import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be compared with a uuid column without PostgreSQL rejecting the whole statement. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The value of an argument or input field that must be a UUID; BAD_USER_INPUT naming the field otherwise. */
export function parseUuid(field: string, value: string): string {
  if (isUuid(value)) return value;
  throw new BadUserInputError(field, `${field} must be a UUID; got ${JSON.stringify(value)}`);
}
