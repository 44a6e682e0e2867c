import { ErrorCode } from '@collexis/platform';
import { GraphQLError } from 'graphql';

/** The caller did not say who they are (the gateway forwards no user). */
export class UnauthenticatedError extends GraphQLError {
  constructor(action: string) {
    super(`${action} needs a signed-in caller`, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}

/** The caller is known but lacks every role the operation allows. */
export class ForbiddenError extends GraphQLError {
  constructor(action: string, roles: readonly string[]) {
    super(`${action} needs the role ${roles.join(' or ')}`, { extensions: { code: ErrorCode.Forbidden } });
  }
}
