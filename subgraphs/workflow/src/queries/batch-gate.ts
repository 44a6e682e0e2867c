/** Runs a callback once the promise jobs queued so far have run: DataLoader's own default schedule. */
function afterPromiseJobs(callback: () => void): void {
  void Promise.resolve().then(() => process.nextTick(callback));
}

/**
 * Lets a request hold back some loader batches until none of its other batches is in flight.
 *
 * The rows of several parent batches (cases, assignments, actions) name agents. Each parent batch finishes in
 * its own I/O event, so without the gate the agents they name are fetched in as many statements as there
 * were completion events, a number that changes with timing and pool contention. Held back, they are fetched
 * in one statement per level of the query, whatever order the parents finish in.
 */
export interface BatchGate {
  /** Runs one batch function, counting it as in flight until it settles. */
  track<T>(batch: () => Promise<T>): Promise<T>;
  /** A DataLoader `batchScheduleFn` that dispatches only when no tracked batch is in flight. */
  schedule(dispatch: () => void): void;
}

export function createBatchGate(): BatchGate {
  let inFlight = 0;
  let held: (() => void)[] = [];
  return {
    async track(batch) {
      inFlight += 1;
      try {
        return await batch();
      } finally {
        inFlight -= 1;
        if (inFlight === 0) {
          // Scheduled after the settled batch's results reach their resolvers, so that the loads those
          // resolvers start join the held batches before they are dispatched.
          for (const dispatch of held) afterPromiseJobs(dispatch);
          held = [];
        }
      }
    },
    schedule(dispatch) {
      if (inFlight === 0) afterPromiseJobs(dispatch);
      else held.push(dispatch);
    },
  };
}
