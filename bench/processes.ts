/**
 * The processes under test: the three subgraphs and our gateway (as `pnpm start` runs them), the floor, and
 * the Hive Gateway peers over the same subgraphs. Every target is a separate process on a free port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@collexis/platform/http';
import { type ServiceProcess, startServiceProcess, stopProcesses } from '@collexis/stack';
import type { WatchedProcess } from './load';

export type TargetName = 'ours' | 'ours-unshared' | 'ours-stock' | 'floor' | 'hive-js' | 'hive-rust';

/** Our gateway's configurations under test: the default, without in-flight sharing, with the stock executor. */
export const ourVariants = {
  ours: {
    env: { GATEWAY_EXECUTOR: 'collexis', GATEWAY_SHARE_INFLIGHT: 'true' },
    description: 'gateway/src/main.ts with our plan executor and in-flight fetch sharing (the default)',
  },
  'ours-unshared': {
    env: { GATEWAY_EXECUTOR: 'collexis', GATEWAY_SHARE_INFLIGHT: 'false' },
    description:
      'gateway/src/main.ts with our plan executor, every fetch sent (GATEWAY_SHARE_INFLIGHT=false)',
  },
  'ours-stock': {
    env: { GATEWAY_EXECUTOR: 'stock', GATEWAY_SHARE_INFLIGHT: 'false' },
    description: "gateway/src/main.ts with @apollo/gateway's stock executor (GATEWAY_EXECUTOR=stock)",
  },
} as const;
export type OurVariant = keyof typeof ourVariants;

export interface Target {
  name: TargetName;
  /** What it is, for the report. */
  description: string;
  url: string;
  /** The processes whose CPU and memory a run charges to this target. */
  watch: WatchedProcess[];
}

export interface Subgraphs {
  urls: Record<'bank-sync' | 'payment' | 'workflow', string>;
  processes: ServiceProcess[];
}

const quiet = (lines: string[]) => (line: string) => {
  lines.push(line);
  if (lines.length > 200) lines.shift();
};

/** The three subgraphs, in the order and with the env `pnpm start` gives them. */
export async function startSubgraphs(databaseUrl: string, output: string[]): Promise<Subgraphs> {
  const processes: ServiceProcess[] = [];
  const log = quiet(output);
  const start = async (name: string, entry: string, env: Record<string, string>) => {
    const port = await freePort();
    const started = await startServiceProcess(
      name,
      entry,
      { DATABASE_URL: databaseUrl, PORT: String(port), ...env },
      log,
    );
    processes.push(started);
    return started.url;
  };
  try {
    const payment = await start('payment', 'subgraphs/payment/src/main.ts', {});
    const bankSync = await start('bank-sync', 'subgraphs/bank-sync/src/main.ts', { PAYMENT_URL: payment });
    const workflow = await start('workflow', 'subgraphs/workflow/src/main.ts', {
      BANK_SYNC_URL: bankSync,
      PAYMENT_URL: payment,
    });
    return { urls: { 'bank-sync': bankSync, payment, workflow }, processes };
  } catch (error) {
    await stopProcesses(processes);
    throw error;
  }
}

export function subgraphWatch(subgraphs: Subgraphs): WatchedProcess[] {
  return subgraphs.processes.flatMap((service) =>
    service.child.pid === undefined ? [] : [{ role: service.name, pid: service.child.pid }],
  );
}

function pidOf(service: { child: ChildProcess }): number {
  const pid = service.child.pid;
  if (pid === undefined) throw new Error('a started process has no pid');
  return pid;
}

/** Our gateway (`gateway/src/main.ts`) over the subgraph processes, in one of its configurations. */
export async function startOurGateway(
  subgraphs: Subgraphs,
  output: string[],
  variant: OurVariant = 'ours',
  extraEnv: Record<string, string> = {},
): Promise<{ target: Target; process: ServiceProcess }> {
  const port = await freePort();
  const gateway = await startServiceProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      PORT: String(port),
      SUBGRAPH_URL_BANK_SYNC: subgraphs.urls['bank-sync'],
      SUBGRAPH_URL_PAYMENT: subgraphs.urls.payment,
      SUBGRAPH_URL_WORKFLOW: subgraphs.urls.workflow,
      ...ourVariants[variant].env,
      ...extraEnv,
    },
    quiet(output),
  );
  return {
    process: gateway,
    target: {
      name: variant,
      description: `${ourVariants[variant].description}, over the three subgraph processes`,
      url: gateway.url,
      watch: [{ role: 'gateway', pid: pidOf(gateway) }, ...subgraphWatch(subgraphs)],
    },
  };
}

