/** One fixed-duration load run of one scenario against one URL, with autocannon over real HTTP. */
import autocannon from 'autocannon';
import { type ProcessSample, sampleProcess } from './proc';

export interface WatchedProcess {
  /** `gateway`, `bank-sync`, ... */
  role: string;
  pid: number;
}

export interface ProcessUsage {
  role: string;
  /** CPU time spent during the run, in milliseconds. */
  cpuMs: number;
  /** Resident memory at the end of the run, in MiB. */
  rssMiB: number;
}

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  /** 2xx responses whose body carried GraphQL `errors`. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  transportErrors: number;
  processes: ProcessUsage[];
}

export interface LoadRun {
  url: string;
  /** The JSON body of the next request: one scenario's (`scenarioBody`) or a mix of them. */
  body: () => string;
  connections: number;
  durationSeconds: number;
  watch: readonly WatchedProcess[];
  /** Sent with every request: the caller's `authorization`. */
  headers: Readonly<Record<string, string>>;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function fire(options: autocannon.Options, latencies: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
      error ? reject(error) : resolve(result),
    );
    // autocannon emits (client, statusCode, resBytes, responseTime); its typings leave out the client.
    instance.on('response', (...args: unknown[]) => {
      const responseTime = args[3];
      if (typeof responseTime === 'number') latencies.push(responseTime);
    });
  });
}

export async function runLoad(run: LoadRun): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const before = await Promise.all(run.watch.map((process) => sampleProcess(process.pid)));
  const result = await fire(
    {
      url: run.url,
      connections: run.connections,
      duration: run.durationSeconds,
      timeout: 30,
      method: 'POST',
      headers: { ...run.headers, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: run.body() }),
          onResponse: (status, body) => {
            // A substring test, not JSON.parse: the load generator shares the machine's two cores.
            if (status >= 200 && status < 300 && body.includes('"errors":[')) graphqlErrors += 1;
          },
        },
      ],
    },
    latencies,
  );
  const after = await Promise.all(run.watch.map((process) => sampleProcess(process.pid)));
  latencies.sort((a, b) => a - b);
  const completed = latencies.length;
  const usage = (index: number, role: string): ProcessUsage => {
    const start: ProcessSample = before[index] ?? { cpuMs: 0, rssMiB: 0 };
    const end: ProcessSample = after[index] ?? { cpuMs: 0, rssMiB: 0 };
    return { role, cpuMs: end.cpuMs - start.cpuMs, rssMiB: end.rssMiB };
  };
  return {
    connections: run.connections,
    durationSeconds: result.duration,
    requests: completed,
    requestsPerSecond: completed / result.duration,
    latencyMs: {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1) ?? 0,
    },
    non2xx: result.non2xx,
    graphqlErrors,
    transportErrors: result.errors,
    processes: run.watch.map((process, index) => usage(index, process.role)),
  };
}
