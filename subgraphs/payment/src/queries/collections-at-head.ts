import { headSequence } from '@collexis/events/publish';
import type { PaymentQueryRunner } from '../db/database';
import { BadUserInputError } from '../errors';
import type { CollectionsGroupBy } from '../generated/resolvers-types';
import { paymentOutbox } from '../repository/payment-events';
import { collectionsSummary, validatePeriod } from './collections';

export interface CollectionsAtHeadArgs {
  from: Date;
  to: Date;
  groupBy: readonly CollectionsGroupBy[];
}

/** There are five groupings; asking one twice would only read the same rows again. */
const MAX_GROUPINGS = 5;

function validateGroupings(groupBy: readonly CollectionsGroupBy[]): void {
  if (groupBy.length === 0 || groupBy.length > MAX_GROUPINGS || new Set(groupBy).size !== groupBy.length) {
    throw new BadUserInputError(
      'groupBy',
      `groupBy must name 1 to ${MAX_GROUPINGS} distinct groupings; got [${groupBy.join(', ')}]`,
    );
  }
}

/**
 * The summaries and the outbox head in one REPEATABLE READ snapshot. A payment's row and its events commit in
 * one transaction and sequences become visible in order (decision 0010), so the snapshot holds exactly the
 * payments whose events are at or before the head it reads.
 */
export async function collectionsAtHead(db: PaymentQueryRunner, args: CollectionsAtHeadArgs) {
  validateGroupings(args.groupBy);
  for (const groupBy of args.groupBy) validatePeriod({ from: args.from, to: args.to, groupBy });
  return db.transaction(
    async (tx) => {
      const head = await headSequence(tx, paymentOutbox);
      const summaries = [];
      for (const groupBy of args.groupBy) {
        summaries.push({
          groupBy,
          groups: await collectionsSummary(tx, { from: args.from, to: args.to, groupBy }),
        });
      }
      return { cursor: String(head), summaries };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
