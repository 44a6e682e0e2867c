/** Vietnamese street addresses in a place: house, lane or alley on a real street, sometimes a flat. */
import type { Place } from './place-table';
import type { Rng } from './prng';

const STREETS = [
  'Le Loi',
  'Tran Hung Dao',
  'Nguyen Hue',
  'Hai Ba Trung',
  'Le Duan',
  'Nguyen Trai',
  'Ly Thuong Kiet',
  'Tran Phu',
  'Hung Vuong',
  'Quang Trung',
  'Phan Chu Trinh',
  'Dien Bien Phu',
  'Vo Van Kiet',
  'Nguyen Van Linh',
  'Le Thanh Ton',
  'Pham Van Dong',
  'Cach Mang Thang Tam',
  'Nguyen Thi Minh Khai',
  'Ba Trieu',
  'Hoang Dieu',
  'Nguyen Du',
  'Ton Duc Thang',
  'Vo Thi Sau',
  'Le Hong Phong',
  'Phan Dinh Phung',
  'Tran Quang Khai',
] as const;

const BUILDINGS = ['Vinhomes', 'Sunrise', 'Golden Palace', 'Masteri', 'Hoang Anh', 'Times City', 'An Phu'];

export interface StreetAddress {
  line1: string;
  line2: string | null;
  district: string;
  city: string;
  state: string;
  place: Place;
}

export function randomStreetAddress(rng: Rng, place: Place): StreetAddress {
  const street = rng.pick(STREETS);
  const house = rng.int(1, 399);
  const line1 = rng.chance(0.35)
    ? `So ${house}, Ngo ${rng.int(2, 199)} ${street}`
    : rng.chance(0.3)
      ? `${house}/${rng.int(1, 40)} ${street}`
      : `${house} ${street}`;
  const line2 = rng.chance(0.25)
    ? `Can ho ${rng.int(1, 35)}${String(rng.int(1, 20)).padStart(2, '0')}, Toa ${rng.pick(BUILDINGS)}`
    : rng.chance(0.2)
      ? `To dan pho ${rng.int(1, 25)}`
      : null;
  return { line1, line2, district: rng.pick(place.districts), city: place.city, state: place.state, place };
}

/** One line, as written on a letter or a collateral record. */
export function formatStreetAddress(address: StreetAddress): string {
  const head = address.line2 ? `${address.line2}, ${address.line1}` : address.line1;
  return `${head}, ${address.district}, ${address.city}`;
}
