/** A minimal per-request batch loader: keys asked for in the same tick share one fetch. */

export type Load<V> = (key: string) => Promise<V>;

/**
 * `fetch` receives the distinct keys of one batch and returns a value for each key it knows; keys it does
 * not know get `missing`.
 */
export function batchLoader<V>(fetch: (keys: string[]) => Promise<Map<string, V>>, missing: V): Load<V> {
  const cache = new Map<string, Promise<V>>();
  type Pending = { key: string; resolve: (value: V) => void; reject: (error: unknown) => void }[];
  let batch: Pending | null = null;
  const dispatch = async (current: Pending) => {
    try {
      const values = await fetch(current.map((entry) => entry.key));
      for (const entry of current) entry.resolve(values.get(entry.key) ?? missing);
    } catch (error) {
      for (const entry of current) entry.reject(error);
    }
  };
  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      let current = batch;
      if (!current) {
        const started: Pending = [];
        current = started;
        batch = started;
        // As DataLoader does: after the promise jobs already queued, so sibling resolvers join the batch.
        void Promise.resolve().then(() =>
          process.nextTick(() => {
            batch = null;
            void dispatch(started);
          }),
        );
      }
      current.push({ key, resolve, reject });
    });
    cache.set(key, promise);
    return promise;
  };
}

/** Rows grouped by a string column. */
export function groupBy<R>(rows: readonly R[], keyOf: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** One row per key. */
export function indexBy<R>(rows: readonly R[], keyOf: (row: R) => string): Map<string, R> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}
