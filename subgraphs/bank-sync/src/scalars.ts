import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value));
  }
  throw new TypeError('JSONObject values must be objects');
}

/**
 * A JSON object (records of core-system exports, audit states). Input is taken as given and checked by the
 * mutation's validation, so a record that is not an object is BAD_USER_INPUT naming its position
 * (`input.records.3`); a coercion error would reach clients through the gateway as an HTTP 400 of the subgraph.
 */
export const JSONObjectScalar = new GraphQLScalarType<unknown, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: asObject,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
