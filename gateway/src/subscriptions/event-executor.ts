import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import { type ExecutionResult, type GraphQLSchema, Kind } from 'graphql';
import type { PlannedSubscription, SubscriptionPlanner } from './plan';

type RequestContext = Parameters<typeof executeQueryPlan>[2];
type ProcessOptions = Parameters<GraphQLDataSource['process']>[0];

/** Answers the primary fetch with an event already received upstream; every other fetch goes to the subgraph. */
class PrimaryEventSource implements GraphQLDataSource {
  constructor(
    private readonly primaryOperation: string,
    private readonly eventData: Record<string, unknown>,
    private readonly subgraph: GraphQLDataSource,
  ) {}

  async process(options: ProcessOptions) {
    if (options.request.query === this.primaryOperation) return { data: this.eventData };
    return this.subgraph.process(options);
  }
}

const noCache = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => true,
};

const uncacheablePolicy = {
  replace() {},
  restrict() {},
  policyIfCacheable: () => null,
};

export interface EventExecutorOptions {
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  serviceMap: ServiceMap;
  variables: Record<string, unknown>;
  /** The gateway context (viewer) passed to every subgraph fetch. */
  context: Record<string, unknown>;
  source: string;
}

/**
 * Resolves one upstream event through the stock query-plan executor: the plan Sequence[primary, rest] with
 * the primary fetch answered by the event, so the rest of the selection is fetched from the other subgraphs
 * and the result shaped exactly as a query would be. Errors in the rest give partial data with errors.
 */
export function createEventExecutor(options: EventExecutorOptions) {
  const { primary, rest } = options.planned.node;
  const nodes: PlanNode[] = rest ? [primary, rest] : [primary];
  const queryPlan: QueryPlan = { kind: 'QueryPlan', node: { kind: 'Sequence', nodes } };
  const schema: GraphQLSchema = options.planned.operationContext.schema;
  const operation = options.planned.operationContext.operation;
  const primarySource = options.serviceMap[primary.serviceName];
  if (!primarySource) throw new Error(`no data source for subgraph ${primary.serviceName}`);

  return async (eventData: Record<string, unknown>): Promise<ExecutionResult> => {
    const serviceMap: ServiceMap = {
      ...options.serviceMap,
      [primary.serviceName]: new PrimaryEventSource(primary.operation, eventData, primarySource),
    };
    const requestContext: RequestContext = {
      request: { query: options.source, variables: options.variables, operationName: operation.name?.value },
      logger: console,
      schema,
      // A branded string the executor never reads; subscriptions have no schema-hash-keyed caches.
      schemaHash: 'subscription' as RequestContext['schemaHash'],
      context: options.context,
      cache: noCache,
      queryHash: '',
      document: {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...Object.values(options.planned.operationContext.fragments)],
      },
      source: options.source,
      operationName: operation.name?.value ?? null,
      operation,
      metrics: {},
      overallCachePolicy: uncacheablePolicy,
    };
    const result = await executeQueryPlan(
      queryPlan,
      serviceMap,
      requestContext,
      options.planned.operationContext,
      options.planner.planning.supergraphSchema,
      options.planner.planning.apiSchema,
    );
    return { data: result.data ?? null, ...(result.errors?.length ? { errors: result.errors } : {}) };
  };
}
