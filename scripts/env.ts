import { dirname, join, resolve } from 'node:path';
import { parseEnv, port, postgresUrl } from '@collexis/platform/env';
import { z } from 'zod';

/** Where the embedded PostgreSQL keeps its data unless EMBEDDED_PG_DIR says otherwise. */
export const DEFAULT_EMBEDDED_PG_DIR = '.data/postgres';

const positiveInt = z.coerce.number().int().positive();

export const stackEnv = z.object({
  /** Use this PostgreSQL instead of the embedded one. */
  DATABASE_URL: z.preprocess((value) => (value === '' ? undefined : value), postgresUrl.optional()),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: port(54320),
  /** Folder of the embedded PostgreSQL's data; it survives restarts. */
  EMBEDDED_PG_DIR: z.string().default(DEFAULT_EMBEDDED_PG_DIR),
  GATEWAY_PORT: port(4000),
  BANK_SYNC_PORT: port(4001),
  PAYMENT_PORT: port(4002),
  WORKFLOW_PORT: port(4003),
  /** Customers in the demo data, loaded once into an empty database. 0 loads none. */
  DEMO_CUSTOMERS: z.coerce.number().int().min(0).default(2000),
  DEMO_SEED: positiveInt.default(1),
});

export type StackEnv = z.infer<typeof stackEnv>;
export const readStackEnv = () => parseEnv(stackEnv);

/** The embedded stack's dev keys (@collexis/identity's ensureDevKeys) live beside its PostgreSQL data. */
export const devKeysDir = (env: Pick<StackEnv, 'EMBEDDED_PG_DIR'>) =>
  join(dirname(resolve(env.EMBEDDED_PG_DIR)), 'keys');

/** The passwords of the domain roles the services connect as (scripts/role-passwords.ts), beside the data. */
export const rolePasswordsFile = (env: Pick<StackEnv, 'EMBEDDED_PG_DIR'>) =>
  join(dirname(resolve(env.EMBEDDED_PG_DIR)), 'roles.json');
