import { decodeCursor, encodeCursor, isUuid, type PageArgs, pageSize } from '@collexis/platform/graphql';
import type { PaymentRow } from '../db/database';
import { BadUserInputError } from '../errors';
import type { PaymentFilter } from '../generated/resolvers-types';
import type { PaymentConditions, PaymentPosition } from '../repository/payments';

/** Which page of a payment list a client asked for. */
export interface PaymentPageRequest {
  /** Payments on the page. */
  size: number;
  /** The page starts after this payment; null starts with the newest. */
  after: PaymentPosition | null;
}

/** The cursor of a payment in every payment list: its sort key, payment date then id. */
export function paymentCursor(payment: PaymentRow): string {
  return encodeCursor([payment.paymentDate.toISOString(), payment.id]);
}

function decodePaymentCursor(cursor: string): PaymentPosition {
  const [isoDate, id] = decodeCursor(cursor, 2);
  const paymentDate = typeof isoDate === 'string' ? new Date(isoDate) : null;
  if (paymentDate === null || Number.isNaN(paymentDate.getTime()) || typeof id !== 'string' || !isUuid(id)) {
    throw new BadUserInputError('after', 'after is not a cursor this field returned');
  }
  return { paymentDate, id };
}

/** Validates `first` (BAD_USER_INPUT over the cap) and decodes `after`. */
export function paymentPageRequest(args: PageArgs): PaymentPageRequest {
  return { size: pageSize(args.first), after: args.after == null ? null : decodePaymentCursor(args.after) };
}

/** Turns a GraphQL payment filter into repository conditions, rejecting an empty date range or status list. */
export function paymentConditions(filter: PaymentFilter | null | undefined): PaymentConditions {
  if (!filter) return {};
  const { loanAccountNumber, cif, paymentDateFrom, paymentDateTo, status } = filter;
  if (paymentDateFrom && paymentDateTo && paymentDateFrom.getTime() >= paymentDateTo.getTime()) {
    throw new BadUserInputError(
      'filter.paymentDateTo',
      `paymentDateTo (${paymentDateTo.toISOString()}) must be later than paymentDateFrom (${paymentDateFrom.toISOString()})`,
    );
  }
  if (status?.length === 0) {
    throw new BadUserInputError(
      'filter.status',
      'status must list at least one PaymentStatus; omit it for every status',
    );
  }
  return {
    loanAccountNumber: loanAccountNumber ?? undefined,
    cif: cif ?? undefined,
    paymentDateFrom: paymentDateFrom ?? undefined,
    paymentDateTo: paymentDateTo ?? undefined,
    statuses: status ?? undefined,
  };
}
