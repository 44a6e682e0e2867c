import { ErrorCode } from '@collexis/platform/graphql';
import { GraphQLError } from 'graphql';

/** NOT_FOUND for a payment a mutation names, with the input field that named it. */
export class PaymentNotFoundError extends GraphQLError {
  constructor(referenceNumber: string, field: string) {
    super(`payment ${referenceNumber} does not exist; check the reference number`, {
      extensions: { code: ErrorCode.NotFound, entity: 'Payment', key: referenceNumber, field },
    });
  }
}

export { ForbiddenError } from '@collexis/platform/graphql';
