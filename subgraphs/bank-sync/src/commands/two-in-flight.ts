/** What scheduling needs to know of a batch: the natural keys it writes. */
export interface KeyedBatch {
  accepted: readonly { key: string }[];
}

/**
 * Applies the batches in order with at most two in flight, so that PostgreSQL writes one batch while it commits
 * the one before (on a machine with more than one core the two overlap). `apply` gets the commit of the batch
 * before it and must write what is ordered across batches (errors, counts, audit) only once that has settled;
 * a batch sharing a key with the one before waits for it entirely, so the first record of a key stays the one
 * applied. When a batch fails, the one after it fails too and is rolled back before the error is thrown.
 */
export async function applyTwoInFlight<T extends KeyedBatch>(
  batches: AsyncIterable<T>,
  apply: (batch: T, previousCommitted: Promise<void>) => Promise<void>,
): Promise<void> {
  let previousKeys: ReadonlySet<string> = new Set();
  let previousDone: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      if (batch.accepted.some(({ key }) => previousKeys.has(key))) await previousDone;
      const done = apply(batch, previousDone);
      // Awaited below or on the way out; until then its failure must not count as unhandled.
      done.catch(() => {});
      const before = previousDone;
      previousDone = done;
      previousKeys = new Set(batch.accepted.map(({ key }) => key));
      await before;
    }
    await previousDone;
  } catch (error) {
    await previousDone.catch(() => {});
    throw error;
  }
}
