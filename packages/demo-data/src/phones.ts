/** Vietnamese phone numbers: mobiles by operator prefix, landlines by the place's area code. */
import type { Place } from './place-table';
import type { Rng } from './prng';

const MOBILE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '056',
  '058',
] as const;

/** Ten digits, as dialled in Vietnam: 0912345678. */
export function randomMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(7);
}

/** Eleven digits with the area code: 02438123456. */
export function randomLandline(rng: Rng, place: Place): string {
  return place.areaCode + rng.digits(11 - place.areaCode.length);
}
