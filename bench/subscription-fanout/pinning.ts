/**
 * Where the fan-out's processes run: on a machine of two cores or more (and with `taskset`), the subscriber
 * process on the last core and the server under test (our gateway, or the floor) on the first, so that the
 * load generator does not take the server's CPU. The subgraphs, PostgreSQL and the writers stay unpinned:
 * the write path alone needs about a core at the default rates, and pinned beside the gateway it would starve
 * it. Other work on the machine is not pinned either; the report gives the cores each side used.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TASKSET = '/usr/bin/taskset';

export interface Pinning {
  /** The cores of the subscriber process; null: unpinned. */
  clients: number[] | null;
  /** The cores of the server under test; null: unpinned. */
  server: number[] | null;
}

export function choosePinning(): Pinning {
  const cores = cpus().length;
  if (cores < 2 || !existsSync(TASKSET)) return { clients: null, server: null };
  return { clients: [cores - 1], server: [0] };
}

export const describePinning = ({ clients, server }: Pinning) =>
  clients && server
    ? `subscribers on CPU ${clients.join(',')}, the server under test on CPU ${server.join(',')}`
    : 'nothing pinned (one core, or no taskset)';

/** The command and arguments that start `command args` on `cores` (unchanged when null). */
export function pinnedCommand(
  cores: number[] | null,
  command: string,
  args: readonly string[],
): [string, string[]] {
  return cores ? [TASKSET, ['-c', cores.join(','), command, ...args]] : [command, [...args]];
}

/** Moves every thread of a running process onto `cores` (nothing when null). */
export async function pinProcess(pid: number, cores: number[] | null): Promise<void> {
  if (cores) await run(TASKSET, ['-a', '-pc', cores.join(','), String(pid)]);
}
