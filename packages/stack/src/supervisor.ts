import { type ServiceProcess, startServiceProcess } from './processes';

/** A service process kept running: restarted with backoff whenever it exits, until `stop`. */
export interface SupervisedService {
  name: string;
  /** Where it answers; a restart keeps the port, so the URL stays right for the others. */
  url: string;
  /** The process running now; null between a crash and the restart. */
  current(): ServiceProcess | null;
  /** Stops supervising and asks the process to stop (SIGTERM); resolves once it has exited. */
  stop(): Promise<void>;
}

/** The first restart waits this long; each failure in a row doubles it, up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** A process that ran this long before it died counts as healthy: its restart starts the backoff over. */
const STABLE_MS = 60_000;

function howItExited(child: ServiceProcess['child']): string {
  return child.signalCode ? `killed by ${child.signalCode}` : `exited with code ${child.exitCode}`;
}

/**
 * Starts a service process (startServiceProcess) and restarts it on the same port whenever it exits, waiting
 * FIRST_BACKOFF_MS, then twice as long after each failure in a row (a process that cannot start, or dies
 * again at once), up to MAX_BACKOFF_MS. Says each time, on `log`, what happened and when it restarts. Rejects
 * if the first start fails: a service that never came up is a configuration problem, not a crash.
 */
export async function superviseService(
  name: string,
  entry: string,
  env: Record<string, string>,
  /** The supervisor's own lines ("payment killed by SIGKILL; restarting in 500 ms"). */
  log: (line: string) => void,
  /** The service's output lines, prefixed with its name. @default the console */
  output: (line: string) => void = console.log,
): Promise<SupervisedService> {
  let running: ServiceProcess | null = await startServiceProcess(name, entry, env, output);
  const url = running.url;
  const fixedEnv = { ...env, PORT: new URL(url).port };
  let stopped = false;
  let failures = 0;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | null = null;
  let restarting: Promise<void> = Promise.resolve();

  const scheduleRestart = (reason: string) => {
    failures = Date.now() - startedAt >= STABLE_MS ? 1 : failures + 1;
    const delay = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (failures - 1));
    log(`${name} ${reason}; restarting in ${delay} ms (restart ${failures} in a row)`);
    timer = setTimeout(() => {
      timer = null;
      restarting = restart();
    }, delay);
  };
  const restart = async () => {
    if (stopped) return;
    startedAt = Date.now();
    try {
      const started = await startServiceProcess(name, entry, fixedEnv, output);
      running = started;
      log(`${name} is back at ${started.url} (pid ${started.child.pid})`);
      watch(started);
    } catch (error) {
      if (!stopped) scheduleRestart(error instanceof Error ? error.message : String(error));
    }
  };
  const watch = (service: ServiceProcess) => {
    void service.exited.then(() => {
      if (running === service) running = null;
      if (!stopped) scheduleRestart(howItExited(service.child));
    });
  };
  log(`${name} started (pid ${running.child.pid})`);
  watch(running);

  return {
    name,
    url,
    current: () => running,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await restarting;
      const service = running;
      if (!service || service.child.exitCode !== null || service.child.signalCode !== null) return;
      service.child.kill('SIGTERM');
      await service.exited;
    },
  };
}
