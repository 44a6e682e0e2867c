import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/** Any JSON value, as stored in a jsonb column (the audit log's before and after). */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});
