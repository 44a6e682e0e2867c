/**
 * Each domain's service connects as a login role of its own that may use only its domain's schema; the owner
 * (who runs the migrations) grants it that much and nothing more. See docs/decisions/0022-database-roles.md.
 */
import pg from 'pg';
import { MIGRATIONS_TABLE } from './migrate';

/** What a domain's service may touch in the database, and as whom it connects. */
export interface DomainRole {
  /** The domain's schema: the only one the role may use. */
  schema: string;
  /** The login role the domain's service connects as. */
  role: string;
}

export interface GrantDomainRoleOptions extends DomainRole {
  /**
   * Creates the role with this password when it does not exist yet. Omitted, the role must exist already
   * (created by whoever runs the database) and its password is left alone.
   */
  password?: string;
  /**
   * Leaves the password of a role that already exists as it is, instead of setting it to `password`. Roles are
   * shared by every database of a server, and PostgreSQL fails one of two concurrent password changes of a
   * role ("tuple concurrently updated"): the test databases of one run keep the password the first one set.
   * @default false
   */
  keepExistingPassword?: boolean;
}

const DUPLICATE_OBJECT = '42710';
/** Two sessions creating one role at the same moment: the loser trips over pg_authid's unique index. */
const UNIQUE_VIOLATION = '23505';

const hasCode = (error: unknown, ...codes: string[]) =>
  error instanceof Error && 'code' in error && codes.includes(String(error.code));

async function roleExists(admin: pg.Client, role: string): Promise<boolean> {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  return rowCount === 1;
}

/** Creates the login role, or (unless kept) sets the password of the one that exists. */
async function ensureLoginRole(admin: pg.Client, role: string, password: string, keepExisting: boolean) {
  const name = pg.escapeIdentifier(role);
  const secret = pg.escapeLiteral(password);
  if (await roleExists(admin, role)) {
    if (!keepExisting) await admin.query(`ALTER ROLE ${name} WITH LOGIN PASSWORD ${secret}`);
    return;
  }
  try {
    await admin.query(
      `CREATE ROLE ${name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${secret}`,
    );
  } catch (error) {
    if (!hasCode(error, DUPLICATE_OBJECT, UNIQUE_VIOLATION)) throw error;
  }
}

/** A role an operator created may be anything: refuse to hand a service one that passes every check. */
async function requireUnprivileged(admin: pg.Client, role: string): Promise<void> {
  const { rows } = await admin.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
    [role],
  );
  const [found] = rows;
  if (!found) {
    throw new Error(
      `database role ${role} does not exist: create it with LOGIN and a password, or give its password to create it`,
    );
  }
  if (found.rolsuper || found.rolbypassrls) {
    throw new Error(`database role ${role} is a superuser or bypasses row security; a service must not be`);
  }
}

/**
 * PostgreSQL before 15 lets every role create tables in `public`; a domain role must not create tables
 * anywhere. Revoked only when the role has it, so an owner that does not own `public` can run this on 15+.
 */
async function revokePublicCreate(admin: pg.Client, role: string): Promise<void> {
  const { rowCount } = await admin.query(
    `SELECT 1 FROM pg_namespace WHERE nspname = 'public' AND has_schema_privilege($1, oid, 'CREATE')`,
    [role],
  );
  if (rowCount) await admin.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
}

/**
 * Gives the domain's login role the use of its own schema and nothing else: USAGE on the schema; SELECT,
 * INSERT, UPDATE and DELETE on its tables; USAGE, SELECT and UPDATE on its sequences; the same by default on
 * what later migrations create there. No DDL, no other schema, and only SELECT on the migrations table
 * (readiness reads which migrations are applied). Run it on the
 * database at `ownerUrl` as the schema's owner (who ran the migrations) after migrating; it is safe to rerun.
 */
export async function grantDomainRole(ownerUrl: string, options: GrantDomainRoleOptions): Promise<void> {
  const admin = new pg.Client({ connectionString: ownerUrl, application_name: 'grant-domain-role' });
  await admin.connect();
  try {
    await grantOn(admin, options);
  } finally {
    await admin.end();
  }
}

async function grantOn(admin: pg.Client, options: GrantDomainRoleOptions): Promise<void> {
  const { schema, role } = options;
  if (options.password !== undefined) {
    await ensureLoginRole(admin, role, options.password, options.keepExistingPassword ?? false);
  }
  await requireUnprivileged(admin, role);
  const to = pg.escapeIdentifier(role);
  const inSchema = pg.escapeIdentifier(schema);
  const migrationsTable = `${inSchema}.${pg.escapeIdentifier(MIGRATIONS_TABLE)}`;
  const migrationsSequence = `${inSchema}.${pg.escapeIdentifier(`${MIGRATIONS_TABLE}_id_seq`)}`;
  await admin.query('BEGIN');
  try {
    await revokePublicCreate(admin, role);
    await admin.query(`GRANT USAGE ON SCHEMA ${inSchema} TO ${to}`);
    await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${inSchema} TO ${to}`);
    await admin.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${inSchema} TO ${to}`);
    // The services never migrate; the grants above reached the migrations table too. They only read which
    // migrations are applied (readiness: migrations current).
    await admin.query(`REVOKE ALL ON TABLE ${migrationsTable} FROM ${to}`);
    await admin.query(`GRANT SELECT ON TABLE ${migrationsTable} TO ${to}`);
    await admin.query(`REVOKE ALL ON SEQUENCE ${migrationsSequence} FROM ${to}`);
    await admin.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${inSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${to}`,
    );
    await admin.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${inSchema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${to}`,
    );
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK');
    throw error;
  }
}

/** `url` with the role's name and password in place of its own: where the domain's service connects. */
export function roleDatabaseUrl(url: string, role: string, password: string): string {
  const withRole = new URL(url);
  withRole.username = encodeURIComponent(role);
  withRole.password = encodeURIComponent(password);
  return withRole.toString();
}

/**
 * Refuses to serve a domain over a connection that may do more than its role: a superuser, a role that
 * bypasses row security, or one that may create in the domain's schema (its owner). A service calls it as it
 * starts, so a `DATABASE_URL` of the owner's fails at once instead of quietly lifting the schema boundary.
 */
export async function requireDomainRole(pool: pg.Pool, schema: string): Promise<void> {
  const { rows } = await pool.query<{ role: string; privileged: boolean; creates: boolean }>(
    `SELECT rolname AS role, rolsuper OR rolbypassrls AS privileged,
            EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1 AND has_schema_privilege(oid, 'CREATE')) AS creates
       FROM pg_roles WHERE rolname = current_user`,
    [schema],
  );
  const [session] = rows;
  if (!session || (!session.privileged && !session.creates)) return;
  const what = session.privileged ? 'is a superuser or bypasses row security' : `may create in ${schema}`;
  throw new Error(
    `the database role ${session.role} ${what}: a service connects as its domain's role ` +
      '(docs/decisions/0022-database-roles.md)',
  );
}
