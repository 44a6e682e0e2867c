/** Whether the payment-event consumers (bank-sync's loan balances, workflow's case updates) have applied every event. */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const HEAD = 'select coalesce(max(sequence), 0)::text as head from payment_service.payment_events';
const CHECKPOINTS = `
  select 'bank-sync' as domain, consumer, last_sequence::text as checkpoint from bank_sync_service.payment_event_checkpoints
  union all
  select 'workflow', consumer, last_sequence::text from workflow_service.payment_event_checkpoints`;
const POLL_MS = 100;

export interface ConsumerWatch {
  /** Resolves with how long it took once every consumer's checkpoint is the outbox's head; false after `timeoutMs`. */
  caughtUp(timeoutMs: number): Promise<number | false>;
  close(): Promise<void>;
}

/** Reads the outbox head and the consumers' checkpoints through the bench's owner URL (read-only). */
export function watchConsumers(databaseUrl: string): ConsumerWatch {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  async function behind(): Promise<boolean> {
    const head = BigInt((await pool.query<{ head: string }>(HEAD)).rows[0]?.head ?? '0');
    const { rows } = await pool.query<{ checkpoint: string }>(CHECKPOINTS);
    return rows.length < 2 || rows.some((row) => BigInt(row.checkpoint) < head);
  }
  return {
    async caughtUp(timeoutMs) {
      const started = Date.now();
      while (await behind()) {
        if (Date.now() - started > timeoutMs) return false;
        await sleep(POLL_MS);
      }
      return Date.now() - started;
    },
    close: () => pool.end(),
  };
}
