import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { buildOperationContext } from '@apollo/gateway';
import { QueryPlanner, type SubscriptionNode } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

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
  readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: ReturnType<Supergraph['apiSchema']>;
  private readonly planner: QueryPlanner;

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = supergraph.apiSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  plan(document: DocumentNode, operationName: string | undefined): PlannedSubscription {
    const operation = operationFromDocument(this.apiSchema, document, { operationName });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') {
      throw new Error(
        'only subscription operations are served on the WebSocket endpoint; send queries over HTTP',
      );
    }
    const operationContext = buildOperationContext({
      schema: this.apiSchema.toGraphQLJSSchema(),
      operationDocument: document,
      operationName,
    });
    return { node: plan.node, operationContext };
  }
}
