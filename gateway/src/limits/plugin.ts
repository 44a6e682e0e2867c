import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { Viewer } from '@collexis/platform/graphql';
import { getVariableValues, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { callerOf, costLimitOf, hasIdentity, type LimitsContext } from './caller';
import { type OperationCost, operationCost, rememberedCosts } from './cost';
import { refuseExcessTokens, shapeLimits } from './document-limits';
import { LimitExceededError, limitMessage, refusedOperation } from './errors';
import type { RequestLimits } from './options';
import { hideSuggestions, introspectionRefused, selectsIntrospection } from './schema-disclosure';
import { refuseExcessVariables } from './variables';

type ResolvedRequest = GraphQLRequestContextDidResolveOperation<LimitsContext>;

/** The operation the request runs; a request with none, or with a subscription, is the client's error. */
function runnableOperation({ operation, request }: ResolvedRequest) {
  if (!operation) {
    throw refusedOperation(
      ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
      request.operationName
        ? `Unknown operation named "${request.operationName}".`
        : 'Must provide operation name if query contains multiple operations.',
    );
  }
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
    throw refusedOperation(
      ApolloServerErrorCode.BAD_REQUEST,
      'Subscriptions are served over graphql-ws (a WebSocket on /graphql), not over HTTP.',
    );
  }
  return operation;
}

function refuseExcessCost(
  costOf: OperationCost,
  requestContext: ResolvedRequest,
  operation: OperationDefinitionNode,
  viewer: Viewer,
  limits: RequestLimits,
): void {
  const variables = requestContext.request.variables ?? {};
  // Variables the operation cannot take are refused by the executor, with every problem listed.
  const coerced = getVariableValues(requestContext.schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return;
  const cost = costOf(
    requestContext.schema,
    requestContext.document,
    operation,
    variables,
    limits.costListSize,
  );
  const max = costLimitOf(viewer, limits);
  if (cost > max) throw new LimitExceededError('cost', max, limitMessage('Query cost', max, cost));
}

/**
 * The gateway's request limits as an Apollo Server plugin, each checked as early as it can be:
 * - tokens before parsing; fragment expansion, repeated fields, depth, aliases and directives after parsing and
 *   before graphql-js validates (see `shapeLimits`);
 * - once the operation is known, and before the gateway plans it: a missing or unknown operation, anonymous
 *   introspection, the variables' nesting and list sizes, and the caller's cost limit;
 * - field suggestions are removed from the errors of callers without an identity.
 */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin<LimitsContext> {
  const refuseExcessShape = shapeLimits(limits);
  const costOf = rememberedCosts(operationCost);
  return {
    // Apollo Server runs the parsing and validation hooks outside its error handling, so a refusal thrown
    // there arrives here as "unexpected" (HTTP 500); thrown again, Apollo answers it with its own status.
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof LimitExceededError) throw error;
    },
    async requestDidStart({ contextValue }) {
      const viewer = callerOf(contextValue);
      return {
        async parsingDidStart({ source }) {
          refuseExcessTokens(source, limits.maxTokens);
        },
        async validationDidStart({ schema, document }) {
          refuseExcessShape(schema, document);
        },
        async didResolveOperation(requestContext) {
          const operation = runnableOperation(requestContext);
          if (!hasIdentity(viewer) && selectsIntrospection(requestContext.document, operation)) {
            throw introspectionRefused();
          }
          refuseExcessVariables(requestContext.request.variables ?? {}, limits);
          refuseExcessCost(costOf, requestContext, operation, viewer, limits);
        },
        async didEncounterErrors({ errors }) {
          if (!hasIdentity(viewer)) hideSuggestions(errors);
        },
      };
    },
  };
}
