import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { accessSubjectOf, viewerOfContext } from '@collexis/platform/graphql';
import { Kind, type OperationDefinitionNode, print } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type AccessControl, authorizeOperation, type DeniedField } from './authorize-operation';
import { answerWithDenials } from './denied-answers';

/** What the rules say of one operation for one set of roles: run it whole, or run what is left of it. */
type Verdict =
  | { whole: true }
  | {
      whole: false;
      operation: OperationDefinitionNode;
      document: GatewayGraphQLRequestContext['document'];
      source: string;
      queryHash: string;
      denied: readonly DeniedField[];
    };

const WHOLE: Verdict = { whole: true };

/** Operations (by text, name and role set) whose verdict is kept: an app sends the same few again and again. */
const VERDICTS_KEPT = 2_000;

function verdictOf(access: AccessControl, requestContext: GatewayGraphQLRequestContext): Verdict {
  const viewer = viewerOfContext(requestContext.context);
  const authorized = authorizeOperation(
    access.schema,
    access.rules,
    accessSubjectOf(viewer),
    requestContext.document,
    requestContext.operationName,
  );
  const operation = authorized?.document.definitions[0];
  if (!authorized || operation?.kind !== Kind.OPERATION_DEFINITION) return WHOLE;
  const source = print(authorized.document);
  return {
    whole: false,
    operation,
    document: authorized.document,
    source,
    queryHash: createHash('sha256').update(source).digest('hex'),
    denied: authorized.denied,
  };
}

/**
 * Runs each operation with the fields its caller may not see removed before planning, so no subgraph is
 * asked for them, then answers them as null with an error at their paths. An operation the caller may see
 * whole runs unchanged, with its cached plan. The verdict is kept per operation and role set, for the
 * supergraph it was reached on.
 */
export function authorizingExecutor(executor: GatewayExecutor, access: () => AccessControl): GatewayExecutor {
  const caches = new WeakMap<AccessControl, LRUCache<string, Verdict>>();
  return async (requestContext) => {
    const control = access();
    let cache = caches.get(control);
    if (!cache) {
      cache = new LRUCache({ max: VERDICTS_KEPT });
      caches.set(control, cache);
    }
    const subject = accessSubjectOf(viewerOfContext(requestContext.context));
    const key = JSON.stringify([
      requestContext.queryHash,
      requestContext.operationName ?? null,
      subject.authenticated,
      [...subject.roles].sort(),
    ]);
    let verdict = cache.get(key);
    if (!verdict) {
      verdict = verdictOf(control, requestContext);
      cache.set(key, verdict);
    }
    if (verdict.whole) return executor(requestContext);
    const result = await executor({
      ...requestContext,
      document: verdict.document,
      operation: verdict.operation,
      source: verdict.source,
      queryHash: verdict.queryHash,
    });
    return answerWithDenials(result, verdict.denied);
  };
}
