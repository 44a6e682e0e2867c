/** The bench's handle on a subscriber process (`clients.ts`): one request at a time over IPC. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type FromClients, fromClients, type ToClients } from './protocol';
import type { StreamKind } from './streams';

type Reply<K extends FromClients['kind']> = Extract<FromClients, { kind: K }>;

const isReply = <K extends FromClients['kind']>(reply: FromClients, kind: K): reply is Reply<K> =>
  reply.kind === kind;

export interface ClientPool {
  pid: number;
  open(request: Omit<Extract<ToClients, { kind: 'open' }>, 'kind'>): Promise<Reply<'opened'>>;
  /** Whether every client of the stream received every one of these events within `timeoutMs`. */
  awaitAll(stream: StreamKind, references: readonly string[], timeoutMs: number): Promise<boolean>;
  collect(stream: StreamKind, references: readonly string[]): Promise<Reply<'collected'>>;
  stop(): Promise<void>;
}

/** Starts a subscriber process; `pin` prefixes its command (see pinning.ts). */
export function startClientPool(
  pin: (command: string, args: readonly string[]) => [string, string[]] = (command, args) => [
    command,
    [...args],
  ],
): ClientPool {
  const [command, args] = pin(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'clients.ts')]);
  const child: ChildProcess = spawn(command, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.pid === undefined) throw new Error('the subscriber process did not start');
  const pid = child.pid;

  function request<K extends FromClients['kind']>(message: ToClients, kind: K): Promise<Reply<K>> {
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error(`the subscriber process exited while asked to ${message.kind}`));
      child.once('exit', onExit);
      child.once('message', (raw) => {
        child.off('exit', onExit);
        const reply = fromClients.parse(raw);
        if (isReply(reply, kind)) resolve(reply);
        else reject(new Error(`the subscriber process answered ${reply.kind} to ${message.kind}`));
      });
      child.send(message);
    });
  }

  return {
    pid,
    open: (open) => request({ kind: 'open', ...open }, 'opened'),
    awaitAll: async (stream, references, timeoutMs) =>
      (await request({ kind: 'await', stream, references: [...references], timeoutMs }, 'awaited')).complete,
    collect: (stream, references) =>
      request({ kind: 'collect', stream, references: [...references] }, 'collected'),
    // Closing the channel lets it exit on its own, closing its sockets as a process does.
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
