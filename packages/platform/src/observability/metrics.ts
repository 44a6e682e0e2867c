import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { OperationLabels } from './operation-labels';

/** How a request ended: answered without errors, answered with errors, or refused before it ran. */
export type RequestOutcome = 'ok' | 'error' | 'refused';

/** Seconds; from a cached read to a report an analyst may wait for. */
const latencyBuckets = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

let processRegistry: Registry | undefined;

/**
 * Memory, CPU, event-loop delay and GC of this process (prom-client's defaults), registered once per process
 * however many services it runs (tests run all of them in one).
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** A service's metrics: its own registry (services never share one, even in one process), served on /metrics. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operations: OperationLabels;
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly latency: Histogram<'operation' | 'outcome'>;

  constructor(options: { maxOperationLabels?: number } = {}) {
    this.operations = new OperationLabels(options.maxOperationLabels);
    this.requests = new Counter({
      name: 'collexis_graphql_requests_total',
      help: 'GraphQL requests over HTTP, by operation name (bounded, see decision 0025) and outcome.',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'collexis_graphql_request_duration_seconds',
      help: 'Time from a GraphQL request arriving to its response sent, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: latencyBuckets,
      registers: [this.registry],
    });
  }

  /** Counts a served request and its duration. */
  observeRequest(operationName: string | undefined, outcome: RequestOutcome, seconds: number): void {
    const labels = { operation: this.operations.of(operationName), outcome };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }

  /** The Prometheus text exposition: the service's metrics, then the process's. */
  async exposition(): Promise<string> {
    const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
    return `${own}\n${process}`;
  }

  readonly contentType = this.registry.contentType;
}

export { latencyBuckets };
