import type { CollectionsGroup } from './totals';

/** A portfolio bucket of `delinquencyBuckets`. */
export interface DelinquencyBucket {
  label: string;
  loanCount: number;
  outstanding: { currency: string; amount: string }[];
}

export interface BoardSnapshot {
  /** The newest payment event the collections count. */
  cursor: string;
  byMethod: CollectionsGroup[];
  byHour: CollectionsGroup[];
  buckets: DelinquencyBucket[];
}

/** The request was refused for the token: the board asks for another. */
export class SignInError extends Error {}

async function post<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (response.status === 401) throw new SignInError(body.errors?.[0]?.message ?? 'sign in');
  if (!body.data || body.errors?.length) {
    throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

const SNAPSHOT = /* GraphQL */ `
  query BoardSnapshot($from: DateTime!, $to: DateTime!) {
    collections: collectionsAtHead(from: $from, to: $to, groupBy: [METHOD, HOUR]) {
      cursor
      summaries { groupBy groups { key currency count amount } }
    }
    buckets: delinquencyBuckets { label loanCount outstanding { currency amount } }
  }
`;

interface SnapshotAnswer {
  collections: { cursor: string; summaries: { groupBy: string; groups: CollectionsGroup[] }[] };
  buckets: DelinquencyBucket[];
}

/**
 * Today's collections by method and by hour with the cursor of the newest event they count (one snapshot of the
 * payment subgraph: the stream resumes after it, so no payment is counted twice or missed), and the portfolio
 * by delinquency bucket.
 */
export async function snapshot(token: string, day: { from: Date; to: Date }): Promise<BoardSnapshot> {
  const { collections, buckets } = await post<SnapshotAnswer>(token, SNAPSHOT, {
    from: day.from.toISOString(),
    to: day.to.toISOString(),
  });
  const groupsBy = (groupBy: string) =>
    collections.summaries.find((summary) => summary.groupBy === groupBy)?.groups ?? [];
  return { cursor: collections.cursor, byMethod: groupsBy('METHOD'), byHour: groupsBy('HOUR'), buckets };
}
