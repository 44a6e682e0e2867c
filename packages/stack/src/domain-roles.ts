import { randomBytes } from 'node:crypto';
import { grantDomainRole, roleDatabaseUrl } from '@collexis/platform/db';
import { type DomainName, domainNames, domains } from './domains';

/** A value per domain: each domain role's password, or the URL each domain's service connects with. */
export type PerDomain<T> = Record<DomainName, T>;

/** The login role each domain's service connects as (`collexis_bank_sync`, ...). */
export const domainRoles: PerDomain<string> = {
  'bank-sync': domains['bank-sync'].migrations.role,
  payment: domains.payment.migrations.role,
  workflow: domains.workflow.migrations.role,
};

export interface GrantDomainRolesOptions {
  /** The roles to create with these passwords when missing; a domain left out needs its role to exist. */
  passwords?: Partial<PerDomain<string>>;
  /**
   * Leaves the password of a role that exists as it is (see `grantDomainRole`): for databases that share a
   * server with others being set up at the same moment, as test databases do. @default false
   */
  keepExistingPasswords?: boolean;
}

/**
 * Gives each domain's role the use of its own schema only, on the database at `ownerUrl` (connected as the
 * owner of the schemas, after `migrateAll`). Safe to rerun, and on several databases of one server.
 */
export async function grantDomainRoles(
  ownerUrl: string,
  options: GrantDomainRolesOptions = {},
): Promise<void> {
  for (const name of domainNames) {
    await grantDomainRole(ownerUrl, {
      schema: domains[name].migrations.schema,
      role: domainRoles[name],
      password: options.passwords?.[name],
      keepExistingPassword: options.keepExistingPasswords,
    });
  }
}

/** A fresh random password for each domain's role (32 URL-safe characters). */
export function generateRolePasswords(): PerDomain<string> {
  const password = () => randomBytes(24).toString('base64url');
  return { 'bank-sync': password(), payment: password(), workflow: password() };
}

/** The URL each domain's service connects with: `ownerUrl`'s server and database, as the domain's role. */
export function domainDatabaseUrls(ownerUrl: string, passwords: PerDomain<string>): PerDomain<string> {
  const urlOf = (name: DomainName) => roleDatabaseUrl(ownerUrl, domainRoles[name], passwords[name]);
  return { 'bank-sync': urlOf('bank-sync'), payment: urlOf('payment'), workflow: urlOf('workflow') };
}
