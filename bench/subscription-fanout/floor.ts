/** The bench's handle on the floor server process (`floor-server.ts`): its URL, pid and a writer per stream. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type FromFloor, fromFloor, type ToFloor } from './floor-protocol';
import type { StreamKind } from './streams';
import type { EventWriter } from './writer';

type Done = Extract<FromFloor, { kind: 'done' }>;
type Request = ToFloor extends infer T ? (T extends ToFloor ? Omit<T, 'id'> : never) : never;

export interface Floor {
  url: string;
  pid: number;
  /** Every event of `stream` will be this result's `data`, restamped. */
  sample(stream: StreamKind, data: unknown): Promise<void>;
  /** A writer whose events the floor emits itself: "committed" when it sends them. */
  writer(stream: StreamKind): EventWriter;
  stop(): Promise<void>;
}

export async function startFloor(
  pin: (command: string, args: readonly string[]) => [string, string[]],
): Promise<Floor> {
  const [command, args] = pin(process.execPath, [
    '--import',
    'tsx',
    join(import.meta.dirname, 'floor-server.ts'),
  ]);
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.pid === undefined) throw new Error('the floor process did not start');
  const pid = child.pid;
  const pending = new Map<number, (done: Done) => void>();
  let nextId = 0;

  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', () => reject(new Error('the floor process exited before it listened')));
    child.on('message', (raw) => {
      const message = fromFloor.parse(raw);
      if (message.kind === 'listening') resolve(message.url);
      else pending.get(message.id)?.(message);
    });
  });

  function request(message: Request): Promise<Done> {
    nextId += 1;
    const id = nextId;
    return new Promise((resolve) => {
      pending.set(id, (done) => {
        pending.delete(id);
        resolve(done);
      });
      child.send({ ...message, id });
    });
  }

  function writer(stream: StreamKind): EventWriter {
    const commit = async () => {
      const [one] = (await request({ kind: 'one', stream })).commits;
      if (!one) throw new Error(`the floor emitted no ${stream} event`);
      return one;
    };
    return {
      commit,
      commitAtRate: async (rate, seconds) => {
        const done = await request({ kind: 'run', stream, rate, seconds });
        return { commits: done.commits, failures: 0, firstFailure: null, maxLagMs: done.maxLagMs };
      },
      close: () => {},
    };
  }

  return {
    url,
    pid,
    sample: async (stream, data) => {
      await request({ kind: 'sample', stream, data });
    },
    writer,
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
