import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import type { GraphQLSchema } from 'graphql';

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

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }
}
