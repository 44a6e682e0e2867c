import DataLoader from 'dataloader';

/** Fetches the rows of a batch of keys in one statement. */
export type BatchFetch<R> = (keys: readonly string[]) => Promise<R[]>;

/** The rows of each key, in the order they come; a key without rows has no entry. */
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

/**
 * A loader of one row per key: `fetch` runs one statement for the whole batch, and keys without a row
 * resolve to null.
 */
export function rowByKey<V>(
  fetch: BatchFetch<V>,
  keyOf: (row: V) => string,
  options?: DataLoader.Options<string, V | null>,
): DataLoader<string, V | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, options);
}

/** A loader of the child rows of each key, in the order `fetch` returns them; keys without rows get an empty list. */
export function rowsByKey<V>(
  fetch: BatchFetch<V>,
  keyOf: (row: V) => string,
  options?: DataLoader.Options<string, V[]>,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const byKey = groupBy(await fetch(keys), keyOf);
    return keys.map((key) => byKey.get(key) ?? []);
  }, options);
}

/**
 * Like `rowsByKey` for joined rows: `keyOf` finds a row's parent key and `childOf` the child the loader returns.
 */
export function mappedRowsByKey<R, V>(
  fetch: BatchFetch<R>,
  keyOf: (row: R) => string,
  childOf: (row: R) => V,
  options?: DataLoader.Options<string, V[]>,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const byKey = groupBy(await fetch(keys), keyOf);
    return keys.map((key) => byKey.get(key)?.map(childOf) ?? []);
  }, options);
}

/** The page of children one parent asks for: the parent's key and the page (its size, position and filter). */
export interface ParentPageKey<TPage> {
  parent: string;
  page: TPage;
}

/**
 * A loader of one page of children per parent. Keys asking for the same page (equal as JSON) share one
 * statement, so a batch runs one statement per distinct page whatever the number of parents: `fetch` returns
 * the rows of that page of every parent it is given, and `parentOf` tells whose each row is.
 */
export function pagesByParent<TPage, TRow>(
  fetch: (parents: readonly string[], page: TPage) => Promise<TRow[]>,
  parentOf: (row: TRow) => string,
): DataLoader<ParentPageKey<TPage>, TRow[], string> {
  const signatureOf = (page: TPage) => JSON.stringify(page);
  return new DataLoader(
    async (keys) => {
      const requests = new Map<string, { page: TPage; parents: string[] }>();
      for (const { parent, page } of keys) {
        const request = requests.get(signatureOf(page));
        if (request) request.parents.push(parent);
        else requests.set(signatureOf(page), { page, parents: [parent] });
      }
      const pages = new Map(
        await Promise.all(
          [...requests].map(
            async ([signature, { page, parents }]) =>
              [signature, groupBy(await fetch(parents, page), parentOf)] as const,
          ),
        ),
      );
      return keys.map(({ parent, page }) => pages.get(signatureOf(page))?.get(parent) ?? []);
    },
    { cacheKeyFn: ({ parent, page }) => JSON.stringify([parent, page]) },
  );
}
