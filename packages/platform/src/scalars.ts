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

export function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d)
      return value as string;
  }
  throw invalid('Date', `must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
}

export function parseDateTime(value: unknown): Date {
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    const date = new Date(value);
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
