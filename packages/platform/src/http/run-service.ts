import type { RunningServer } from './server';

/**
 * Longest a service may take to stop once asked: in-flight requests get the drain's 10 s grace
 * (ApolloServerPluginDrainHttpServer), consumers and pools the rest. Past it the process exits anyway, 1.
 */
const STOP_TIMEOUT_MS = 15_000;

/**
 * The body of a service's main.ts: starts it, prints `<name> ready at <url>` (the line process supervisors
 * wait for), stops it gracefully on SIGINT or SIGTERM (readiness red, no new connections, in-flight requests
 * finished, subscriptions closed with 1012, pools closed) and exits 0; exits 1 with a readable message when it
 * cannot start (bad env, no database) or cannot stop in time.
 */
export async function runService(name: string, start: () => Promise<RunningServer>): Promise<void> {
  try {
    const server = await start();
    console.log(`${name} ready at ${server.url}`);
    let stopping = false;
    const shutdown = async () => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => {
        console.error(`${name} did not stop within ${STOP_TIMEOUT_MS} ms; exiting`);
        process.exit(1);
      }, STOP_TIMEOUT_MS);
      try {
        await server.stop();
        process.exit(0);
      } catch (error) {
        console.error(`${name} failed to stop: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      }
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
