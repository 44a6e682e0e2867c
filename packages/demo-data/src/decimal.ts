/**
 * DECIMAL columns are strings with exactly the column's scale. All amounts are computed as integers of
 * the smallest unit (1/100 of a currency unit, 1e-4 percent, 1e-8 degree) and only formatted here, so
 * no float artefact can reach a row.
 */

const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000'];

/** Formats an integer count of 10^-scale units (scale 0-8): formatScaled(125000, 4) === '12.5000'. */
export function formatScaled(units: number, scale: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`not a safe integer: ${units}`);
  const power = POWERS[scale];
  if (power === undefined) throw new RangeError(`unsupported scale ${scale}`);
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / power);
  const fraction = String(magnitude - whole * power);
  const padding = ZEROS[scale - fraction.length] ?? '';
  return `${units < 0 ? '-' : ''}${whole}.${padding}${fraction}`;
}

/** Money columns are DECIMAL(18,2); amounts are held in cents (1/100 of the currency unit). */
export function money(cents: number): string {
  return formatScaled(cents, 2);
}

/** Cents of a whole amount of currency units. */
export function cents(units: number): number {
  return Math.round(units * 100);
}

/** Rounds cents to a multiple of `step` cents (half up). */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Rounds cents up to a multiple of `step` cents. */
export function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** '1250000.00' → '1,250,000' for notes people read. */
export function groupThousands(cents: number): string {
  return Math.round(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