/** The floor: one plain Apollo Server process answering the same three queries straight from SQL. */
export async function startFloor(
  databaseUrl: string,
  output: string[],
): Promise<{ target: Target; process: ServiceProcess }> {
  const port = await freePort();
  const floor = await startServiceProcess(
    'floor',
    'bench/floor/main.ts',
    { DATABASE_URL: databaseUrl, PORT: String(port) },
    quiet(output),
  );
  return {
    process: floor,
    target: {
      name: 'floor',
      description: 'one plain Apollo Server process, no federation, same database and SQL shapes',
      url: floor.url,
      watch: [{ role: 'gateway', pid: pidOf(floor) }],
    },
  };
}

/** A copy of schema/supergraph.graphql whose subgraph URLs are the ones this run started. */
export async function writeSupergraph(subgraphs: Subgraphs, dataRoot: string): Promise<string> {
  let sdl = await readFile('schema/supergraph.graphql', 'utf8');
  for (const [name, url] of Object.entries(subgraphs.urls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  const path = join(dataRoot, 'supergraph.graphql');
  await writeFile(path, sdl);
  return path;
}

export interface PeerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
}

async function waitUntilServing(url: string, child: PeerProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`exited with code ${exitCode} before serving:\n${output.slice(-15).join('\n')}`);
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`did not serve ${url} within 60 s:\n${output.slice(-15).join('\n')}`);
}

/**
 * Hive Gateway's CLI from bench/.peers over the run's supergraph copy: the JavaScript query planner, or with
 * `rust` the Rust planner of @graphql-hive/router-runtime.
 */
export interface HiveOptions {
  peersDir: string;
  supergraphPath: string;
  /** Use the Rust query planner (@graphql-hive/router-runtime). */
  rust: boolean;
  /** Keep Hive Gateway's default in-flight deduplication of identical subgraph requests. */
  dedup: boolean;
  /** Where the config file that turns deduplication off is written. */
  dataDir: string;
}

/**
 * Hive Gateway deduplicates identical in-flight subgraph requests by default; ours does not, so with it on
 * concurrent identical operations cost the subgraphs one request instead of many.
 */
async function writeNoDedupConfig(dataDir: string): Promise<string> {
  const path = join(dataDir, 'hive-gateway.config.mjs');
  await writeFile(
    path,
    "export const gatewayConfig = { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } };\n",
  );
  return path;
}

export async function startHiveGateway(
  hive: HiveOptions,
  subgraphs: Subgraphs,
  output: string[],
): Promise<{ target: Target; process: PeerProcess }> {
  const { rust } = hive;
  const port = await freePort();
  const bin = join(hive.peersDir, 'node_modules', '.bin', 'hive-gateway');
  // One worker, like every other target: in production the CLI would otherwise fork one per core.
  const args = [
    'supergraph',
    hive.supergraphPath,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--fork',
    '1',
  ];
  if (rust) args.push('--hive-router-runtime');
  if (!hive.dedup) args.push('--config-path', await writeNoDedupConfig(hive.dataDir));
  const child = spawn(bin, args, {
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const name = rust ? 'hive-rust' : 'hive-js';
  const log = quiet(output);
  createInterface({ input: child.stdout }).on('line', (line) => log(`[${name}] ${line}`));
  createInterface({ input: child.stderr }).on('line', (line) => log(`[${name}] ${line}`));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const peer = { child, exited };
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitUntilServing(url, peer, output);
  } catch (error) {
    await stopPeer(peer);
    throw error;
  }
  if (child.pid === undefined) throw new Error(`${name} has no pid`);
  return {
    process: peer,
    target: {
      name,
      description:
        (rust
          ? 'Hive Gateway 2 with the Rust query planner (--hive-router-runtime)'
          : 'Hive Gateway 2 with its JavaScript query planner') +
        (hive.dedup ? ', default in-flight deduplication on' : ', in-flight deduplication off'),
      url,
      watch: [{ role: 'gateway', pid: child.pid }, ...subgraphWatch(subgraphs)],
    },
  };
}

export async function stopPeer(peer: PeerProcess): Promise<void> {
  if (peer.child.exitCode === null && peer.child.signalCode === null) peer.child.kill('SIGTERM');
  const timer = setTimeout(() => peer.child.kill('SIGKILL'), 10_000);
  await peer.exited;
  clearTimeout(timer);
}
