import { type EventSelection, parseEventCursor, requireTypes } from '@collexis/events/publish';
import type { PaymentEventRow } from '../db/database';
import type { PaymentEventFilter } from '../generated/resolvers-types';
import { scaledDecimal } from '../inputs/decimal';
import { matchingPaymentEvents } from '../repository/payment-events';

export { eventCursor } from '@collexis/events/publish';

/** Parses `after`: a sequence as a decimal string; null stays null. */
export const parsePaymentEventCursor = (after: string | null | undefined) =>
  parseEventCursor(after, 'payment event');

/** A filter, validated, as SQL conditions on the outbox and as the same test applied to live events. */
export function eventSelection(
  filter: PaymentEventFilter | null | undefined,
): EventSelection<PaymentEventRow> {
  const cif = filter?.cif ?? undefined;
  const loanAccountNumber = filter?.loanAccountNumber ?? undefined;
  const types = requireTypes(filter?.types, 'PaymentEventType');
  const minAmount = filter?.minAmount ?? undefined;
  const minimum = minAmount === undefined ? undefined : scaledDecimal(minAmount);
  return {
    where: matchingPaymentEvents({ cif, loanAccountNumber, types, minAmount }),
    matches: (event) =>
      (cif === undefined || event.cif === cif) &&
      (loanAccountNumber === undefined || event.loanAccountNumber === loanAccountNumber) &&
      (types === undefined || types.some((type) => type === event.eventType)) &&
      (minimum === undefined || scaledDecimal(event.amount) >= minimum),
  };
}
