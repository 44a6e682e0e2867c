import type { RunningServer } from './server';

/**
 * The body of a service's main.ts: starts it, prints `<name> ready at <url>` (the line process supervisors
 * wait for), stops it cleanly on SIGINT or SIGTERM, and exits 1 with a readable message when it cannot start
 * (bad env, no database).
 */
export async function runService(name: string, start: () => Promise<RunningServer>): Promise<void> {
  try {
    const server = await start();
    console.log(`${name} ready at ${server.url}`);
    const shutdown = async () => {
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
