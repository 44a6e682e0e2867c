/** Reading a snake_case SQL row's columns as the GraphQL values both floors answer with. */
import type { Row } from './sql';

export const text = (row: Row, column: string) => String(row[column]);
export const optional = (row: Row, column: string) => (row[column] == null ? null : String(row[column]));
export const timestamp = (row: Row, column: string) => {
  const value = row[column];
  return value instanceof Date ? value.toISOString() : String(value);
};
