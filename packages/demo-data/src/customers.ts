/**
 * The customer row and its contacts (phones, addresses, e-mails). At most one contact of each phone and
 * address type, never the same e-mail twice, and exactly one primary of each kind when there is any.
 */

import { randomStreetAddress, type StreetAddress } from './addresses';
import { formatDay, later, localInstant, yearOf } from './dates';
import { customerCitizenId, customerEnterpriseCode } from './identity';
import type { LoanPlan } from './loan-plan';
import { companyEmails, fullName, personalEmails } from './names';
import { randomLandline, randomMobile } from './phones';
import type { Rng } from './prng';
import type { CustomerProfile } from './profile';
import type { AddressRow, CustomerRow, EmailRow, PhoneRow } from './rows';
import { type CoreSystem, SYNC_USERS } from './sync';
import type { AddressType, PhoneType } from './vocabulary';

export interface CustomerRows {
  customer: CustomerRow;
  phones: PhoneRow[];
  addresses: AddressRow[];
  emails: EmailRow[];
  /** Epoch day of birth of an individual (null for organisations). */
  birthDay: number | null;
  /** When the customer joined the bank. */
  since: number;
}

interface Stamp {
  source: CoreSystem;
  user: string;
  createdAt: Date;
  since: number;
  today: number;
  sync: Date;
}

/** When a contact was verified, if it was. */
function verifiedAt(rng: Rng, stamp: Stamp, share: number): Date | null {
  if (!rng.chance(share)) return null;
  const day = Math.min(stamp.since + rng.int(0, 90), stamp.today - 1);
  return localInstant(day, rng.int(8 * 60, 18 * 60));
}

function updatedAt(rng: Rng, stamp: Stamp): Date {
  const day = rng.int(stamp.since, stamp.today - 1);
  return later(localInstant(day, rng.int(8 * 60, 18 * 60)), stamp.createdAt);
}

function phones(rng: Rng, profile: CustomerProfile, stamp: Stamp): PhoneRow[] {
  const individual = profile.type === 'INDIVIDUAL';
  const types: PhoneType[] = individual ? ['MOBILE'] : ['WORK'];
  if (individual) {
    if (rng.chance(0.35)) types.push('HOME');
    if (rng.chance(0.35)) types.push('WORK');
  } else if (rng.chance(0.8)) {
    types.push('MOBILE');
  }
  return types.map((type, position) => {
    const verified = verifiedAt(rng, stamp, type === 'MOBILE' ? 0.85 : 0.5);
    return {
      id: rng.uuid(),
      sourceSystem: stamp.source,
      createdBy: stamp.user,
      updatedBy: stamp.user,
      createdAt: stamp.createdAt,
      updatedAt: updatedAt(rng, stamp),
      isEditable: false,
      lastSyncedAt: stamp.sync,
      cif: profile.cif,
      type,
      number: type === 'MOBILE' ? randomMobile(rng) : randomLandline(rng, profile.place),
      isPrimary: position === 0,
      isVerified: verified !== null,
      verificationDate: verified,
    };
  });
}

function addresses(rng: Rng, profile: CustomerProfile, stamp: Stamp): AddressRow[] {
  const individual = profile.type === 'INDIVIDUAL';
  const entries: [AddressType, StreetAddress][] = [[individual ? 'HOME' : 'WORK', profile.primaryAddress]];
  if (rng.chance(individual ? 0.35 : 0.3)) {
    entries.push([individual ? 'WORK' : 'BILLING', randomStreetAddress(rng, profile.place)]);
  }
  return entries.map(([type, address], position) => {
    const verified = verifiedAt(rng, stamp, 0.6);
    return {
      id: rng.uuid(),
      sourceSystem: stamp.source,
      createdBy: stamp.user,
      updatedBy: stamp.user,
      createdAt: stamp.createdAt,
      updatedAt: updatedAt(rng, stamp),
      isEditable: false,
      lastSyncedAt: stamp.sync,
      cif: profile.cif,
      type,
      addressLine1: address.line1,
      addressLine2: address.line2,
      city: address.city,
      state: address.state,
      district: address.district,
      country: 'Vietnam',
      isPrimary: position === 0,
      isVerified: verified !== null,
      verificationDate: verified,
    };
  });
}

