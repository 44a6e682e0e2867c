import { ErrorCode } from '@collexis/platform';
import { GraphQLError } from 'graphql';

/** NOT_FOUND for a payment a mutation names, with the input field that named it. */
export class PaymentNotFoundError extends GraphQLError {
  constructor(referenceNumber: string, field: string) {
    super(`payment ${referenceNumber} does not exist; check the reference number`, {
      extensions: { code: ErrorCode.NotFound, entity: 'Payment', key: referenceNumber, field },
    });
  }
}

/** FORBIDDEN: the caller lacks the role an operation needs. */
export class ForbiddenError extends GraphQLError {
  constructor(operation: string, role: string) {
    super(`${operation} needs the ${role} role`, { extensions: { code: ErrorCode.Forbidden, role } });
  }
}
