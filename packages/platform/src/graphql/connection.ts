import { BadUserInputError } from './errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageLimits {
  /** Page size when the client gives none. @default 20 */
  defaultSize?: number;
  /** Largest page a client may ask for. @default 100 */
  maxSize?: number;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Validated page size: a client asking for more than the cap gets BAD_USER_INPUT, not a silent cut. */
export function pageSize(first: number | null | undefined, limits: PageLimits = {}): number {
  const maxSize = limits.maxSize ?? 100;
  if (first == null) return limits.defaultSize ?? 20;
  if (first < 0 || first > maxSize) {
    throw new BadUserInputError('first', `first must be between 0 and ${maxSize}; got ${first}`);
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key values of the last row seen. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('after', 'after is not a cursor this field returned');
}

/**
 * Builds a connection from rows fetched with `limit + 1`: the extra row only says a next page exists.
 */
export function toConnection<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (row: T) => string,
): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