function emails(rng: Rng, profile: CustomerProfile, stamp: Stamp, birthDay: number | null): EmailRow[] {
  const roll = rng.float();
  const [none, one] = profile.company ? [0.1, 0.75] : [0.2, 0.8];
  const count = roll < none ? 0 : roll < one ? 1 : 2;
  const candidates = profile.company
    ? companyEmails(profile.company)
    : personalEmails(rng, profile.person, yearOf(birthDay ?? stamp.since));
  return candidates.slice(0, count).map((address, position) => {
    const verified = verifiedAt(rng, stamp, 0.7);
    return {
      id: rng.uuid(),
      sourceSystem: stamp.source,
      createdBy: stamp.user,
      updatedBy: stamp.user,
      createdAt: stamp.createdAt,
      updatedAt: updatedAt(rng, stamp),
      isEditable: false,
      lastSyncedAt: stamp.sync,
      cif: profile.cif,
      address,
      isPrimary: position === 0,
      isVerified: verified !== null,
      verificationDate: verified,
    };
  });
}

/** Individuals are 22-70 and were at least 20 when they became customers. */
function drawBirthDay(rng: Rng, today: number, since: number): number {
  const minimumAge = 20 + Math.ceil((today - since) / 365.25);
  const age = Math.max(minimumAge, rng.int(22, 70));
  return today - Math.round(age * 365.25) - rng.int(0, 364);
}

export function customerRows(
  rng: Rng,
  profile: CustomerProfile,
  loans: readonly LoanPlan[],
  today: number,
  sync: Date,
): CustomerRows {
  const firstLoan = loans.reduce(
    (first, plan) => Math.min(first, plan.disbursement),
    Number.POSITIVE_INFINITY,
  );
  const since = firstLoan - rng.int(0, 400);
  const source: CoreSystem = loans.every((plan) => plan.sourceSystem === 'W4') ? 'W4' : 'T24';
  const stamp: Stamp = {
    source,
    user: SYNC_USERS[source],
    since,
    today,
    sync,
    createdAt: localInstant(since, rng.int(8 * 60, 17 * 60)),
  };
  const allClosed = loans.every((plan) => plan.closed !== null);
  const individual = profile.type === 'INDIVIDUAL';
  const birthDay = individual ? drawBirthDay(rng, today, since) : null;
  const person = profile.person;
  const customer: CustomerRow = {
    id: rng.uuid(),
    sourceSystem: source,
    createdBy: stamp.user,
    updatedBy: stamp.user,
    createdAt: stamp.createdAt,
    updatedAt: updatedAt(rng, stamp),
    isEditable: false,
    lastSyncedAt: sync,
    cif: profile.cif,
    type: profile.type,
    name: individual || rng.chance(0.7) ? fullName(person) : null,
    dateOfBirth: birthDay === null ? null : formatDay(birthDay),
    nationalId:
      birthDay === null ? null : customerCitizenId(profile.place, birthDay, person.gender, profile.index),
    gender: individual ? person.gender : null,
    companyName: profile.company?.name ?? null,
    registrationNumber: individual ? null : customerEnterpriseCode(profile.place, profile.index),
    taxId: individual ? null : customerEnterpriseCode(profile.place, profile.index),
    segment: profile.segment,
    status: allClosed && rng.chance(0.6) ? 'INACTIVE' : 'ACTIVE',
  };
  return {
    customer,
    phones: phones(rng, profile, stamp),
    addresses: addresses(rng, profile, stamp),
    emails: emails(rng, profile, stamp, birthDay),
    birthDay,
    since,
  };
}
