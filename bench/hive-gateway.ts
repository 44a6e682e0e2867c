/** The Hive Gateway peers: its CLI from bench/.peers over the run's supergraph copy and subgraph processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@collexis/platform/http';
import { writeHiveConfig } from './hive-config';
import { quiet, type Subgraphs, subgraphWatch, type Target } from './processes';

export interface PeerProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
}

async function waitUntilServing(
  url: string,
  child: PeerProcess,
  headers: Record<string, string>,
  output: string[],
): Promise<void> {
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
        headers: { ...headers, 'content-type': 'application/json' },
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
  /**
   * Keep Hive Gateway's default in-flight deduplication of identical subgraph requests; ours shares identical
   * in-flight query fetches too, so with it on both send the subgraphs one request for many.
   */
  dedup: boolean;
  /** Where its config file (hive-config.ts) is written. */
  dataDir: string;
  /** How long it will serve: the subgraph credentials in its config outlive it. */
  runSeconds: number;
}

export async function startHiveGateway(
  hive: HiveOptions,
  subgraphs: Subgraphs,
  output: string[],
): Promise<{ target: Target; process: PeerProcess }> {
  const { rust } = hive;
  const port = await freePort();
  const bin = join(hive.peersDir, 'node_modules', '.bin', 'hive-gateway');
  const config = await writeHiveConfig({
    dataDir: hive.dataDir,
    identity: subgraphs.identity,
    subgraphs: Object.keys(subgraphs.urls),
    credentialSeconds: hive.runSeconds,
    dedup: hive.dedup,
  });
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
    '--config-path',
    config,
  ];
  if (rust) args.push('--hive-router-runtime');
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
    await waitUntilServing(url, peer, await subgraphs.identity.accessHeaders(), output);
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
        (hive.dedup ? ', default in-flight deduplication on' : ', in-flight deduplication off') +
        '; verifies the access token (its JWT plugin), sends each subgraph a pre-signed credential',
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
