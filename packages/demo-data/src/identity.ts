/**
 * Vietnamese identity numbers. A citizen id (CCCD) is 12 digits: the province of registration (3), a
 * digit for century and gender, the year of birth (2) and 6 serial digits. An enterprise code is 10 digits
 * and doubles as the tax code. Customers' serials are a permutation of their index, so no two customers
 * share one (up to a million customers for citizen ids, ten million for enterprise codes).
 */
import { yearOf } from './dates';
import type { Place } from './place-table';
import type { Rng } from './prng';
import type { Gender } from './vocabulary';

/** i ↦ (i·a + b) mod m is a bijection when a is coprime with m (a is odd and not a multiple of 5). */
function permute(index: number, modulus: number, multiplier: number): number {
  return ((((index % modulus) * multiplier + 104_729) % modulus) + modulus) % modulus;
}

function centuryGenderDigit(birthYear: number, gender: Gender): string {
  const century = birthYear >= 2000 ? 2 : 0;
  return String(century + (gender === 'FEMALE' ? 1 : 0));
}

function citizenIdPrefix(place: Place, birthDay: number, gender: Gender): string {
  const year = yearOf(birthDay);
  return `${place.idCode}${centuryGenderDigit(year, gender)}${String(year % 100).padStart(2, '0')}`;
}

export function customerCitizenId(
  place: Place,
  birthDay: number,
  gender: Gender,
  customerIndex: number,
): string {
  const serial = permute(customerIndex, 1_000_000, 738_457);
  return citizenIdPrefix(place, birthDay, gender) + String(serial).padStart(6, '0');
}

export function randomCitizenId(rng: Rng, place: Place, birthDay: number, gender: Gender): string {
  return citizenIdPrefix(place, birthDay, gender) + rng.digits(6);
}

export function customerEnterpriseCode(place: Place, customerIndex: number): string {
  const serial = permute(customerIndex, 10_000_000, 3_846_277);
  return `0${place.idCode.slice(1)}${String(serial).padStart(7, '0')}`;
}

export function randomEnterpriseCode(rng: Rng, place: Place): string {
  return `0${place.idCode.slice(1)}${rng.digits(7)}`;
}
