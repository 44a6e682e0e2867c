import { accessSubjectOf, type Viewer } from '@collexis/platform/graphql';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import { type AccessControl, authorizeOperation, type DeniedField } from './authorize-operation';

export interface AuthorizedSubscription {
  /** The subscribe with every field its caller may not see removed. */
  args: ExecutionArgs;
  /** What each event answers as null, with an error at its path. */
  denied: readonly DeniedField[];
}

/**
 * Holds a subscribe to the access rules as a query is held over HTTP, before any upstream is opened: a
 * subscription to a root field the caller may not see is refused whole; any other denied field is removed,
 * so no subgraph is asked for it, and every event answers it as null with an error.
 */
export function authorizeSubscription(
  access: AccessControl,
  viewer: Viewer,
  args: ExecutionArgs,
): AuthorizedSubscription | GraphQLError {
  const authorized = authorizeOperation(
    access.schema,
    access.rules,
    accessSubjectOf(viewer),
    args.document,
    args.operationName,
  );
  if (!authorized) return { args, denied: [] };
  const root = authorized.denied.find((field) => field.steps.length === 1);
  if (root) return new GraphQLError(root.message, { extensions: { code: root.code } });
  return { args: { ...args, document: authorized.document }, denied: authorized.denied };
}
