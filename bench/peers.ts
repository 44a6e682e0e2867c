/**
 * The peer gateways are installed on demand into bench/.peers (git-ignored, outside the workspace), so
 * neither `pnpm install` nor CI ever fetches them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PEER_PACKAGES = ['@graphql-hive/gateway@2', '@graphql-hive/router-runtime'];

/**
 * The npm registry mirror here lacks @graphql-tools/batch-execute >= 10.3 that newer @graphql-tools/delegate
 * asks for (the workspace pins delegate for the same reason); 10.2.0 is what the workspace resolves.
 */
const PEERS_MANIFEST = {
  name: 'collexis-bench-peers',
  private: true,
  overrides: { '@graphql-tools/batch-execute': '10.2.0' },
};

export interface PeerInstall {
  /** The CLI is there. */
  gateway: boolean;
  /** The Rust planner package is there. */
  routerRuntime: boolean;
  /** Versions found, for the report. */
  versions: Record<string, string>;
  /** Why something is missing: npm's own error lines. */
  error: string | null;
}

async function versionOf(peersDir: string, name: string): Promise<string | null> {
  try {
    const manifest: unknown = JSON.parse(
      await readFile(join(peersDir, 'node_modules', name, 'package.json'), 'utf8'),
    );
    if (manifest && typeof manifest === 'object' && 'version' in manifest) return String(manifest.version);
    return null;
  } catch {
    return null;
  }
}

async function inspect(peersDir: string, error: string | null): Promise<PeerInstall> {
  const versions: Record<string, string> = {};
  for (const name of ['@graphql-hive/gateway', '@graphql-hive/router-runtime']) {
    const version = await versionOf(peersDir, name);
    if (version) versions[name] = version;
  }
  return {
    gateway: existsSync(join(peersDir, 'node_modules', '.bin', 'hive-gateway')),
    routerRuntime: versions['@graphql-hive/router-runtime'] !== undefined,
    versions,
    error,
  };
}

function npmInstall(peersDir: string, log: (line: string) => void): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefix', peersDir, ...PEER_PACKAGES],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const errors: string[] = [];
    child.stdout.on('data', () => {});
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.includes('npm error')) errors.push(line);
    });
    child.once('error', (error) => resolve(`could not run npm: ${error.message}`));
    child.once('exit', (code) => {
      if (code === 0) resolve(null);
      else {
        log(`npm install of the peers failed (exit code ${code})`);
        resolve(errors.slice(0, 10).join('\n') || `npm exited with code ${code}`);
      }
    });
  });
}

/** Installs the peers when they are missing; never throws: a failure is reported, not fatal. */
export async function ensurePeers(peersDir: string, log: (line: string) => void): Promise<PeerInstall> {
  const present = await inspect(peersDir, null);
  if (present.gateway && present.routerRuntime) return present;
  await mkdir(peersDir, { recursive: true });
  await writeFile(join(peersDir, 'package.json'), `${JSON.stringify(PEERS_MANIFEST, null, 2)}\n`);
  log(`installing ${PEER_PACKAGES.join(' ')} into ${peersDir} (once)`);
  const started = performance.now();
  const error = await npmInstall(peersDir, log);
  log(`peer install took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return inspect(peersDir, error);
}
