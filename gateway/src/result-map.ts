/** A JSON object as GraphQL results carry them. */
export type ResultMap = Record<string, unknown>;

export const isResultMap = (value: unknown): value is ResultMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
