/**
 * The two kinds of dashboard stream the fan-out mixes: a payment dashboard (`paymentEvents`) and a supervisor's
 * team board (`workflowEvents` of one team). Each event is known by a reference the writer learns from its
 * mutation's response: the payment's reference number, the recorded action's id.
 */

export type StreamKind = 'payment' | 'workflow';

export const STREAM_KINDS: readonly StreamKind[] = ['payment', 'workflow'];

/** docs/subscriptions.md's dashboard operation: payment, then its loan and customer (bank-sync) and case (workflow). */
export const DASHBOARD = /* GraphQL */ `subscription Board($after: String) {
  paymentEvents(after: $after) {
    type
    cursor
    occurredAt
    payment {
      referenceNumber amount currency
      loan { accountNumber dpd outstanding
        customer { cif name case { customerStatus assignedCallAgent { name } } } }
    }
  }
}`;

/**
 * docs/subscriptions.md's team board: the actions of one team's agents, each with its agent and action
 * (workflow), customer and loans (bank-sync) and the customer's latest payments (payment).
 */
export const TEAM_BOARD = /* GraphQL */ `subscription TeamBoard($after: String, $team: String!) {
  workflowEvents(after: $after, filter: { team: $team, types: [ACTION_RECORDED] }) {
    cursor type occurredAt entityId details
    agent { name team }
    action { type actionResult }
    customer { cif name loans { accountNumber dpd } payments(first: 3) { nodes { amount } } }
    loan { accountNumber outstanding }
  }
}`;

/** The team whose board the workflow clients watch and whose agents the action writer records for. */
export const BOARD_TEAM = 'CALL_TEAM_A';

/** What a client reads from each event of a stream: where it sits in the stream and which commit it is. */
export interface StreamEvent {
  reference: string;
  cursor: string;
  occurredAt: string;
}

interface StreamShape {
  operation: string;
  variables: Record<string, unknown>;
  /** The root field of the operation's results. */
  field: string;
  /** The path from that field's value to the event's reference. */
  referencePath: readonly string[];
}

export const STREAMS: Record<StreamKind, StreamShape> = {
  payment: {
    operation: DASHBOARD,
    variables: {},
    field: 'paymentEvents',
    referencePath: ['payment', 'referenceNumber'],
  },
  workflow: {
    operation: TEAM_BOARD,
    variables: { team: BOARD_TEAM },
    field: 'workflowEvents',
    referencePath: ['entityId'],
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The event of a result's `data` for `kind`, or null when the result does not carry one. */
export function streamEvent(kind: StreamKind, data: unknown): StreamEvent | null {
  const { field, referencePath } = STREAMS[kind];
  const event = isRecord(data) ? data[field] : undefined;
  if (!isRecord(event)) return null;
  let reference: unknown = event;
  for (const step of referencePath) reference = isRecord(reference) ? reference[step] : undefined;
  const { cursor, occurredAt } = event;
  if (typeof reference !== 'string' || typeof cursor !== 'string' || typeof occurredAt !== 'string')
    return null;
  return { reference, cursor, occurredAt };
}

/**
 * A copy of a result's `data` as another event of the same stream: the floor sends each of these as the
 * gateway sent the sampled one, with only reference, cursor and time of its own.
 */
export function restamp(kind: StreamKind, data: unknown, stamp: StreamEvent): unknown {
  const { field, referencePath } = STREAMS[kind];
  const copy = structuredClone(data);
  const event = isRecord(copy) ? copy[field] : undefined;
  if (!isRecord(event)) throw new Error(`the sampled ${kind} result has no ${field}`);
  event.cursor = stamp.cursor;
  event.occurredAt = stamp.occurredAt;
  let holder: Record<string, unknown> = event;
  for (const step of referencePath.slice(0, -1)) {
    const next = holder[step];
    if (!isRecord(next)) throw new Error(`the sampled ${kind} result has no ${step}`);
    holder = next;
  }
  holder[referencePath.at(-1) ?? 'reference'] = stamp.reference;
  return copy;
}
