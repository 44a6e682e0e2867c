/**
 * Collaterals and their links to loans: a vehicle for an auto loan, a property for a mortgage, sometimes
 * a property behind a business loan or overdraft. At most two collaterals per customer; further secured
 * loans share one (cross-collateralisation), every link is a loan of the same customer.
 */

import { formatStreetAddress, randomStreetAddress } from './addresses';
import { formatDay, localInstant, yearOf } from './dates';
import { money, roundTo } from './decimal';
import { collateralNumberOf } from './keys';
import type { LoanPlan } from './loan-plan';
import { randomPlace } from './places';
import { type Rng, weighted } from './prng';
import type { CustomerProfile } from './profile';
import type { CollateralRow, LoanCollateralRow, SynchronizedColumns } from './rows';
import type { CollateralType, PropertyType } from './vocabulary';

const MAX_COLLATERALS = 2;
/** Collateral values are kept in VND; USD loans are converted at this rate. */
const VND_PER_USD = 25_000;

const CARS: readonly (readonly [string, readonly string[]])[] = [
  ['Toyota', ['Vios', 'Corolla Cross', 'Fortuner', 'Innova', 'Camry']],
  ['Hyundai', ['Accent', 'Tucson', 'Santa Fe', 'Creta', 'Grand i10']],
  ['Kia', ['Morning', 'Seltos', 'Sonet', 'Carnival', 'K3']],
  ['Mazda', ['CX-5', 'Mazda3', 'CX-8']],
  ['Ford', ['Ranger', 'Everest', 'Territory']],
  ['Honda', ['City', 'CR-V', 'Civic', 'HR-V']],
  ['Mitsubishi', ['Xpander', 'Attrage', 'Outlander']],
  ['VinFast', ['VF 5', 'VF 6', 'VF 8', 'Lux A2.0']],
];
const TRUCKS: readonly (readonly [string, readonly string[]])[] = [
  ['Hino', ['300 Series', '500 Series']],
  ['Isuzu', ['QKR', 'NPR', 'FVR']],
  ['Thaco', ['Ollin', 'Frontier', 'Auman']],
  ['Ford', ['Transit', 'Ranger']],
];
const COLOURS = ['white', 'black', 'silver', 'grey', 'red', 'blue'] as const;
const VIN_CHARACTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

const HOME_PROPERTY = weighted<PropertyType>([
  ['APARTMENT', 45],
  ['HOUSE', 35],
  ['LAND', 15],
  ['COMMERCIAL', 5],
]);
const BUSINESS_PROPERTY = weighted<PropertyType>([
  ['COMMERCIAL', 50],
  ['LAND', 30],
  ['HOUSE', 20],
]);
const PROPERTY_SIZE: Record<PropertyType, readonly [number, number]> = {
  APARTMENT: [45, 150],
  HOUSE: [40, 250],
  LAND: [100, 3000],
  COMMERCIAL: [80, 1500],
};
const PROPERTY_LABEL: Record<PropertyType, string> = {
  APARTMENT: 'Apartment',
  HOUSE: 'House',
  LAND: 'Land plot',
  COMMERCIAL: 'Commercial premises',
};

/** Which collateral a loan calls for, if any. */
function securityFor(rng: Rng, plan: LoanPlan, profile: CustomerProfile): CollateralType | null {
  switch (plan.product) {
    case 'AUTO_LOAN':
      return 'VEHICLE';
    case 'MORTGAGE':
      return 'PROPERTY';
    case 'BUSINESS_LOAN':
      return rng.chance(0.2) ? 'PROPERTY' : null;
    case 'OVERDRAFT':
      return profile.type === 'ORGANIZATION' && rng.chance(0.2) ? 'PROPERTY' : null;
    case 'PERSONAL_LOAN':
      return rng.chance(0.03) ? 'PROPERTY' : null;
    default:
      return null;
  }
}

function vndValue(plan: LoanPlan, loanToValue: number): number {
  const principal = plan.currency === 'USD' ? plan.originalAmount * VND_PER_USD : plan.originalAmount;
  return roundTo(principal / loanToValue, 100_000_000);
}

/** Valued before disbursement, sometimes revalued since (never after the loan closed). */
function valuationDay(rng: Rng, plan: LoanPlan, today: number): number {
  const latest = plan.closed ? plan.closed.date : today - 1;
  if (rng.chance(0.3)) return Math.max(plan.disbursement, latest - rng.int(10, 365));
  return plan.disbursement - rng.int(3, 30);
}

type Details = Omit<CollateralRow, keyof SynchronizedColumns | 'collateralNumber' | 'cif' | 'valuationDate'>;

