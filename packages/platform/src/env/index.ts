import { z } from 'zod';

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
  });
}

/** The database settings of a parsed service environment, as `createDatabase` takes them. */
export function databaseOptionsOf(env: { DATABASE_URL: string; STATEMENT_TIMEOUT_MS: number }) {
  return { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS };
}
