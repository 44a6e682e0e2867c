import { Gauge, type Registry } from 'prom-client';
import { isRecord, PaymentEventsError, responseError } from './types';

const QUEUE = /* GraphQL */ `
  query PaymentQueue($after: String) {
    paymentEventsHead
    paymentEvents(after: $after, first: 1) { nodes { occurredAt } }
  }
`;

/** How far a consumer is behind the payment outbox. */
export interface PaymentQueue {
  /** Events committed that the consumer has not applied: the head's sequence minus its checkpoint. */
  depth: number;
  /** Age of the oldest event it has not applied; 0 when it has applied them all. */
  lagSeconds: number;
}

export interface PaymentQueueSource {
  /** The consumer's name, as in its checkpoint row. */
  consumer: string;
  /** The payment subgraph's /graphql URL. */
  paymentUrl: string;
  /** The consumer's credential (SYSTEM) for the payment subgraph. */
  headers: () => Promise<Record<string, string>>;
  /** The consumer's checkpoint, from its own schema. */
  loadCheckpoint(): Promise<string | null>;
  /** Longest a measurement may wait for the payment subgraph. @default 2000 */
  timeoutMs?: number;
}

/** Measures a consumer's queue: its checkpoint here, the head and the oldest event after it from the payment subgraph. */
export async function measurePaymentQueue(
  source: PaymentQueueSource,
  now = Date.now(),
): Promise<PaymentQueue> {
  const checkpoint = await source.loadCheckpoint();
  const response = await fetch(source.paymentUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await source.headers()) },
    body: JSON.stringify({ query: QUEUE, variables: { after: checkpoint } }),
    signal: AbortSignal.timeout(source.timeoutMs ?? 2_000),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body))
    throw new PaymentEventsError(`payment events API answered HTTP ${response.status} without JSON`);
  const error = responseError(body.errors);
  if (error) throw error;
  const data = isRecord(body.data) ? body.data : {};
  const head = typeof data.paymentEventsHead === 'string' ? BigInt(data.paymentEventsHead) : 0n;
  const nodes =
    isRecord(data.paymentEvents) && Array.isArray(data.paymentEvents.nodes) ? data.paymentEvents.nodes : [];
  const [oldest] = nodes;
  const occurredAt =
    isRecord(oldest) && typeof oldest.occurredAt === 'string' ? Date.parse(oldest.occurredAt) : now;
  const depth = head - BigInt(checkpoint ?? '0');
  return {
    depth: Number(depth > 0n ? depth : 0n),
    lagSeconds: Math.max(0, (now - occurredAt) / 1000),
  };
}

const sourcesByRegistry = new WeakMap<Registry, Map<string, PaymentQueueSource>>();

type Measurements = Map<string, PaymentQueue | null>;

async function measureAll(sources: Map<string, PaymentQueueSource>): Promise<Measurements> {
  const entries = await Promise.all(
    [...sources].map(async ([consumer, source]) => {
      try {
        return [consumer, await measurePaymentQueue(source)] as const;
      } catch {
        // Unknown while the payment subgraph or the database does not answer: absent, not a stale number.
        return [consumer, null] as const;
      }
    }),
  );
  return new Map(entries);
}

function queueGauges(registry: Registry, sources: Map<string, PaymentQueueSource>): void {
  if (registry.getSingleMetric('collexis_payment_queue_depth')) return;
  // A scrape collects both gauges at once: they share one measurement.
  let pending: Promise<Measurements> | null = null;
  const measured = () => {
    pending ??= measureAll(sources).finally(() => {
      pending = null;
    });
    return pending;
  };
  const gauge = (name: string, help: string, value: (queue: PaymentQueue) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['consumer'],
      registers: [registry],
      async collect() {
        for (const [consumer, queue] of await measured()) {
          if (queue) this.set({ consumer }, value(queue));
          else this.remove({ consumer });
        }
      },
    });
  gauge(
    'collexis_payment_queue_depth',
    'Payment events committed that a consumer has not applied yet (head sequence minus its checkpoint).',
    (queue) => queue.depth,
  );
  gauge(
    'collexis_payment_consumer_lag_seconds',
    'Age of the oldest payment event a consumer has not applied yet (0 when caught up).',
    (queue) => queue.lagSeconds,
  );
}

/**
 * Reports a consumer's queue depth and lag on a service's /metrics, measured at each scrape (one statement and
 * one request to the payment subgraph), whether or not the consumer runs: a stopped consumer's queue grows.
 */
export function observePaymentQueue(registry: Registry, source: PaymentQueueSource): void {
  let sources = sourcesByRegistry.get(registry);
  if (!sources) {
    sources = new Map();
    sourcesByRegistry.set(registry, sources);
  }
  sources.set(source.consumer, source);
  queueGauges(registry, sources);
}
