import { and, eq, sql } from 'drizzle-orm';
import { paymentEventCheckpoints } from '../db';
import type { Executor } from './database';

/** The consumer's checkpoint: the sequence of the last event it applied, null before the first. */
export async function loadCheckpoint(db: Executor, consumer: string): Promise<string | null> {
  const [row] = await db
    .select({ lastSequence: paymentEventCheckpoints.lastSequence })
    .from(paymentEventCheckpoints)
    .where(eq(paymentEventCheckpoints.consumer, consumer));
  return row ? row.lastSequence.toString() : null;
}

/**
 * Moves the checkpoint from `previous` to `next` only if it still is `previous` (compare-and-set). The row
 * lock this takes serialises replicas: of two applying the same event, one moves the checkpoint and the other
 * gets false and must write nothing.
 */
export async function advanceCheckpoint(
  tx: Executor,
  consumer: string,
  previous: string | null,
  next: string,
): Promise<boolean> {
  if (previous === null) {
    const inserted = await tx
      .insert(paymentEventCheckpoints)
      .values({ consumer, lastSequence: BigInt(next) })
      .onConflictDoNothing()
      .returning({ consumer: paymentEventCheckpoints.consumer });
    return inserted.length === 1;
  }
  const updated = await tx
    .update(paymentEventCheckpoints)
    .set({ lastSequence: BigInt(next), updatedAt: sql`now()` })
    .where(
      and(
        eq(paymentEventCheckpoints.consumer, consumer),
        eq(paymentEventCheckpoints.lastSequence, BigInt(previous)),
      ),
    )
    .returning({ consumer: paymentEventCheckpoints.consumer });
  return updated.length === 1;
}