function vehicle(rng: Rng, plan: LoanPlan, profile: CustomerProfile): Details {
  const [make, models] = rng.pick(profile.type === 'ORGANIZATION' && rng.chance(0.5) ? TRUCKS : CARS);
  const model = rng.pick(models);
  const year = yearOf(plan.disbursement) - rng.int(0, 2);
  let vin = '';
  for (let i = 0; i < 17; i++) vin += VIN_CHARACTERS[rng.int(0, VIN_CHARACTERS.length - 1)];
  const plate = `${rng.pick(profile.place.plateCodes)}${rng.pick(['A', 'C', 'D', 'H', 'K'])}-${rng.digits(3)}.${rng.digits(2)}`;
  return {
    type: 'VEHICLE',
    description: `${make} ${model} ${year}, ${rng.pick(COLOURS)}`,
    value: money(vndValue(plan, rng.real(0.6, 0.85))),
    make,
    model,
    year,
    vin,
    licensePlate: plate,
    propertyType: null,
    address: null,
    size: null,
    titleNumber: null,
  };
}

function property(rng: Rng, plan: LoanPlan, profile: CustomerProfile): Details {
  const propertyType = rng.draw(plan.product === 'MORTGAGE' ? HOME_PROPERTY : BUSINESS_PROPERTY);
  const [low, high] = PROPERTY_SIZE[propertyType];
  const size = rng.int(low * 100, high * 100);
  const where = randomStreetAddress(rng, rng.chance(0.8) ? profile.place : randomPlace(rng));
  return {
    type: 'PROPERTY',
    description: `${PROPERTY_LABEL[propertyType]} of ${money(size)} m2 in ${where.district}, ${where.city}`,
    value: money(vndValue(plan, rng.real(0.45, 0.75))),
    make: null,
    model: null,
    year: null,
    vin: null,
    licensePlate: null,
    propertyType,
    address: formatStreetAddress(where),
    size: money(size),
    titleNumber: `${rng.pick(['CS', 'CT', 'DA', 'DB', 'DC', 'BX'])} ${rng.digits(6)}`,
  };
}

export function collateralRows(
  rng: Rng,
  profile: CustomerProfile,
  plans: readonly LoanPlan[],
  today: number,
  sync: Date,
): { collaterals: CollateralRow[]; loanCollaterals: LoanCollateralRow[] } {
  const collaterals: CollateralRow[] = [];
  const loanCollaterals: LoanCollateralRow[] = [];
  const link = (plan: LoanPlan, collateral: CollateralRow) => {
    const createdAt = localInstant(plan.disbursement, rng.int(8 * 60, 17 * 60));
    loanCollaterals.push({
      id: rng.uuid(),
      loanAccountNumber: plan.accountNumber,
      collateralNumber: collateral.collateralNumber,
      createdAt,
      updatedAt: createdAt,
      sourceSystem: 'T24',
    });
  };
  for (const plan of plans) {
    const type = securityFor(rng, plan, profile);
    if (type === null) continue;
    if (collaterals.length >= MAX_COLLATERALS) {
      const shared = collaterals.find((collateral) => collateral.type === type) ?? collaterals[0];
      if (shared) link(plan, shared);
      continue;
    }
    const createdAt = localInstant(plan.disbursement - rng.int(1, 5), rng.int(8 * 60, 17 * 60));
    const valuationDate = formatDay(valuationDay(rng, plan, today));
    const asset = type === 'VEHICLE' ? vehicle(rng, plan, profile) : property(rng, plan, profile);
    const collateral: CollateralRow = {
      id: rng.uuid(),
      sourceSystem: 'T24',
      createdBy: 'T24_SYNC',
      updatedBy: 'T24_SYNC',
      createdAt,
      updatedAt: createdAt,
      isEditable: false,
      lastSyncedAt: sync,
      collateralNumber: collateralNumberOf(profile.index, collaterals.length),
      cif: profile.cif,
      type: asset.type,
      description: asset.description,
      value: asset.value,
      valuationDate,
      make: asset.make,
      model: asset.model,
      year: asset.year,
      vin: asset.vin,
      licensePlate: asset.licensePlate,
      propertyType: asset.propertyType,
      address: asset.address,
      size: asset.size,
      titleNumber: asset.titleNumber,
    };
    collaterals.push(collateral);
    link(plan, collateral);
  }
  const home = collaterals.find((collateral) => collateral.type === 'PROPERTY');
  const overdraft = plans.find((plan) => plan.product === 'OVERDRAFT');
  const linked = new Set(loanCollaterals.map((row) => `${row.loanAccountNumber} ${row.collateralNumber}`));
  if (
    home &&
    overdraft &&
    !linked.has(`${overdraft.accountNumber} ${home.collateralNumber}`) &&
    rng.chance(0.25)
  ) {
    link(overdraft, home);
  }
  return { collaterals, loanCollaterals };
}
