/**
 * Exact sums of Decimal strings ("1234.50", "-0.5"): money is never a float. A value is held as a BigInt of
 * units at the larger scale of the two operands.
 */
interface Scaled {
  units: bigint;
  scale: number;
}

function parse(value: string): Scaled {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`not a decimal: ${value}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  return { units: BigInt(`${sign}${whole}${fraction}`), scale: fraction.length };
}

const rescale = (value: Scaled, scale: number) => value.units * 10n ** BigInt(scale - value.scale);

function format({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** a + b, exactly, at the larger scale of the two. */
export function addDecimal(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  return format({ units: rescale(x, scale) + rescale(y, scale), scale });
}

/** -a. */
export function negateDecimal(a: string): string {
  const x = parse(a);
  return format({ units: -x.units, scale: x.scale });
}

/** For charts only (an axis needs numbers); totals stay strings. */
export const decimalToNumber = (value: string) => Number(value);
