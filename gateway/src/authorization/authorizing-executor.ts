import { createHash } from 'node:crypto';
import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import type { AccessRules } from '@collexis/platform/graphql';
import { accessSubjectOf, viewerOfContext } from '@collexis/platform/graphql';
import { type GraphQLSchema, Kind, print } from 'graphql';
import { authorizeOperation } from './authorize-operation';
import { answerWithDenials } from './denied-answers';

/** The loaded supergraph's API schema and access rules. */
export interface AccessControl {
  schema: GraphQLSchema;
  rules: AccessRules;
}

/**
 * Runs each operation with the fields its caller may not see removed before planning, so no subgraph is
 * asked for them, then answers them as null with an error at their paths. An operation the caller may see
 * whole runs unchanged, with its cached plan.
 */
export function authorizingExecutor(executor: GatewayExecutor, access: () => AccessControl): GatewayExecutor {
  return async (requestContext) => {
    const { schema, rules } = access();
    const viewer = viewerOfContext(requestContext.context);
    const authorized = authorizeOperation(
      schema,
      rules,
      accessSubjectOf(viewer),
      requestContext.document,
      requestContext.operationName,
    );
    if (!authorized) return executor(requestContext);
    const operation = authorized.document.definitions[0];
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return executor(requestContext);
    const text = print(authorized.document);
    const result = await executor({
      ...requestContext,
      document: authorized.document,
      operation,
      source: text,
      queryHash: createHash('sha256').update(text).digest('hex'),
    });
    return answerWithDenials(result, authorized.denied);
  };
}
