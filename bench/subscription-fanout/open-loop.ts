/**
 * What the fan-out's writers share: a JSON POST over node:http keep-alive and an open-loop schedule that sends
 * each commit on time whether or not earlier ones returned.
 */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Commit {
  /** What the subscribers will see the event by (a payment's reference number, an action's id). */
  reference: string;
  /** When the request went out, ms since the epoch. */
  sentAt: number;
  /** When its response arrived: the commit happened before this (ms since the epoch). */
  committedAt: number;
}

export interface WriteRun {
  commits: Commit[];
  failures: number;
  firstFailure: string | null;
  /** Longest a request went out after its scheduled time (the writer or the server not keeping up). */
  maxLagMs: number;
}

/** Requests in flight at most; past it the writer waits and falls behind its schedule, which it reports. */
const MAX_IN_FLIGHT = 256;
/**
 * An idle kept-alive socket is closed here before the server's keep-alive timeout (Node's 5 s) closes it: a
 * request sent on a socket the server is closing at that moment fails with ECONNRESET.
 */
const IDLE_SOCKET_MS = 4_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const keepAliveAgent = () =>
  new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, timeout: IDLE_SOCKET_MS });

/** POSTs a JSON body and resolves with the parsed response; node:http costs the writer far less CPU than fetch. */
export function postJson(
  url: URL,
  agent: Agent,
  headers: Record<string, string>,
  body: string,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The value at `path` under a response body's `data`, or undefined. */
export function dataAt(body: unknown, path: readonly string[]): unknown {
  let value: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'data') : undefined;
  for (const step of path) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, step) : undefined;
  }
  return value;
}

/** `rate` commits per second for `seconds`, each sent on schedule whether or not earlier ones returned. */
export async function commitAtRate(
  commit: () => Promise<Commit>,
  rate: number,
  seconds: number,
): Promise<WriteRun> {
  const total = Math.round(rate * seconds);
  const run: WriteRun = { commits: [], failures: 0, firstFailure: null, maxLagMs: 0 };
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    run.maxLagMs = Math.max(run.maxLagMs, performance.now() - due);
    const attempt: Promise<void> = commit()
      .then(
        (done) => {
          run.commits.push(done);
        },
        (error: unknown) => {
          run.failures += 1;
          run.firstFailure ??= message(error);
        },
      )
      .finally(() => inFlight.delete(attempt));
    inFlight.add(attempt);
  }
  await Promise.all(inFlight);
  return run;
}
