import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DECIMAL = /^-?\d{1,16}(\.\d{1,8})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalid(scalar: string, detail: string): GraphQLError {
  return new GraphQLError(`${scalar} ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function literalString(scalar: string, ast: ValueNode): string {
  if (ast.kind === Kind.STRING) return ast.value;
  throw invalid(scalar, 'must be written as a string literal');
}

export function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw invalid(
      'Decimal',
      `must be a decimal number as a string, like "1234.50"; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return match[0];
  throw invalid('Date', `must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    const date = new Date(match[0]);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalid(
    'DateTime',
    `must be an ISO-8601 timestamp with a zone, like "2026-01-31T09:30:00Z"; got ${JSON.stringify(value)}`,
  );
}

/** Exact decimal carried as a string ("1234.50"), never a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number carried as a string, e.g. "1234.50". Never a float.',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    throw new TypeError('Decimal values must reach the API as strings');
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString('Decimal', ast)),
});

/** Calendar date without time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('Date values must be strings or Date objects');
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString('Date', ast)),
});

/** Point in time, ISO-8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO-8601 in UTC, e.g. "2026-01-31T09:30:00.000Z".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parseDateTime(value).toISOString();
    throw new TypeError('DateTime values must be Date objects or ISO strings');
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString('DateTime', ast)),
});

export const scalarResolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
