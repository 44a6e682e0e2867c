import { parseDate, parseDateTime } from '@collexis/platform/graphql';
import { is } from 'drizzle-orm';
import {
  PgBoolean,
  type PgColumn,
  PgDateString,
  PgInteger,
  PgNumeric,
  PgText,
  PgTimestamp,
  PgVarchar,
} from 'drizzle-orm/pg-core';

/** A field of a synchronised record after validation, ready to be written to its column. */
export type FieldValue = string | number | boolean | Date | null;

/** What a column accepts, read from its Drizzle definition, so lengths and scales cannot drift from the table. */
export type FieldSpec =
  | { kind: 'string'; maxLength: number | null }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'decimal'; precision: number; scale: number }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'timestamp' };

export function fieldSpecOf(column: PgColumn): FieldSpec {
  if (is(column, PgVarchar)) return { kind: 'string', maxLength: column.length ?? null };
  if (is(column, PgText)) return { kind: 'string', maxLength: null };
  if (is(column, PgNumeric))
    return { kind: 'decimal', precision: column.precision ?? 18, scale: column.scale ?? 0 };
  if (is(column, PgInteger)) return { kind: 'integer' };
  if (is(column, PgBoolean)) return { kind: 'boolean' };
  if (is(column, PgDateString)) return { kind: 'date' };
  if (is(column, PgTimestamp)) return { kind: 'timestamp' };
  throw new Error(`column ${column.name} has a type synchronised records cannot carry`);
}

export type Decoded = { ok: true; value: Exclude<FieldValue, null> } | { ok: false; reason: string };

const ok = (value: Exclude<FieldValue, null>): Decoded => ({ ok: true, value });
const fail = (reason: string): Decoded => ({ ok: false, reason });

const INT_MAX = 2_147_483_647;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Decodes one present (non-null) value. JSON Lines carry JSON types, CSV carries strings, so booleans and
 * integers are accepted in both spellings; decimals only as strings, because a JSON number is a float.
 */
export function decodeField(spec: FieldSpec, value: unknown): Decoded {
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') return fail('must be a string');
      if (value.length === 0) return fail('must not be empty');
      if (spec.maxLength !== null && value.length > spec.maxLength) {
        return fail(`must be at most ${spec.maxLength} characters; got ${value.length}`);
      }
      return ok(value);
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        return fail(`must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}`);
      }
      return ok(value);
    case 'decimal':
      return decodeDecimal(spec, value);
    case 'integer':
      return decodeInteger(value);
    case 'boolean':
      if (typeof value === 'boolean') return ok(value);
      if (value === 'true' || value === 'false') return ok(value === 'true');
      return fail(`must be true or false; got ${JSON.stringify(value)}`);
    case 'date':
      try {
        return ok(parseDate(value));
      } catch {
        return fail(`must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
      }
    case 'timestamp':
      try {
        return ok(parseDateTime(value));
      } catch {
        return fail(
          `must be an ISO-8601 timestamp with a zone, like "2026-01-31T09:30:00Z"; got ${JSON.stringify(value)}`,
        );
      }
  }
}

function decodeDecimal(spec: { precision: number; scale: number }, value: unknown): Decoded {
  if (typeof value !== 'string') {
    return fail(`must be a decimal number written as a string, like "1234.50"; got ${JSON.stringify(value)}`);
  }
  if (value.startsWith('-')) return fail(`must not be negative; got ${value}`);
  const match = DECIMAL.exec(value);
  if (!match) return fail(`must be a decimal number like "1234.50"; got ${JSON.stringify(value)}`);
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (fraction.length > spec.scale) {
    return fail(`must have at most ${spec.scale} decimals; got ${value}`);
  }
  if (whole.length > spec.precision - spec.scale) {
    return fail(`must be below 10^${spec.precision - spec.scale}; got ${value}`);
  }
  return ok(value);
}

function decodeInteger(value: unknown): Decoded {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return fail(`must be a whole number; got ${JSON.stringify(value)}`);
  }
  if (number < 0) return fail(`must not be negative; got ${number}`);
  if (number > INT_MAX) return fail(`must be at most ${INT_MAX}; got ${number}`);
  return ok(number);
}
