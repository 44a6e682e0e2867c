/**
 * The product catalogue: amounts, terms and rates a Vietnamese bank would offer, and which products
 * individuals and organisations hold. Amounts are in currency units; rates in percent per year.
 */
import { type Rng, type WeightedTable, weighted } from './prng';
import type { Currency, CustomerType, ProductType, Segment } from './vocabulary';

export interface ProductSpec {
  /** Principal (or credit limit) range in VND. */
  vnd: readonly [number, number];
  usd: readonly [number, number];
  /** Terms in months (card validity / overdraft facility length for revolving products). */
  terms: readonly number[];
  rate: readonly [number, number];
  /** Credit cards and overdrafts: a limit, a used balance and a minimum payment instead of an annuity. */
  revolving: boolean;
  /** Share of loans repaid quarterly instead of monthly. */
  quarterly: number;
}

export const PRODUCTS: Record<ProductType, ProductSpec> = {
  PERSONAL_LOAN: {
    vnd: [20e6, 500e6],
    usd: [1_000, 20_000],
    terms: [12, 24, 36, 48, 60],
    rate: [10.5, 18.5],
    revolving: false,
    quarterly: 0,
  },
  AUTO_LOAN: {
    vnd: [300e6, 2_000e6],
    usd: [15_000, 80_000],
    terms: [36, 48, 60, 72, 84],
    rate: [7.5, 11.5],
    revolving: false,
    quarterly: 0,
  },
  MORTGAGE: {
    vnd: [800e6, 5_000e6],
    usd: [40_000, 200_000],
    terms: [120, 180, 240, 300],
    rate: [6.5, 10.5],
    revolving: false,
    quarterly: 0,
  },
  BUSINESS_LOAN: {
    vnd: [500e6, 5_000e6],
    usd: [20_000, 200_000],
    terms: [12, 24, 36, 48, 60],
    rate: [7.5, 12.5],
    revolving: false,
    quarterly: 0.3,
  },
  CREDIT_CARD: {
    vnd: [20e6, 300e6],
    usd: [1_000, 10_000],
    terms: [36, 48, 60],
    rate: [24, 36],
    revolving: true,
    quarterly: 0,
  },
  OVERDRAFT: {
    vnd: [50e6, 2_000e6],
    usd: [5_000, 50_000],
    terms: [12, 24, 36],
    rate: [9, 14],
    revolving: true,
    quarterly: 0,
  },
};

const PRODUCT_MIX: Record<CustomerType, WeightedTable<ProductType>> = {
  INDIVIDUAL: weighted<ProductType>([
    ['PERSONAL_LOAN', 36],
    ['CREDIT_CARD', 34],
    ['OVERDRAFT', 14],
    ['AUTO_LOAN', 8],
    ['MORTGAGE', 6],
  ]),
  ORGANIZATION: weighted<ProductType>([
    ['BUSINESS_LOAN', 50],
    ['OVERDRAFT', 27],
    ['CREDIT_CARD', 9],
    ['AUTO_LOAN', 8],
    ['MORTGAGE', 6],
  ]),
};

export function randomProduct(rng: Rng, type: CustomerType): ProductType {
  return rng.draw(PRODUCT_MIX[type]);
}

/** USD lending is for companies and wealthy individuals, never for cards. */
export function randomCurrency(rng: Rng, product: ProductType, segment: Segment): Currency {
  if (product === 'CREDIT_CARD') return 'VND';
  const usdShare =
    segment === 'CORPORATE' ? 0.3 : segment === 'SME' ? 0.12 : segment === 'PRIORITY' ? 0.08 : 0.01;
  return rng.chance(usdShare) ? 'USD' : 'VND';
}

/** Smallest amount step: whole thousand dong, whole cents. */
export function roundingUnit(currency: Currency): number {
  return currency === 'VND' ? 100_000 : 1;
}

/** Late fee per missed due, in cents. */
export function lateFee(currency: Currency): number {
  return currency === 'VND' ? 20_000_000 : 1_000;
}

/**
 * Principal or limit in cents: log-uniform over the product's range (small loans more often), the upper
 * half of it for PRIORITY and CORPORATE customers; whole millions of VND or hundreds of USD.
 */
export function randomPrincipal(rng: Rng, spec: ProductSpec, currency: Currency, segment: Segment): number {
  const [low, high] = currency === 'VND' ? spec.vnd : spec.usd;
  const upper = segment === 'PRIORITY' || segment === 'CORPORATE';
  const from = upper ? Math.sqrt(low * high) : low;
  const step = currency === 'VND' ? 1_000_000 : 100;
  const units = Math.max(low, Math.min(high, Math.round(rng.logUniform(from, high) / step) * step));
  return units * 100;
}

/** Annual rate in 1e-4 percent (DECIMAL(8,4)): quoted in steps of 0.05%. */
export function randomRate(rng: Rng, spec: ProductSpec): number {
  const [low, high] = spec.rate;
  return rng.int(Math.round(low * 20), Math.round(high * 20)) * 500;
}
