import { parseEnv, postgresUrl } from '@collexis/platform/env';
import { domainRoles, grantDomainRoles, migrateAll } from '@collexis/stack';
import { z } from 'zod';

const password = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

const migrateEnv = z.object({
  /** The database as the owner of the domains' schemas (never a service's URL). */
  DATABASE_URL: postgresUrl,
  /** When set, the domain's role is created with this password, or given it; unset, the role must exist. */
  DB_PASSWORD_BANK_SYNC: password,
  DB_PASSWORD_PAYMENT: password,
  DB_PASSWORD_WORKFLOW: password,
});

/**
 * Applies every domain's pending migrations to DATABASE_URL, then gives each domain's role the use of its own
 * schema only; safe to run again.
 */
try {
  const env = parseEnv(migrateEnv);
  await migrateAll(env.DATABASE_URL, (line) => console.log(line));
  await grantDomainRoles(env.DATABASE_URL, {
    passwords: {
      'bank-sync': env.DB_PASSWORD_BANK_SYNC,
      payment: env.DB_PASSWORD_PAYMENT,
      workflow: env.DB_PASSWORD_WORKFLOW,
    },
  });
  for (const [name, role] of Object.entries(domainRoles)) console.log(`${name}: connects as ${role}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
