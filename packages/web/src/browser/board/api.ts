import type { CollectionsGroup } from './totals';

/** A portfolio bucket of `delinquencyBuckets`. */
export interface DelinquencyBucket {
  label: string;
  loanCount: number;
  outstanding: { currency: string; amount: string }[];
}

export interface BoardSnapshot {
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

/** The newest event's cursor: the stream resumes after it, the totals are read after it. */
export async function headCursor(token: string): Promise<string> {
  const data = await post<{ paymentEventsHead: string }>(token, '{ paymentEventsHead }');
  return data.paymentEventsHead;
}

const SNAPSHOT = /* GraphQL */ `
  query BoardSnapshot($from: DateTime!, $to: DateTime!) {
    byMethod: collectionsSummary(from: $from, to: $to, groupBy: METHOD) { key currency count amount }
    byHour: collectionsSummary(from: $from, to: $to, groupBy: HOUR) { key currency count amount }
    buckets: delinquencyBuckets { label loanCount outstanding { currency amount } }
  }
`;

/** Today's collections by method and by hour, and the portfolio by delinquency bucket. */
export function snapshot(token: string, day: { from: Date; to: Date }): Promise<BoardSnapshot> {
  return post<BoardSnapshot>(token, SNAPSHOT, { from: day.from.toISOString(), to: day.to.toISOString() });
}
