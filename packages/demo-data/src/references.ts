/**
 * Related parties of a customer (spouse, guarantor, employer, ...): 0-2 each, never two of the same
 * relationship; people for personal relationships, companies for employers and business partners.
 */
import { formatDay, localInstant } from './dates';
import { randomCitizenId, randomEnterpriseCode } from './identity';
import { refCifOf } from './keys';
import { fullName, type Person, randomCompany, randomPerson, relativeOf } from './names';
import { type Rng, weighted } from './prng';
import type { CustomerProfile } from './profile';
import type { ReferenceCustomerRow } from './rows';
import type { RelationshipType } from './vocabulary';

const REFERENCE_COUNT = weighted([
  [0, 40],
  [1, 40],
  [2, 20],
]);

const INDIVIDUAL_RELATIONSHIPS: readonly RelationshipType[] = [
  'SPOUSE',
  'GUARANTOR',
  'PARENT',
  'SIBLING',
  'EMPLOYER',
];
const ORGANIZATION_RELATIONSHIPS: readonly RelationshipType[] = ['GUARANTOR', 'BUSINESS_PARTNER'];

const YEAR = 365;

/** Related people are adults. */
function relatedPerson(
  rng: Rng,
  relationship: RelationshipType,
  customer: Person,
  birthDay: number | null,
  today: number,
): { person: Person; birthDay: number } {
  const related = relatedPersonAnyAge(rng, relationship, customer, birthDay ?? today - 45 * YEAR, today);
  return { person: related.person, birthDay: Math.min(related.birthDay, today - 18 * YEAR) };
}

function relatedPersonAnyAge(
  rng: Rng,
  relationship: RelationshipType,
  customer: Person,
  own: number,
  today: number,
): { person: Person; birthDay: number } {
  switch (relationship) {
    case 'SPOUSE':
      return {
        person: randomPerson(rng, customer.gender === 'MALE' ? 'FEMALE' : 'MALE'),
        birthDay: own + rng.int(-5 * YEAR, 5 * YEAR),
      };
    case 'PARENT': {
      const father = rng.chance(0.5);
      return {
        person: father ? relativeOf(rng, customer, 'MALE') : randomPerson(rng, 'FEMALE'),
        birthDay: own - rng.int(20 * YEAR, 35 * YEAR),
      };
    }
    case 'SIBLING':
      return {
        person: relativeOf(rng, customer, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
        birthDay: own + rng.int(-8 * YEAR, 8 * YEAR),
      };
    default:
      return { person: randomPerson(rng), birthDay: today - rng.int(25 * YEAR, 65 * YEAR) };
  }
}

type Party = Pick<
  ReferenceCustomerRow,
  'type' | 'name' | 'dateOfBirth' | 'nationalId' | 'gender' | 'companyName' | 'registrationNumber' | 'taxId'
>;

function relatedParty(
  rng: Rng,
  relationship: RelationshipType,
  profile: CustomerProfile,
  birthDay: number | null,
  today: number,
): Party {
  if (relationship === 'EMPLOYER' || relationship === 'BUSINESS_PARTNER') {
    const code = randomEnterpriseCode(rng, profile.place);
    return {
      type: 'ORGANIZATION',
      name: null,
      dateOfBirth: null,
      nationalId: null,
      gender: null,
      companyName: randomCompany(rng).name,
      registrationNumber: code,
      taxId: code,
    };
  }
  const related = relatedPerson(rng, relationship, profile.person, birthDay, today);
  return {
    type: 'INDIVIDUAL',
    name: fullName(related.person),
    dateOfBirth: formatDay(related.birthDay),
    nationalId: randomCitizenId(rng, profile.place, related.birthDay, related.person.gender),
    gender: related.person.gender,
    companyName: null,
    registrationNumber: null,
    taxId: null,
  };
}

export function referenceCustomerRows(
  rng: Rng,
  profile: CustomerProfile,
  birthDay: number | null,
  since: number,
  today: number,
  sync: Date,
): ReferenceCustomerRow[] {
  const pool = [...(profile.type === 'INDIVIDUAL' ? INDIVIDUAL_RELATIONSHIPS : ORGANIZATION_RELATIONSHIPS)];
  const count = Math.min(rng.draw(REFERENCE_COUNT), pool.length);
  const rows: ReferenceCustomerRow[] = [];
  for (let k = 0; k < count; k++) {
    const relationship = pool.splice(rng.int(0, pool.length - 1), 1)[0] ?? 'GUARANTOR';
    const createdAt = localInstant(rng.int(since, today - 1), rng.int(8 * 60, 17 * 60));
    const party = relatedParty(rng, relationship, profile, birthDay, today);
    rows.push({
      id: rng.uuid(),
      sourceSystem: 'T24',
      createdBy: 'T24_SYNC',
      updatedBy: 'T24_SYNC',
      createdAt,
      updatedAt: createdAt,
      isEditable: false,
      lastSyncedAt: sync,
      refCif: refCifOf(profile.index, k),
      primaryCif: profile.cif,
      relationshipType: relationship,
      type: party.type,
      name: party.name,
      dateOfBirth: party.dateOfBirth,
      nationalId: party.nationalId,
      gender: party.gender,
      companyName: party.companyName,
      registrationNumber: party.registrationNumber,
      taxId: party.taxId,
    });
  }
  return rows;
}
