export interface EventuallyOptions {
  /** How long the condition may take to hold. @default 10000 */
  timeoutMs?: number;
  /** The pause between two checks. @default 10 */
  intervalMs?: number;
}

/**
 * Waits until a condition that an asynchronous part of the system makes true holds (a subscriber registering, a
 * consumer reaching an event), checking it between event-loop turns up to a deadline; never a fixed sleep. A
 * condition that throws ends the wait with its error.
 */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  what: string,
  { timeoutMs = 10_000, intervalMs = 10 }: EventuallyOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
