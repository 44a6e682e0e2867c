import type { Logger } from '@collexis/platform/observability';
import type { PaymentDatabase } from '../db/database';
import { closeCollectionDays, utcDayOf } from '../repository/collection-days';

/**
 * How often the days before today (UTC) are closed into the daily rollup. Answers stay exact whenever it runs;
 * it only bounds how many days a summary reads from the payments themselves (decision 0029).
 */
const CLOSE_INTERVAL_MS = 3_600_000;

export interface CollectionDaysSchedule {
  /** Stops the schedule and waits for a close in progress. */
  stop(): Promise<void>;
}

/**
 * Closes the days before today, then again every CLOSE_INTERVAL_MS; a failed close is logged and retried. The
 * first close is awaited: the server starts it before it listens, so it never runs under the first requests.
 */
export async function scheduleClosingCollectionDays(
  db: PaymentDatabase,
  logger: Logger,
): Promise<CollectionDaysSchedule> {
  let running: Promise<unknown> = Promise.resolve();
  const close = () => {
    running = running
      .then(() => closeCollectionDays(db, utcDayOf(new Date())))
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'closing collection days failed; retrying later'),
      );
  };
  close();
  await running;
  const timer = setInterval(close, CLOSE_INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
