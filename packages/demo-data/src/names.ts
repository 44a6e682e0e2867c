/**
 * Vietnamese people and companies. Names are written without diacritics, the way T24 and W4 hold them
 * (and the way they appear in e-mail addresses); the family name comes first.
 */
import { type Rng, weighted } from './prng';
import type { Gender } from './vocabulary';

/** Family names weighted roughly by their share of the population. */
const FAMILY_NAMES = weighted<string>([
  ['Nguyen', 38],
  ['Tran', 11],
  ['Le', 9.5],
  ['Pham', 7],
  ['Hoang', 5],
  ['Huynh', 4],
  ['Phan', 4.5],
  ['Vu', 4],
  ['Vo', 3],
  ['Dang', 2],
  ['Bui', 2],
  ['Do', 1.5],
  ['Ho', 1.3],
  ['Ngo', 1.3],
  ['Duong', 1],
  ['Dinh', 1],
  ['Truong', 1],
  ['Ly', 0.5],
  ['Mai', 0.5],
  ['Cao', 0.5],
  ['Lam', 0.5],
  ['Trinh', 0.5],
  ['Ha', 0.5],
  ['Ta', 0.3],
]);

const MIDDLE_NAMES: Record<Gender, readonly string[]> = {
  MALE: [
    'Van',
    'Van',
    'Van',
    'Duc',
    'Minh',
    'Quoc',
    'Huu',
    'Thanh',
    'Cong',
    'Dinh',
    'Xuan',
    'Hoang',
    'Tuan',
    'Ngoc',
  ],
  FEMALE: ['Thi', 'Thi', 'Thi', 'Ngoc', 'Thu', 'Thanh', 'Minh', 'Thuy', 'Kim', 'Bao', 'Phuong', 'Hoai', 'My'],
};

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  MALE: [
    'An',
    'Anh',
    'Bao',
    'Binh',
    'Cuong',
    'Dung',
    'Duc',
    'Dat',
    'Hai',
    'Hieu',
    'Hoang',
    'Hung',
    'Huy',
    'Khang',
    'Khoa',
    'Kien',
    'Long',
    'Minh',
    'Nam',
    'Nghia',
    'Phong',
    'Phuc',
    'Quang',
    'Quan',
    'Son',
    'Tai',
    'Thang',
    'Thanh',
    'Thinh',
    'Trung',
    'Tuan',
    'Tung',
    'Viet',
    'Vinh',
    'Hao',
    'Loc',
    'Toan',
    'Duy',
    'Khanh',
    'Lam',
  ],
  FEMALE: [
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Ha',
    'Hang',
    'Hanh',
    'Hien',
    'Hoa',
    'Hong',
    'Huong',
    'Huyen',
    'Lan',
    'Lien',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngan',
    'Ngoc',
    'Nhung',
    'Oanh',
    'Phuong',
    'Quynh',
    'Tam',
    'Thao',
    'Thu',
    'Thuy',
    'Trang',
    'Trinh',
    'Uyen',
    'Van',
    'Vy',
    'Xuan',
    'Yen',
    'Diep',
    'Khue',
    'Nhi',
    'Tien',
  ],
};

export interface Person {
  family: string;
  middle: string;
  given: string;
  gender: Gender;
}

export function fullName(person: Person): string {
  return `${person.family} ${person.middle} ${person.given}`;
}

export function randomPerson(rng: Rng, gender: Gender = rng.chance(0.5) ? 'MALE' : 'FEMALE'): Person {
  return {
    family: rng.draw(FAMILY_NAMES),
    middle: rng.pick(MIDDLE_NAMES[gender]),
    given: rng.pick(GIVEN_NAMES[gender]),
    gender,
  };
}

/** A relative sharing the family name (father, brother, sister). */
export function relativeOf(rng: Rng, person: Person, gender: Gender): Person {
  const relative = randomPerson(rng, gender);
  relative.family = person.family;
  return relative;
}

const LEGAL_FORMS = weighted<string>([
  ['Cong ty TNHH', 45],
  ['Cong ty Co phan', 30],
  ['Cong ty TNHH MTV', 18],
  ['Doanh nghiep Tu nhan', 7],
]);

const SECTORS = [
  'Thuong mai',
  'Thuong mai Dich vu',
  'Xay dung',
  'Van tai',
  'San xuat',
  'Dau tu',
  'Cong nghe',
  'Thuc pham',
  'Det may',
  'Logistics',
  'Nong san',
  'Thiet bi Y te',
  'Noi that',
  'Du lich',
  'Vat lieu Xay dung',
  'Xuat nhap khau',
] as const;

const BRAND_FIRST = [
  'Hoang',
  'Minh',
  'An',
  'Thanh',
  'Phu',
  'Viet',
  'Sao',
  'Hung',
  'Dai',
  'Tan',
  'Kim',
  'Hai',
  'Nam',
  'Bac',
  'Dong',
  'Truong',
  'Gia',
  'Phuc',
  'Thien',
  'Quang',
  'Hoa',
  'Tien',
  'Bao',
  'Duc',
] as const;

const BRAND_SECOND = [
  'Phat',
  'Long',
  'Khang',
  'Cong',
  'Thai',
  'Tien',
  'Mai',
  'Thinh',
  'Hiep',
  'Loc',
  'Hung',
  'Anh',
  'Vinh',
  'Phong',
  'Son',
  'Nguyen',
  'Dat',
  'Huy',
  'Lam',
  'Tin',
] as const;

export interface Company {
  name: string;
  /** Lower-case brand without spaces, for domain names: 'hoangphat'. */
  slug: string;
}

export function randomCompany(rng: Rng): Company {
  const first = rng.pick(BRAND_FIRST);
  let second = rng.pick(BRAND_SECOND);
  if (second === first) second = 'Phat';
  const brand = `${first} ${second}`;
  return {
    name: `${rng.draw(LEGAL_FORMS)} ${rng.pick(SECTORS)} ${brand}`,
    slug: `${first}${second}`.toLowerCase(),
  };
}

const PERSONAL_MAIL_DOMAINS = weighted<string>([
  ['gmail.com', 70],
  ['yahoo.com', 10],
  ['outlook.com', 8],
  ['icloud.com', 5],
  ['fpt.vn', 4],
  ['vnn.vn', 3],
]);

/** Two different shapes, so a customer's two addresses never coincide. */
export function personalEmails(rng: Rng, person: Person, birthYear: number): [string, string] {
  const given = person.given.toLowerCase();
  const family = person.family.toLowerCase();
  const middle = person.middle.toLowerCase();
  const first = `${given}.${family}${String(birthYear % 100).padStart(2, '0')}@${rng.draw(PERSONAL_MAIL_DOMAINS)}`;
  const second = `${family}${middle}${given}${rng.int(1, 999)}@${rng.pick(['yahoo.com', 'outlook.com', 'hotmail.com'])}`;
  return [first, second];
}

export function companyEmails(company: Company): [string, string] {
  return [`contact@${company.slug}.com.vn`, `ketoan@${company.slug}.com.vn`];
}
