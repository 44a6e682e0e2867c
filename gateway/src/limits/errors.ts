import type { ApolloServerErrorCode } from '@apollo/server/errors';
import { LimitExceededCode } from '@collexis/platform/http';
import { GraphQLError } from 'graphql';

/** Which limit refused a request: `extensions.limit` of a LIMIT_EXCEEDED error. */
export type LimitName =
  | 'tokens'
  | 'selections'
  | 'depth'
  | 'aliases'
  | 'directives'
  | 'repeatedFields'
  | 'cost'
  | 'variableDepth'
  | 'variableListItems';

/**
 * A request refused for going over one of the gateway's limits, with HTTP 400: the message names the limit and
 * its value, `extensions` say which limit (`limit`) and its value (`max`) for clients to act on.
 */
export class LimitExceededError extends GraphQLError {
  constructor(limit: LimitName, max: number, message: string) {
    super(message, { extensions: { code: LimitExceededCode, limit, max, http: { status: 400 } } });
  }
}

/** `"<what> limit of <max> exceeded, found <found>."`, the wording graphql-armor uses for its limits. */
export function limitMessage(what: string, max: number, found?: number | string): string {
  return found === undefined
    ? `${what} limit of ${max} exceeded.`
    : `${what} limit of ${max} exceeded, found ${found}.`;
}

/** A request Apollo Server would run into an internal error with (no operation to run, a subscription over HTTP). */
export function refusedOperation(code: ApolloServerErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}
