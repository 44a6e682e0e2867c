import { asc, desc, inArray } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { addresses, emails, phones } from '../db';
import type { AddressRow, EmailRow, PhoneRow } from '../models';

/** Phones of the customers, each customer's primary phone first, then by type. */
export function findPhonesByCifs(db: BankSyncDatabase, cifs: readonly string[]): Promise<PhoneRow[]> {
  return db
    .select()
    .from(phones)
    .where(inArray(phones.cif, [...cifs]))
    .orderBy(asc(phones.cif), desc(phones.isPrimary), asc(phones.type));
}

/** Addresses of the customers, each customer's primary address first, then by type. */
export function findAddressesByCifs(db: BankSyncDatabase, cifs: readonly string[]): Promise<AddressRow[]> {
  return db
    .select()
    .from(addresses)
    .where(inArray(addresses.cif, [...cifs]))
    .orderBy(asc(addresses.cif), desc(addresses.isPrimary), asc(addresses.type));
}

/** Emails of the customers, each customer's primary email first, then by address. */
export function findEmailsByCifs(db: BankSyncDatabase, cifs: readonly string[]): Promise<EmailRow[]> {
  return db
    .select()
    .from(emails)
    .where(inArray(emails.cif, [...cifs]))
    .orderBy(asc(emails.cif), desc(emails.isPrimary), asc(emails.address));
}
