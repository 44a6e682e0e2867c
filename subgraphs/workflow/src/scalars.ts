import { GraphQLScalarType } from 'graphql';

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value));
  }
  throw new TypeError(`JSONObject values must be objects; got ${JSON.stringify(value)}`);
}

/** A JSON object: the audit log's before and after. Output only, so parsing refuses every input. */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: asObject,
  parseValue: asObject,
});
