/** Commit-to-client latency, losses and per-client delivery of one fan-out run, from commits and receipts. */
import type { Commit } from './open-loop';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Deliveries measured. */
  samples: number;
}

export interface DeliverySummary {
  /**
   * From the writer receiving the mutation's response to the client receiving the event. The commit came
   * before the response, so this is at most the true latency (it can even be negative when the event beats
   * the response).
   */
  fromResponseMs: LatencySummary;
  /**
   * From the event's `occurredAt` (PostgreSQL's `now()`: the start of the writing transaction) to the client
   * receiving it. The commit came after it, so this is at least the true latency.
   */
  fromTransactionStartMs: LatencySummary;
  /** Client-event pairs owed: committed events times subscribers. */
  expected: number;
  delivered: number;
  /** Fewest and most measured events one client received. */
  deliveredPerClient: { min: number; max: number };
  /** Client-event pairs never delivered within the grace period. */
  lost: number;
  /** Committed events that at least one client never received. */
  eventsMissedBySomeClient: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarize(samples: Float64Array): LatencySummary {
  const sorted = samples.slice().sort();
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
  };
}

/**
 * `receivedAt[i]` holds, per client, when `commits[i]` reached it (NaN: never); `occurredAt[i]` is that
 * event's `occurredAt`.
 */
export function summarizeDelivery(
  commits: readonly Commit[],
  receivedAt: readonly Float64Array[],
  occurredAt: readonly number[],
  subscribers: number,
): DeliverySummary {
  const expected = commits.length * subscribers;
  const fromResponse = new Float64Array(expected);
  const fromStart = new Float64Array(expected);
  const perClient = new Array<number>(subscribers).fill(0);
  let delivered = 0;
  let eventsMissedBySomeClient = 0;
  for (const [index, commit] of commits.entries()) {
    const times = receivedAt[index];
    const started = occurredAt[index] ?? Number.NaN;
    let missed = false;
    for (let client = 0; client < subscribers; client += 1) {
      const at = times?.[client] ?? Number.NaN;
      if (Number.isNaN(at)) {
        missed = true;
        continue;
      }
      fromResponse[delivered] = at - commit.committedAt;
      fromStart[delivered] = at - started;
      delivered += 1;
      perClient[client] = (perClient[client] ?? 0) + 1;
    }
    if (missed) eventsMissedBySomeClient += 1;
  }
  return {
    fromResponseMs: summarize(fromResponse.subarray(0, delivered)),
    fromTransactionStartMs: summarize(fromStart.subarray(0, delivered)),
    expected,
    delivered,
    deliveredPerClient: {
      min: subscribers > 0 ? Math.min(...perClient) : 0,
      max: subscribers > 0 ? Math.max(...perClient) : 0,
    },
    lost: expected - delivered,
    eventsMissedBySomeClient,
  };
}
