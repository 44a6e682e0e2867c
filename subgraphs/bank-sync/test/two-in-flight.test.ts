import { describe, expect, it } from 'vitest';
import { applyTwoInFlight } from '../src/commands/two-in-flight';

interface Batch {
  name: string;
  accepted: { key: string }[];
}

const batch = (name: string, ...keys: string[]): Batch => ({ name, accepted: keys.map((key) => ({ key })) });

async function* from(batches: Batch[]): AsyncGenerator<Batch> {
  yield* batches;
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** An apply whose batches finish only when the test says so, logging what happens in order. */
function controlledApply(failing: string | null = null) {
  const log: string[] = [];
  const steps = new Map<
    string,
    { started: ReturnType<typeof deferred>; finish: ReturnType<typeof deferred> }
  >();
  const step = (name: string) => {
    let found = steps.get(name);
    if (!found) {
      found = { started: deferred(), finish: deferred() };
      steps.set(name, found);
    }
    return found;
  };
  const apply = async (item: Batch, previousCommitted: Promise<void>) => {
    log.push(`start ${item.name}`);
    step(item.name).started.resolve();
    await step(item.name).finish.promise;
    await previousCommitted;
    if (item.name === failing) throw new Error(`${item.name} failed`);
    log.push(`commit ${item.name}`);
  };
  return {
    log,
    apply,
    finish: (name: string) => step(name).finish.resolve(),
    started: (name: string) => step(name).started.promise,
  };
}

describe('applying batches two at a time', () => {
  it('starts a batch while the one before is in flight, and commits them in order', async () => {
    const { log, apply, finish, started } = controlledApply();
    const done = applyTwoInFlight(from([batch('A', 'a'), batch('B', 'b'), batch('C', 'c')]), apply);

    await started('B');
    expect(log).toEqual(['start A', 'start B']);
    finish('A');
    await started('C');
    expect(log).toEqual(['start A', 'start B', 'commit A', 'start C']);
    finish('C');
    finish('B');
    await done;

    expect(log.slice(4)).toEqual(['commit B', 'commit C']);
  });

  it('starts a batch that shares a key with the one before only once that one has committed', async () => {
    const { log, apply, finish, started } = controlledApply();
    const done = applyTwoInFlight(from([batch('A', 'a', 'k'), batch('B', 'k')]), apply);

    await started('A');
    finish('A');
    await started('B');
    finish('B');
    await done;

    expect(log).toEqual(['start A', 'commit A', 'start B', 'commit B']);
  });

  it('fails the batch after a failed one and starts no other', async () => {
    const { log, apply, finish, started } = controlledApply('A');
    const done = applyTwoInFlight(from([batch('A', 'a'), batch('B', 'b'), batch('C', 'c')]), apply);

    await started('B');
    finish('B');
    finish('A');

    await expect(done).rejects.toThrow('A failed');
    expect(log).toEqual(['start A', 'start B']);
  });
});
