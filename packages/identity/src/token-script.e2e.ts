import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier, devAccessToken } from './access-token';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/token.ts as the root `token` script does, with its data folder under `dataDir`. */
function runTokenScript(dataDir: string, args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, EMBEDDED_PG_DIR: join(dataDir, 'postgres') },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'collexis-token-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('pnpm run token', () => {
  it('prints exactly one token, which the gateway verifier accepts with the dev keys', async () => {
    const run = await runTokenScript(dataDir, ['--role', 'AGENT', '--agent', 'E0042', '--ttl', '600']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);

    const verifier = createAccessTokenVerifier({
      keys: { kind: 'file', path: join(dataDir, 'keys', 'user-tokens.jwks.json') },
      issuer: devAccessToken.issuer,
      audience: devAccessToken.audience,
    });
    const caller = await verifier.verify(run.stdout.trim());
    expect(caller).toMatchObject({ id: 'dev-agent', roles: ['AGENT'], agentId: 'E0042' });
    expect(caller.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(600_000);
  });

  it('refuses an unknown role or a bad ttl with exit code 2 and nothing on stdout', async () => {
    for (const args of [
      ['--role', 'ROOT'],
      ['--role', 'AGENT', '--ttl', '1h'],
    ]) {
      const run = await runTokenScript(dataDir, args);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain('usage: pnpm run --silent token');
    }
  });
});
