import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';

/** How many events of one subscription may be executing at once. */
const IN_FLIGHT = 64;

/**
 * Maps a source in order while up to `limit` items are being mapped at once: the items that are waiting when
 * the consumer falls behind start together (so their loaders batch), and results still come out in source
 * order. The source's error (an overflow, say) comes after the results of the items before it; `return()`
 * ends the source at once.
 */
export function mapInOrder<T, R>(
  source: AsyncIterable<T>,
  map: (item: T) => R | Promise<R>,
  limit: number,
): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const started: Promise<R>[] = [];
  let sourceEnded = false;
  let sourceError: { error: unknown } | null = null;
  let closed = false;
  let wakeConsumer: (() => void) | null = null;
  let wakePuller: (() => void) | null = null;
  const wake = (waiter: (() => void) | null) => waiter?.();

  const pull = async () => {
    while (!closed) {
      if (started.length >= limit) {
        await new Promise<void>((resolve) => {
          wakePuller = resolve;
        });
        continue;
      }
      try {
        const step = await iterator.next();
        if (step.done || closed) break;
        const mapped = Promise.resolve().then(() => map(step.value));
        mapped.catch(() => undefined);
        started.push(mapped);
      } catch (error) {
        sourceError = { error };
        break;
      } finally {
        wake(wakeConsumer);
      }
    }
    sourceEnded = true;
    wake(wakeConsumer);
  };
  void pull();

  const finished: IteratorReturnResult<undefined> = { done: true, value: undefined };
  const results: AsyncIterableIterator<R> = {
    [Symbol.asyncIterator]: () => results,
    next: async () => {
      for (;;) {
        const head = started.shift();
        if (head) {
          wake(wakePuller);
          return { done: false, value: await head };
        }
        if (sourceEnded || closed) {
          const failure = sourceError;
          sourceError = null;
          if (failure) throw failure.error;
          return finished as IteratorResult<R>;
        }
        await new Promise<void>((resolve) => {
          wakeConsumer = resolve;
        });
      }
    },
    return: async () => {
      closed = true;
      started.length = 0;
      wake(wakePuller);
      wake(wakeConsumer);
      await iterator.return?.();
      return finished as IteratorResult<R>;
    },
  };
  return results;
}

/**
 * graphql-js's `subscribe`, except that the events waiting for a slow consumer are executed together (up to
 * IN_FLIGHT at once, results in order): graphql-js executes one event at a time, so a subscription whose
 * events each read the database followed at most one read's latency per event.
 */
export async function subscribePipelined(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return mapInOrder(source, (payload) => execute({ ...args, rootValue: payload }), IN_FLIGHT);
}
