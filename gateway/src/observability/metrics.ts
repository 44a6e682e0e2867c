import { latencyBuckets } from '@collexis/platform/observability';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** How one subgraph fetch ended. */
export type FetchOutcome = 'ok' | 'http_error' | 'timeout' | 'unavailable';

/** What the gateway's subscription server reports to. */
export interface SubscriptionMetrics {
  /** One event sent to one client. */
  delivered(): void;
  /** A client disconnected for falling too far behind (close 4429). */
  slowClientCut(): void;
}

/** The gateway's own metrics, beside the requests every service counts. */
export class GatewayMetrics implements SubscriptionMetrics {
  private readonly fetches: Histogram<'subgraph' | 'outcome'>;
  private readonly events: Counter;
  private readonly cut: Counter;

  constructor(private readonly registry: Registry) {
    this.fetches = new Histogram({
      name: 'collexis_gateway_subgraph_fetch_duration_seconds',
      help: 'Time of one fetch from a subgraph, from sending the request to the whole answer read, by subgraph and outcome.',
      labelNames: ['subgraph', 'outcome'],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.events = new Counter({
      name: 'collexis_gateway_subscription_events_delivered_total',
      help: 'Subscription events sent to clients (one per event per client).',
      registers: [registry],
    });
    this.cut = new Counter({
      name: 'collexis_gateway_slow_subscribers_disconnected_total',
      help: 'Subscription clients disconnected (close 4429) for falling too far behind.',
      registers: [registry],
    });
  }

  fetched(subgraph: string, outcome: FetchOutcome, seconds: number): void {
    this.fetches.observe({ subgraph, outcome }, seconds);
  }

  delivered(): void {
    this.events.inc();
  }

  slowClientCut(): void {
    this.cut.inc();
  }

  /** Active subscriptions and sockets, read at each scrape. */
  observeSubscriptions(
    stats: () => { subscribers: number; upstreams: number },
    connections: () => number,
  ): void {
    const gauge = (name: string, help: string, value: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(value());
        },
      });
    gauge(
      'collexis_gateway_subscriptions_active',
      'Client subscriptions open now.',
      () => stats().subscribers,
    );
    gauge(
      'collexis_gateway_upstream_subscriptions_active',
      'Shared upstream subscriptions open now (one per distinct stream).',
      () => stats().upstreams,
    );
    gauge('collexis_gateway_websocket_connections_active', 'graphql-ws sockets open now.', connections);
  }
}
