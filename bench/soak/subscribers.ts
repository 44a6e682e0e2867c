/** The bench's handle on the soak's subscriber process (`churn.ts`): start, stop, one request at a time. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type ChurnConfig, type ChurnStats, fromChurn } from './churn-protocol';

export interface Subscribers {
  pid: number;
  /** Opens every slot; each is replaced when its time is up until `stop`. */
  start(): Promise<void>;
  /** Closes every subscription; what happened since `start`. */
  stop(): Promise<ChurnStats>;
  /** Ends the process. */
  close(): Promise<void>;
}

export function startSubscribers(config: ChurnConfig): Subscribers {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'churn.ts')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, SOAK_CHURN_CONFIG: JSON.stringify(config) },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.pid === undefined) throw new Error('the subscriber process did not start');

  function request(kind: 'start' | 'stop') {
    return new Promise<ReturnType<typeof fromChurn.parse>>((resolve, reject) => {
      const onExit = () => reject(new Error(`the subscriber process exited while asked to ${kind}`));
      child.once('exit', onExit);
      child.once('message', (raw) => {
        child.off('exit', onExit);
        resolve(fromChurn.parse(raw));
      });
      child.send({ kind });
    });
  }

  return {
    pid: child.pid,
    start: async () => {
      await request('start');
    },
    stop: async () => {
      const reply = await request('stop');
      if (reply.kind !== 'stats') throw new Error(`the subscriber process answered ${reply.kind} to stop`);
      return reply;
    },
    // Closing the channel lets it exit on its own, closing its sockets as a process does.
    close: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
