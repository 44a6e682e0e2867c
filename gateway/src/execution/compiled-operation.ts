import { type Operation, operationFromDocument } from '@apollo/federation-internals';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import type { DocumentNode } from 'graphql';
import type { SupergraphPlanning } from '../supergraph-planning';
import { compileResponseShape, type ResponseShape } from './response-shape';

/** A planned operation with everything a request of it needs computed once. */
export interface CompiledOperation {
  plan: QueryPlan;
  /** The plan's root node to execute; undefined for a subscription or an empty plan. */
  root: PlanNode | undefined;
  operation: Operation;
  shape: ResponseShape;
  /**
   * False when the plan has a node this executor leaves to the stock one: @defer, or the data rewrites of
   * @interfaceObject and @fromContext, which this supergraph does not use.
   */
  supported: boolean;
}

function usesOnlySupportedNodes(node: PlanNode | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(usesOnlySupportedNodes);
    case 'Flatten':
      return usesOnlySupportedNodes(node.node);
    case 'Condition':
      return usesOnlySupportedNodes(node.ifClause) && usesOnlySupportedNodes(node.elseClause);
    case 'Fetch':
      return !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length;
    case 'Defer':
      return false;
  }
}

/** A bounded cache of the supergraph's operations, planned and compiled. */
export class OperationCompiler {
  private readonly cache = new Map<string, CompiledOperation>();

  constructor(
    readonly planning: SupergraphPlanning,
    /** Operations kept compiled; the least recently used goes first. @default 1000 */
    private readonly capacity = 1000,
  ) {}

  /** The compiled form of an operation, keyed like the stock plan cache: by query hash and operation name. */
  compile(queryHash: string, document: DocumentNode, operationName: string | undefined): CompiledOperation {
    const key = `${queryHash}\n${operationName ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const operation = operationFromDocument(this.planning.apiSchema, document, { operationName });
    const plan = this.planning.planner.buildQueryPlan(operation);
    const root = plan.node?.kind === 'Subscription' ? undefined : plan.node;
    const compiled: CompiledOperation = {
      plan,
      root,
      operation,
      shape: compileResponseShape(operation),
      supported: plan.node?.kind !== 'Subscription' && usesOnlySupportedNodes(root),
    };
    this.cache.set(key, compiled);
    if (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return compiled;
  }
}
