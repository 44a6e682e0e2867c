/**
 * DECIMAL columns are strings with exactly the column's scale. All amounts are computed as integers of
 * the smallest unit (1/100 of a currency unit, 1e-4 percent, 1e-8 degree) and only formatted here, so
 * no float artefact can reach a row.
 */

/** Formats an integer count of 10^-scale units: formatScaled(125000, 4) === '12.5000'. */
export function formatScaled(units: number, scale: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`not a safe integer: ${units}`);
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const cut = digits.length - scale;
  return `${units < 0 ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
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
