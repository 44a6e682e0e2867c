import { describe, expect, it } from 'vitest';
import { mapInOrder } from './pipelined-subscribe';

/** A source the test pushes items into (and may fail), like a subscription's event stream. */
function pushedSource<T>() {
  const waiting: T[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let returned = false;
  const source: AsyncIterable<T> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        for (;;) {
          const item = waiting.shift();
          if (item !== undefined) return { done: false, value: item };
          if (failure) throw failure;
          if (returned) return { done: true, value: undefined };
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      },
      return: async () => {
        returned = true;
        wake?.();
        return { done: true, value: undefined };
      },
    }),
  };
  return {
    source,
    push: (...items: T[]) => {
      waiting.push(...items);
      wake?.();
    },
    fail: (error: Error) => {
      failure = error;
      wake?.();
    },
    returned: () => returned,
  };
}

const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('mapInOrder', () => {
  it('maps the items waiting behind a slow one together, and yields them in source order', async () => {
    const { source, push } = pushedSource<number>();
    const releases = new Map<number, () => void>();
    const mapping: number[] = [];
    const results = mapInOrder(
      source,
      (item) =>
        new Promise<string>((resolve) => {
          mapping.push(item);
          releases.set(item, () => resolve(`result ${item}`));
        }),
      64,
    );
    const first = results.next();
    push(1, 2, 3);
    await turns(5);
    expect(mapping).toEqual([1, 2, 3]);
    releases.get(3)?.();
    releases.get(2)?.();
    releases.get(1)?.();
    expect(await first).toEqual({ done: false, value: 'result 1' });
    expect(await results.next()).toEqual({ done: false, value: 'result 2' });
    expect(await results.next()).toEqual({ done: false, value: 'result 3' });
  });

  it('has at most `limit` items being mapped at once', async () => {
    const { source, push } = pushedSource<number>();
    const mapping: number[] = [];
    const results = mapInOrder(source, (item) => new Promise<number>(() => mapping.push(item)), 2);
    push(1, 2, 3, 4);
    await turns(5);
    expect(mapping).toEqual([1, 2]);
    await results.return?.();
  });

  it("ends with the source's error after the results of the items before it", async () => {
    const { source, push, fail } = pushedSource<number>();
    const results = mapInOrder(source, (item) => item * 10, 64);
    push(1, 2);
    await turns(3);
    fail(new Error('fell behind'));
    expect(await results.next()).toEqual({ done: false, value: 10 });
    expect(await results.next()).toEqual({ done: false, value: 20 });
    await expect(results.next()).rejects.toThrow('fell behind');
  });

  it('ends the source at once when the consumer returns, even while waiting for an item', async () => {
    const { source, returned } = pushedSource<number>();
    const results = mapInOrder(source, (item) => item, 64);
    const waiting = results.next();
    await results.return?.();
    expect(returned()).toBe(true);
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
