import type { GraphQLResponse } from '@collexis/platform/http';
import { expect } from 'vitest';
import type { BankSyncHarness } from './harness';

interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Follows `endCursor` from the first page to the last, checking each page's shape on the way, and returns every
 * node in the order the pages gave them. `field` is the root field the query selects.
 */
export async function readAllPages<T>(
  bankSync: BankSyncHarness,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const response: GraphQLResponse<Record<string, Page<T>>> = await bankSync.query(query, {
      ...variables,
      after,
    });
    expect(response.errors).toBeUndefined();
    const page = response.data?.[field];
    if (!page) throw new Error(`no ${field} in the response`);
    expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    nodes.push(...page.nodes);
    pages += 1;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return { nodes, pages };
}
