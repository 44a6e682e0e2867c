import { GraphQLError } from 'graphql';

/** Every error code a Collexis service puts in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(message, { extensions: { code: ErrorCode.BadUserInput, field } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, key: string) {
    super(`${entity} ${key} does not exist`, { extensions: { code: ErrorCode.NotFound, entity, key } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}) } });
  }
}
