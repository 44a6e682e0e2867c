import { loadSigningKey, parseKeySource } from '@collexis/identity';
import { z } from 'zod';
import { logLevels } from '../observability/logger';

/** LOG_LEVEL: the least severe level a service logs; `silent` logs nothing. */
export const logLevel = z.enum(logLevels).default('info');

/**
 * Parses the process environment against a zod schema once, at a service's edge.
 * Fails with one message listing every missing or malformed variable.
 */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  source: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join('\n')}`);
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL');

/**
 * The variables every service reads: where it listens and the PostgreSQL it serves. A service extends it with
 * its own (`serviceEnv(4001).extend({ ... })`).
 */
export function serviceEnv(defaultPort: number) {
  return z.object({
    /** Port the service listens on; 0 picks a free one. */
    PORT: port(defaultPort),
    /** Interface the service listens on. */
    HOST: z.string().default('127.0.0.1'),
    /** The PostgreSQL holding the service's schema. */
    DATABASE_URL: z.string({ error: 'is required: the postgres:// URL of the database' }).pipe(postgresUrl),
    /** Longest a single SQL statement may run before PostgreSQL cancels it. */
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /**
     * Where the public keys of the gateway and the services come from (`file:/path/jwks.json` or an https
     * JWKS URL): only credentials they signed, for this service, are accepted.
     */
    CREDENTIAL_JWKS: z
      .string({ error: 'is required: file:/path/to/jwks.json or an https:// JWKS URL' })
      .min(1),
    /** Path of this service's private key (a JWK), with which its event consumers call other subgraphs. */
    SERVICE_SIGNING_KEY: z.string().min(1).optional(),
    /** The least severe level logged (JSON lines on standard output): fatal, error, warn, info, debug, trace or silent. */
    LOG_LEVEL: logLevel,
  });
}

/** The identity settings of a parsed service environment, as the subgraphs' `start` takes them. */
export async function identityOptionsOf(env: { CREDENTIAL_JWKS: string; SERVICE_SIGNING_KEY?: string }) {
  return {
    trustedKeys: parseKeySource(env.CREDENTIAL_JWKS),
    serviceKey: env.SERVICE_SIGNING_KEY ? await loadSigningKey(env.SERVICE_SIGNING_KEY) : undefined,
  };
}

/** The database settings of a parsed service environment, as `createDatabase` takes them. */
export function databaseOptionsOf(env: { DATABASE_URL: string; STATEMENT_TIMEOUT_MS: number }) {
  return { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS };
}
