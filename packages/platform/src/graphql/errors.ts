import { GraphQLError } from 'graphql';

/** Every error code a Collexis service puts in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** A subscription's resume cursor is older than the events the server still replays. */
  CursorExpired: 'CURSOR_EXPIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, field } });
  }
}

/**
 * The entity a request names does not exist. `field` is where the request named it (`input.agentId`); the
 * message then starts with it, as validation messages do.
 */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, key: string, field?: string) {
    super(`${field ? `${field}: ` : ''}${entity} ${key} does not exist`, {
      extensions: { code: ErrorCode.NotFound, entity, key, ...(field ? { field } : {}) },
    });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}) } });
  }
}

/** The caller did not say who they are (the gateway forwarded no user). */
export class UnauthenticatedError extends GraphQLError {
  constructor(operation: string) {
    super(`${operation} needs a signed-in caller`, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}

/** The caller is known but has none of the roles the operation allows. */
export class ForbiddenError extends GraphQLError {
  constructor(operation: string, roles: readonly string[]) {
    super(`${operation} needs the role ${roles.join(' or ')}`, {
      extensions: { code: ErrorCode.Forbidden, roles: [...roles] },
    });
  }
}

/** A service this one depends on could not answer; nothing was written. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(service: string, reason: string) {
    super(`${service} is unavailable: ${reason}; nothing was written, try again later`, {
      extensions: { code: ErrorCode.ServiceUnavailable, service },
    });
  }
}
