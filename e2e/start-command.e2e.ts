import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { roleDatabaseUrl } from '@collexis/platform/db';
import { freePort } from '@collexis/platform/http';
import { eventually } from '@collexis/platform/testing';
import { domainRoles } from '@collexis/stack';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

interface Started {
  child: ChildProcess;
  gatewayUrl: string;
  output: string[];
  exited: Promise<number | null>;
}

/**
 * A whole stack's start (PostgreSQL, migrations, demo data, four services, the IDE's bundle) takes well under a
 * minute on a quiet machine and more than one when other test files load both cores (CI saw 64 s).
 */
const STACK_START_TIMEOUT_MS = 150_000;

/** Launchers a test started: one still running when its test ends (it failed) is stopped, services and all. */
const launchers = new Set<ChildProcess>();

/** Runs `pnpm start` the way a user does (scripts/start.ts), and resolves when it says the graph is up. */
function runStart(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, GATEWAY_EXECUTOR: 'differential', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launchers.add(child);
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      launchers.delete(child);
      resolve(code);
    }),
  );
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const up = /Collexis graph is up: (\S+)/.exec(line);
      if (up?.[1]) resolve({ child, gatewayUrl: up[1], output, exited });
    });
    void exited.then((code) =>
      reject(new Error(`start exited (${code}) before the graph was up:\n${output.join('\n')}`)),
    );
  });
}

/** An AGENT's access token from the root `token` script (scripts/token.ts), run with the launcher's env. */
function agentToken(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--role', 'AGENT'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(stdout.trim()) : reject(new Error(`the token script exited with ${code}`)),
    );
  });
}

async function firstCustomer(gatewayUrl: string, token?: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      query:
        '{ customers(first: 1) { nodes { cif loans { accountNumber payments(first: 1) { nodes { amount } } } case { customerStatus } } } }',
    }),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: { customers: { nodes: { cif: string }[] } } | null;
      errors?: { extensions?: { code?: string } }[];
    }),
  };
}

/** Who the sessions on the stack's database are, asked as the payment role with the launcher's password. */
async function sessionRoles(dataDir: string, port: string): Promise<string[]> {
  const passwords = JSON.parse(await readFile(join(dataDir, 'roles.json'), 'utf8'));
  const url = roleDatabaseUrl(
    `postgres://127.0.0.1:${port}/collexis`,
    domainRoles.payment,
    passwords.payment,
  );
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>(
      'SELECT DISTINCT usename AS role FROM pg_stat_activity WHERE datname = current_database() ORDER BY 1',
    );
    return rows.map((row) => row.role);
  } finally {
    await client.end();
  }
}

describe('pnpm start on the embedded PostgreSQL', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'collexis-start-'));
    // mkdtemp's folder is 0700; run as root, the embedded PostgreSQL's own user must traverse it to its data.
    await chmod(dataDir, 0o755);
    env = {
      DATABASE_URL: '',
      // The launcher and the token script keep their keys beside it, in dataDir/keys; the roles' passwords in
      // dataDir/roles.json.
      EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      GATEWAY_PORT: '0',
      BANK_SYNC_PORT: '0',
      PAYMENT_PORT: '0',
      WORKFLOW_PORT: '0',
      DEMO_CUSTOMERS: '40',
    };
  });
  afterEach(async () => {
    await Promise.all(
      [...launchers].map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT');
        return exited;
      }),
    );
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it(
    'boots the database, loads demo data, serves the federated graph to token holders with each service as its domain role, and stops everything on SIGINT',
    async () => {
      const started = await runStart(env);
      const anonymous = await firstCustomer(started.gatewayUrl);
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const response = await firstCustomer(started.gatewayUrl, await agentToken(env));
      expect(response.errors).toBeUndefined();
      expect(response.data?.customers.nodes).toHaveLength(1);
      expect((await stat(join(dataDir, 'roles.json'))).mode & 0o777).toBe(0o600);
      expect(await sessionRoles(dataDir, env.EMBEDDED_PG_PORT ?? '')).toEqual(
        Object.values(domainRoles).sort(),
      );
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(started.output.join('\n')).toContain('stopped');
    },
    STACK_START_TIMEOUT_MS,
  );

  it(
    'keeps its data across restarts and loads the demo data only once',
    async () => {
      const started = await runStart(env);
      expect(started.output.join('\n')).toContain('demo data already present');
      const response = await firstCustomer(started.gatewayUrl, await agentToken(env));
      expect(response.data?.customers.nodes).toHaveLength(1);
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
    },
    STACK_START_TIMEOUT_MS,
  );

  it(
    'restarts a service killed under it, on the same port, and says so; the other services keep running',
    async () => {
      const started = await runStart(env);
      const token = await agentToken(env);
      const pidOf = (name: string) => {
        const line = started.output.find((candidate) =>
          candidate.startsWith(`[start] ${name} started (pid `),
        );
        return Number(/pid (\d+)/.exec(line ?? '')?.[1]);
      };
      const others = ['bank-sync', 'workflow', 'gateway'].map(pidOf);
      process.kill(pidOf('payment'), 'SIGKILL');
      await eventually(
        () => started.output.some((line) => /^\[start\] payment is back at /.test(line)),
        'the launcher restarted payment',
        { timeoutMs: 60_000 },
      );
      expect(started.output).toContainEqual(
        expect.stringMatching(/^\[start\] payment killed by SIGKILL; restarting in \d+ ms/),
      );
      // The others still run, the same processes as before.
      for (const pid of others) expect(() => process.kill(pid, 0)).not.toThrow();
      await eventually(async () => {
        const response = await firstCustomer(started.gatewayUrl, token);
        return response.errors === undefined && response.data?.customers.nodes.length === 1;
      }, 'the gateway answers in full again');
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
    },
    3 * STACK_START_TIMEOUT_MS,
  );
});
