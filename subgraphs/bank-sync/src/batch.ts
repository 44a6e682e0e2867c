import DataLoader from 'dataloader';

/**
 * A loader of one row per key: `fetch` runs one statement for the whole batch, and keys without a row
 * resolve to null.
 */
export function rowByKey<V>(
  fetch: (keys: readonly string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of the child rows of each key, in the order `fetch` returns them; keys without rows get an empty list. */
export function rowsByKey<V>(
  fetch: (keys: readonly string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V[]> {
  return mappedRowsByKey(fetch, keyOf, (row) => row);
}

/**
 * Like `rowsByKey` for joined rows: `keyOf` finds a row's parent key and `childOf` the child the loader returns.
 */
export function mappedRowsByKey<R, V>(
  fetch: (keys: readonly string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  childOf: (row: R) => V,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, V[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const group = byKey.get(key);
      if (group) group.push(childOf(row));
      else byKey.set(key, [childOf(row)]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
