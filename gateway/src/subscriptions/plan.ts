import { operationFromDocument } from '@apollo/federation-internals';
import { buildOperationContext } from '@apollo/gateway';
import type { SubscriptionNode } from '@apollo/query-planner';
import { type DocumentNode, print } from 'graphql';
import type { SupergraphPlanning } from '../supergraph-planning';

export type OperationContext = ReturnType<typeof buildOperationContext>;

export interface PlannedSubscription {
  node: SubscriptionNode;
  operationContext: OperationContext;
}

/**
 * Plans subscription operations with the federation query planner over the same supergraph the gateway
 * serves: a primary fetch on the subgraph that owns the subscription field, and the rest of the selection
 * as ordinary entity fetches.
 */
export class SubscriptionPlanner {
  private readonly plans = new Map<string, PlannedSubscription>();

  constructor(readonly planning: SupergraphPlanning) {}

  /** The plan of an operation, computed once per operation text and name. */
  plan(document: DocumentNode, operationName: string | undefined): PlannedSubscription {
    const key = `${operationName ?? ''}\n${print(document)}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    const planned = this.buildPlan(document, operationName);
    this.plans.set(key, planned);
    return planned;
  }

  private buildPlan(document: DocumentNode, operationName: string | undefined): PlannedSubscription {
    const operation = operationFromDocument(this.planning.apiSchema, document, { operationName });
    const plan = this.planning.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') {
      throw new Error(
        'only subscription operations are served on the WebSocket endpoint; send queries over HTTP',
      );
    }
    const operationContext = buildOperationContext({
      schema: this.planning.apiGraphQLSchema,
      operationDocument: document,
      operationName,
    });
    return { node: plan.node, operationContext };
  }
}
