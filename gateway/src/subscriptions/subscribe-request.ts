import type { Viewer } from '@collexis/platform/graphql';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  print,
  validate,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { DeniedField } from '../authorization/authorize-operation';
import type { AuthorizedSubscription } from '../authorization/authorize-subscription';
import type { SubscribeLimits } from '../limits';
import type { PlannedSubscription, SubscriptionPlanner } from './plan';
import { prepareUpstreamOperation, type UpstreamOperation } from './upstream-operation';

/** What one subscribe resolved to: its stream key, plan, upstream operation and where it resumes. */
export interface StreamRequest {
  /** Clients with the same key can share one stream. */
  key: string;
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  upstreamOperation: UpstreamOperation;
  variables: Record<string, unknown>;
  /** The cursor the client has seen; null for live events only. */
  after: bigint | null;
  /** The operation's text, for the executor's request context. */
  source: string;
  /** Fields the caller may not see: removed from the operation, null with an error in every event. */
  denied: readonly DeniedField[];
}

/**
 * Parses and validates a subscribe message against the API schema, held to the request limits on the way as
 * a request over HTTP is; only subscriptions are served over the WebSocket. Returns the execution arguments,
 * or the errors to answer with.
 */
export function checkSubscribe(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  limits: SubscribeLimits,
): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    limits.refuseExcessSource(payload.query);
    limits.refuseExcessVariables(payload.variables ?? {});
    document = parse(payload.query);
    limits.refuseExcessShape(schema, document);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('query does not parse')];
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return errors;
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'subscription') {
    return [
      new GraphQLError('only subscriptions are served over WebSocket; send queries and mutations over HTTP'),
    ];
  }
  return {
    schema,
    document,
    operationName: payload.operationName ?? undefined,
    variableValues: payload.variables ?? {},
  };
}

function parseCursor(after: string | null): bigint | null {
  if (after === null) return null;
  if (!/^\d{1,19}$/.test(after)) {
    throw new GraphQLError('after is not a cursor this subscription returned', {
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  }
  return BigInt(after);
}

/** Identity of a shareable stream: same operation, variables (but the resume cursor) and authorisation scope. */
function streamKey(args: ExecutionArgs, upstream: UpstreamOperation, viewer: Viewer): string {
  const variables = { ...(args.variableValues ?? {}) };
  if (upstream.afterVariable) delete variables[upstream.afterVariable];
  return JSON.stringify([
    print(args.document),
    args.operationName ?? null,
    variables,
    [...viewer.roles].sort(),
  ]);
}

/** Plans a checked, authorized subscription and works out which stream serves it and from which cursor. */
export function resolveStreamRequest(
  { args, denied }: AuthorizedSubscription,
  planner: SubscriptionPlanner,
  viewer: Viewer,
): StreamRequest {
  const variables: Record<string, unknown> = { ...args.variableValues };
  const planned = planner.plan(args.document, args.operationName ?? undefined);
  const upstreamOperation = prepareUpstreamOperation(planned.node.primary, variables);
  return {
    key: streamKey(args, upstreamOperation, viewer),
    planner,
    planned,
    upstreamOperation,
    variables,
    after: parseCursor(upstreamOperation.initialAfter),
    source: print(args.document),
    denied,
  };
}
