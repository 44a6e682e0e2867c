import { pageSize } from '@collexis/platform/graphql';
import type { PaymentEventRow } from '../db/database';
import { BadUserInputError } from '../errors';
import type { PaymentEventFilter } from '../generated/resolvers-types';
import { scaledDecimal } from '../inputs/decimal';
import type { PaymentEventConditions } from '../repository/payment-events';

const MAX_SEQUENCE = 2n ** 63n - 1n;

/** An event's cursor: its sequence as a decimal string, so that a consumer may store either. */
export const eventCursor = (event: PaymentEventRow): string => event.sequence.toString();

/** Parses `after`: a sequence as a decimal string; null stays null. */
export function parseEventCursor(after: string | null | undefined): bigint | null {
  if (after == null) return null;
  if (!/^\d{1,19}$/.test(after) || BigInt(after) > MAX_SEQUENCE) {
    throw new BadUserInputError(
      'after',
      `after must be the cursor (or sequence) of a payment event, a decimal string like "42"; got ${JSON.stringify(after)}`,
    );
  }
  return BigInt(after);
}

/** `first` of the events query: 100 when omitted, at most 500. */
export const eventPageSize = (first: number | null | undefined) =>
  pageSize(first, { defaultSize: 100, maxSize: 500 });

/** A filter, validated, as repository conditions and as the same test applied to live events. */
export interface EventSelection {
  conditions: PaymentEventConditions;
  matches(event: PaymentEventRow): boolean;
}

export function eventSelection(filter: PaymentEventFilter | null | undefined): EventSelection {
  const cif = filter?.cif ?? undefined;
  const loanAccountNumber = filter?.loanAccountNumber ?? undefined;
  const types = filter?.types ?? undefined;
  const minAmount = filter?.minAmount ?? undefined;
  if (types?.length === 0) {
    throw new BadUserInputError(
      'filter.types',
      'types must list at least one PaymentEventType; omit it for every type',
    );
  }
  const minimum = minAmount === undefined ? undefined : scaledDecimal(minAmount);
  return {
    conditions: { cif, loanAccountNumber, types, minAmount },
    matches: (event) =>
      (cif === undefined || event.cif === cif) &&
      (loanAccountNumber === undefined || event.loanAccountNumber === loanAccountNumber) &&
      (types === undefined || types.some((type) => type === event.eventType)) &&
      (minimum === undefined || scaledDecimal(event.amount) >= minimum),
  };
}
