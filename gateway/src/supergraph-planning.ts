import { DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { accessRulesOf } from '@collexis/platform/graphql';
import { type GraphQLSchema, parse } from 'graphql';
import type { AccessControl } from './authorization/authorize-operation';

/** What this gateway enforces beyond @apollo/gateway: the authorization specs (decision 0021). */
const ENFORCED_FEATURES = new Set([
  ...DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES,
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
]);

/**
 * One loaded supergraph's schemas and query planner, built once per supergraph and shared by the query
 * executor and the subscription engine.
 */
export class SupergraphPlanning {
  readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: ReturnType<Supergraph['apiSchema']>;
  /** The API schema as graphql-js sees it, to validate operations and variables. */
  readonly apiGraphQLSchema: GraphQLSchema;
  readonly planner: QueryPlanner;
  /** Who may see which field, as the supergraph's `@authenticated` and `@requiresScopes` say. */
  readonly access: AccessControl;

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl, { supportedFeatures: ENFORCED_FEATURES });
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.access = { schema: this.apiGraphQLSchema, rules: accessRulesOf(parse(supergraphSdl)) };
  }
}
