const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,8}))?$/;
const SCALE = 8;

/** A decimal string as an integer count of 10^-8 units, so amounts compare exactly ("100.5" equals "100.50"). */
export function scaledDecimal(value: string): bigint {
  const match = DECIMAL.exec(value);
  if (!match) throw new Error(`not a decimal: ${JSON.stringify(value)}`);
  const [, sign, integer = '0', fraction = ''] = match;
  const units = BigInt(integer + fraction.padEnd(SCALE, '0'));
  return sign === '-' ? -units : units;
}

export function sameDecimal(a: string, b: string): boolean {
  return scaledDecimal(a) === scaledDecimal(b);
}
