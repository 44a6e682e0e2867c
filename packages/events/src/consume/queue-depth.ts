import { Gauge, type Registry } from 'prom-client';
import { type EventSource, EventsApiError, isRecord, responseError, type SourcedEvent } from './source';

/** The head of a domain's outbox and the oldest event after a cursor, in one request. */
const queueQuery = (field: string) => /* GraphQL */ `
  query EventQueue($after: String) {
    ${field}Head
    ${field}(after: $after, first: 1) { nodes { occurredAt } }
  }
`;

/** How far a consumer is behind the outbox it reads. */
export interface EventQueue {
  /** Events committed that the consumer has not applied: the head's sequence minus its checkpoint. */
  depth: number;
  /** Age of the oldest event it has not applied; 0 when it has applied them all. */
  lagSeconds: number;
}

export interface EventQueueSource {
  /** The consumer's name, as in its checkpoint row. */
  consumer: string;
  /** The events it reads. */
  source: EventSource<SourcedEvent, unknown>;
  /** The producing subgraph's /graphql URL. */
  url: string;
  /** The consumer's credential (SYSTEM) for the producing subgraph. */
  headers: () => Promise<Record<string, string>>;
  /** The consumer's checkpoint, from its own schema. */
  loadCheckpoint(): Promise<string | null>;
  /** Longest a measurement may wait for the producing subgraph. @default 2000 */
  timeoutMs?: number;
}

/** Measures a consumer's queue: its checkpoint here, the head and the oldest event after it from the producer. */
export async function measureEventQueue(queue: EventQueueSource, now = Date.now()): Promise<EventQueue> {
  const { field, name } = queue.source;
  const checkpoint = await queue.loadCheckpoint();
  const response = await fetch(queue.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await queue.headers()) },
    body: JSON.stringify({ query: queueQuery(field), variables: { after: checkpoint } }),
    signal: AbortSignal.timeout(queue.timeoutMs ?? 2_000),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!isRecord(body)) throw new EventsApiError(`${name} API answered HTTP ${response.status} without JSON`);
  const error = responseError(name, body.errors);
  if (error) throw error;
  const data = isRecord(body.data) ? body.data : {};
  const headValue = data[`${field}Head`];
  const head = typeof headValue === 'string' ? BigInt(headValue) : 0n;
  const page = data[field];
  const nodes = isRecord(page) && Array.isArray(page.nodes) ? page.nodes : [];
  const [oldest] = nodes;
  const occurredAt =
    isRecord(oldest) && typeof oldest.occurredAt === 'string' ? Date.parse(oldest.occurredAt) : now;
  const depth = head - BigInt(checkpoint ?? '0');
  return {
    depth: Number(depth > 0n ? depth : 0n),
    lagSeconds: Math.max(0, (now - occurredAt) / 1000),
  };
}

const sourcesByRegistry = new WeakMap<Registry, Map<string, EventQueueSource>>();

type Measurements = Map<string, EventQueue | null>;

async function measureAll(sources: Map<string, EventQueueSource>): Promise<Measurements> {
  const entries = await Promise.all(
    [...sources].map(async ([consumer, source]) => {
      try {
        return [consumer, await measureEventQueue(source)] as const;
      } catch {
        // Unknown while the payment subgraph or the database does not answer: absent, not a stale number.
        return [consumer, null] as const;
      }
    }),
  );
  return new Map(entries);
}

function queueGauges(registry: Registry, sources: Map<string, EventQueueSource>): void {
  if (registry.getSingleMetric('collexis_event_queue_depth')) return;
  // A scrape collects both gauges at once: they share one measurement.
  let pending: Promise<Measurements> | null = null;
  const measured = () => {
    pending ??= measureAll(sources).finally(() => {
      pending = null;
    });
    return pending;
  };
  const gauge = (name: string, help: string, value: (queue: EventQueue) => number) =>
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
    'collexis_event_queue_depth',
    'Events committed that a consumer has not applied yet (head sequence minus its checkpoint).',
    (queue) => queue.depth,
  );
  gauge(
    'collexis_event_consumer_lag_seconds',
    'Age of the oldest event a consumer has not applied yet (0 when caught up).',
    (queue) => queue.lagSeconds,
  );
}

/**
 * Reports a consumer's queue depth and lag on a service's /metrics, measured at each scrape (one statement and
 * one request to the payment subgraph), whether or not the consumer runs: a stopped consumer's queue grows.
 */
export function observeEventQueue(registry: Registry, source: EventQueueSource): void {
  let sources = sourcesByRegistry.get(registry);
  if (!sources) {
    sources = new Map();
    sourcesByRegistry.set(registry, sources);
  }
  sources.set(source.consumer, source);
  queueGauges(registry, sources);
}
