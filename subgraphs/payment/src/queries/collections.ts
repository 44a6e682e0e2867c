import type { PaymentQueryRunner } from '../db/database';
import { BadUserInputError } from '../errors';
import type { CollectionsGroupBy } from '../generated/resolvers-types';
import { aggregateCollections, type CollectionsGroupRow } from '../repository/collections';

const DAY_MS = 86_400_000;
/** Longest period of a summary, and of one grouped by hour (at most 744 groups per currency). */
const MAX_DAYS = 366;
const MAX_HOUR_DAYS = 31;

export interface CollectionsSummaryArgs {
  from: Date;
  to: Date;
  groupBy: CollectionsGroupBy;
}

/** A period must run forward and stay within the limits of its grouping. */
export function validatePeriod({ from, to, groupBy }: CollectionsSummaryArgs): void {
  if (to.getTime() <= from.getTime()) {
    throw new BadUserInputError(
      'to',
      `to must be after from; got from ${from.toISOString()}, to ${to.toISOString()}`,
    );
  }
  const maxDays = groupBy === 'HOUR' ? MAX_HOUR_DAYS : MAX_DAYS;
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw new BadUserInputError('to', `the period grouped by ${groupBy} may span at most ${maxDays} days`);
  }
}

export function collectionsSummary(
  db: PaymentQueryRunner,
  args: CollectionsSummaryArgs,
): Promise<CollectionsGroupRow[]> {
  validatePeriod(args);
  return aggregateCollections(db, args, args.groupBy);
}
