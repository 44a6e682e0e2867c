/** Anything a test starts that has a way to stop: servers, gateways, stacks. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * What a test set up, torn down in reverse order: each step registered with `defer` or `use` runs once, newest
 * first, and every step runs even when an earlier one fails; the failures are thrown together at the end. Make
 * one per test file (or per harness) and call `dispose` in `afterAll`.
 */
export class DisposalStack {
  #steps: (() => unknown)[] = [];

  /** Registers a teardown step. */
  defer(step: () => unknown): void {
    this.#steps.push(step);
  }

  /** Registers something started for its `stop`, and returns it. */
  use<T extends Stoppable>(resource: T): T {
    this.defer(() => resource.stop());
    return resource;
  }

  /**
   * Runs `setUp`; when it throws, tears down what it had registered so far and throws its error (with the
   * teardown's failures, if any, as an AggregateError).
   */
  async setUp<T>(setUp: () => Promise<T>): Promise<T> {
    try {
      return await setUp();
    } catch (error) {
      try {
        await this.dispose();
      } catch (teardownError) {
        throw new AggregateError([error, teardownError], 'set-up failed, and so did its teardown');
      }
      throw error;
    }
  }

  /**
   * Runs every registered step, newest first, and empties the stack (a second call does nothing). Throws the
   * one failure, or an AggregateError of all of them.
   */
  async dispose(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, `${failures.length} teardown steps failed`);
  }
}
