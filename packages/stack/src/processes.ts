import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ServiceProcess {
  name: string;
  /** The URL the service printed as ready. */
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const READY = /ready at (\S+)/;

/**
 * V8 flags a service's process starts with, by entry point (resolved, however a launcher spells it); every
 * launcher (`pnpm start`, the bench, the process tests) starts services here. The gateway's old generation may
 * grow to 1.5 times what survived its last full collection, not the 4 times V8 allows on a host with gigabytes
 * to spare: otherwise the garbage of a burst of requests sits uncollected for minutes, and with nothing
 * allocating once the load stops, stays (decision 0031).
 */
const NODE_FLAGS: ReadonlyMap<string, readonly string[]> = new Map([
  [fileURLToPath(new URL('../../../gateway/src/main.ts', import.meta.url)), ['--heap-growing-percent=50']],
]);

/**
 * Runs a TypeScript entry point as its own process (as it is deployed) with its own env, prefixes its
 * output with its name, and resolves once it prints "ready at <url>".
 */
export function startServiceProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  /** Where the process's output lines go, already prefixed with its name. @default the console */
  log: (line: string) => void = console.log,
): Promise<ServiceProcess> {
  const child = spawn(
    process.execPath,
    [...(NODE_FLAGS.get(resolve(entry)) ?? []), '--import', 'tsx', entry],
    {
      env: { ...process.env, ...env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const prefix = `[${name}]`;
  createInterface({ input: child.stderr }).on('line', (line) => log(`${prefix} ${line}`));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      log(`${prefix} ${line}`);
      const ready = READY.exec(line);
      if (ready?.[1]) resolve({ name, url: ready[1], child, exited });
    });
    exited.then((code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
  });
}

/** Asks each process to stop (SIGTERM) and waits until all have exited. */
export async function stopProcesses(processes: readonly ServiceProcess[]): Promise<void> {
  for (const service of processes) if (service.child.exitCode === null) service.child.kill('SIGTERM');
  await Promise.all(processes.map((service) => service.exited));
}
