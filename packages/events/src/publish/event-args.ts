import { BadUserInputError, pageSize } from '@collexis/platform/graphql';

const MAX_SEQUENCE = 2n ** 63n - 1n;

/** An event's cursor: its sequence as a decimal string, so that a consumer may store either. */
export const eventCursor = (event: { sequence: bigint }): string => event.sequence.toString();

/**
 * Parses `after`: a sequence as a decimal string; null stays null. `what` names the events in the message,
 * e.g. "payment event".
 */
export function parseEventCursor(after: string | null | undefined, what: string): bigint | null {
  if (after == null) return null;
  if (!/^\d{1,19}$/.test(after) || BigInt(after) > MAX_SEQUENCE) {
    throw new BadUserInputError(
      'after',
      `after must be the cursor (or sequence) of a ${what}, a decimal string like "42"; got ${JSON.stringify(after)}`,
    );
  }
  return BigInt(after);
}

/** `first` of an events query: 100 when omitted, at most 500. */
export const eventPageSize = (first: number | null | undefined) =>
  pageSize(first, { defaultSize: 100, maxSize: 500 });

/** Refuses an empty list of types: omitting the filter means every type, an empty one would mean none. */
export function requireTypes<Type extends string>(
  types: readonly Type[] | null | undefined,
  typeName: string,
): readonly Type[] | undefined {
  if (types?.length === 0) {
    throw new BadUserInputError(
      'filter.types',
      `types must list at least one ${typeName}; omit it for every type`,
    );
  }
  return types ?? undefined;
}
