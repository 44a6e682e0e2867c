/**
 * Who a customer is, decided first because every other part depends on it: individual or organisation,
 * segment, the person (or the company's contact person) and where they live.
 */

import { randomStreetAddress, type StreetAddress } from './addresses';
import { cifOf } from './keys';
import { type Company, type Person, randomCompany, randomPerson } from './names';
import type { Place } from './place-table';
import { randomPlace } from './places';
import type { Rng } from './prng';
import type { CustomerType, Segment } from './vocabulary';

export interface CustomerProfile {
  index: number;
  cif: string;
  type: CustomerType;
  segment: Segment;
  /** The individual, or the organisation's contact person. */
  person: Person;
  company: Company | null;
  place: Place;
  /** Home of an individual, registered office of an organisation; the primary address. */
  primaryAddress: StreetAddress;
}

export const ORGANIZATION_SHARE = 0.15;

export function drawProfile(rng: Rng, index: number): CustomerProfile {
  const type: CustomerType = rng.chance(ORGANIZATION_SHARE) ? 'ORGANIZATION' : 'INDIVIDUAL';
  const segment: Segment =
    type === 'INDIVIDUAL'
      ? rng.chance(0.18)
        ? 'PRIORITY'
        : 'RETAIL'
      : rng.chance(0.22)
        ? 'CORPORATE'
        : 'SME';
  const place = randomPlace(rng);
  return {
    index,
    cif: cifOf(index),
    type,
    segment,
    person: randomPerson(rng),
    company: type === 'ORGANIZATION' ? randomCompany(rng) : null,
    place,
    primaryAddress: randomStreetAddress(rng, place),
  };
}
