import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc, desc } from 'drizzle-orm';
import { addresses, emails, phones } from '../db';
import type { AddressRow, BankSyncQueryRunner, EmailRow, PhoneRow } from '../db/database';

const prepared = oncePerDatabase((db: BankSyncQueryRunner) => ({
  phones: db
    .select()
    .from(phones)
    .where(equalsAny(phones.cif, 'cifs'))
    .orderBy(asc(phones.cif), desc(phones.isPrimary), asc(phones.type))
    .prepare('bank_sync_phones_by_cifs'),
  addresses: db
    .select()
    .from(addresses)
    .where(equalsAny(addresses.cif, 'cifs'))
    .orderBy(asc(addresses.cif), desc(addresses.isPrimary), asc(addresses.type))
    .prepare('bank_sync_addresses_by_cifs'),
  emails: db
    .select()
    .from(emails)
    .where(equalsAny(emails.cif, 'cifs'))
    .orderBy(asc(emails.cif), desc(emails.isPrimary), asc(emails.address))
    .prepare('bank_sync_emails_by_cifs'),
}));

/** Phones of the customers, each customer's primary phone first, then by type. */
export function findPhonesByCifs(db: BankSyncQueryRunner, cifs: readonly string[]): Promise<PhoneRow[]> {
  return prepared(db).phones.execute({ cifs });
}

/** Addresses of the customers, each customer's primary address first, then by type. */
export function findAddressesByCifs(db: BankSyncQueryRunner, cifs: readonly string[]): Promise<AddressRow[]> {
  return prepared(db).addresses.execute({ cifs });
}

/** Emails of the customers, each customer's primary email first, then by address. */
export function findEmailsByCifs(db: BankSyncQueryRunner, cifs: readonly string[]): Promise<EmailRow[]> {
  return prepared(db).emails.execute({ cifs });
}
