/** Exact arithmetic on DECIMAL(18,2) amounts carried as strings: whole cents in a bigint, never a float. */
const AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): bigint {
  const match = AMOUNT.exec(amount);
  if (!match) throw new Error(`"${amount}" is not an amount with at most 2 decimals`);
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

/** The smaller of two amounts in cents. */
export function minCents(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
