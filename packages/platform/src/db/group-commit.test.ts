import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit';

/** A transaction the test ends when it chooses. */
interface OpenWrite {
  requests: readonly string[];
  end(): void;
}

/** A group commit over writes the test holds open: it sees each transaction and ends it. */
function heldGroupCommit(fail: (request: string) => Error | null = () => null) {
  const writes: OpenWrite[] = [];
  const hold = (requests: readonly string[]) =>
    new Promise<void>((resolve) => {
      writes.push({ requests, end: resolve });
    });
  const submit = createGroupCommit<string, string>({
    commitOne: async (request) => {
      await hold([request]);
      const failure = fail(request);
      if (failure) throw failure;
      return `${request} alone`;
    },
    commitBatch: async (requests) => {
      await hold(requests);
      const failure = requests.map(fail).find((error) => error !== null);
      if (failure) throw failure;
      return requests.map((request) => `${request} in ${requests.length}`);
    },
    maxBatch: 3,
  });
  /** Waits until `count` transactions have started. */
  const started = async (count: number) => {
    while (writes.length < count) await new Promise((resolve) => setImmediate(resolve));
  };
  return { submit, writes, started };
}

describe('createGroupCommit', () => {
  it('writes a request that finds nothing being written at once, in a transaction of its own', async () => {
    const { submit, writes, started } = heldGroupCommit();
    const outcome = submit('a');
    await started(1);
    expect(writes.map((write) => write.requests)).toEqual([['a']]);
    writes[0]?.end();
    await expect(outcome).resolves.toBe('a alone');
  });

  it('holds the requests that arrive during a transaction and writes them together after it', async () => {
    const { submit, writes, started } = heldGroupCommit();
    const first = submit('a');
    await started(1);
    const waiting = [submit('b'), submit('c')];
    for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    writes[0]?.end();
    await started(2);
    expect(writes[1]?.requests).toEqual(['b', 'c']);
    writes[1]?.end();
    await expect(first).resolves.toBe('a alone');
    await expect(Promise.all(waiting)).resolves.toEqual(['b in 2', 'c in 2']);
  });

  it('puts at most maxBatch requests in one transaction', async () => {
    const { submit, writes, started } = heldGroupCommit();
    const first = submit('a');
    await started(1);
    const waiting = ['b', 'c', 'd', 'e'].map(submit);
    writes[0]?.end();
    await started(3);
    expect(writes.slice(1).map((write) => write.requests)).toEqual([['b', 'c', 'd'], ['e']]);
    for (const write of writes) write.end();
    await expect(Promise.all([first, ...waiting])).resolves.toEqual([
      'a alone',
      'b in 3',
      'c in 3',
      'd in 3',
      'e alone',
    ]);
  });

  it("writes each request of a failed batch alone, so one request's failure is only its own", async () => {
    const { submit, writes, started } = heldGroupCommit((request) =>
      request === 'bad' ? new Error('refused') : null,
    );
    const first = submit('a');
    await started(1);
    const waiting = ['b', 'bad', 'c'].map((request) =>
      submit(request).catch((error: Error) => error.message),
    );
    writes[0]?.end();
    for (let count = 2; count <= 5; count += 1) {
      await started(count);
      writes[count - 1]?.end();
    }
    await first;
    expect(writes.map((write) => write.requests)).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    await expect(Promise.all(waiting)).resolves.toEqual(['b alone', 'refused', 'c alone']);
  });

  it('fails every request of a batch without retrying when the database is unavailable', async () => {
    const unavailable = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { submit, writes, started } = heldGroupCommit((request) => (request === 'a' ? null : unavailable));
    const first = submit('a');
    await started(1);
    const waiting = ['b', 'c'].map((request) => submit(request).catch((error: Error) => error.message));
    writes[0]?.end();
    await started(2);
    writes[1]?.end();
    await expect(Promise.all(waiting)).resolves.toEqual(['connect ECONNREFUSED', 'connect ECONNREFUSED']);
    await first;
    expect(writes).toHaveLength(2);
  });
});
