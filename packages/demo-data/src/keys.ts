/**
 * Natural keys. Each is a pure function of the customer index and the row's position within that
 * customer, so keys are unique across the whole universe without any shared counter, whatever the chunk
 * size. Widths hold up to MAX_CUSTOMERS customers, ≤ 10 rows of a kind per customer and < 1,000 payments
 * per loan; every key fits its VARCHAR(20).
 */

/** CIF00000001 has room for 8 digits. */
export const MAX_CUSTOMERS = 99_999_999;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Position of the k-th row (k < 10) of customer i: customer 0's loan 2 is 12. */
const slot = (customerIndex: number, k: number): number => (customerIndex + 1) * 10 + k;

export function cifOf(customerIndex: number): string {
  return `CIF${pad(customerIndex + 1, 8)}`;
}

/** Cards come from W4 as CRD…, every other product from T24 as LN…. */
export function loanAccountNumberOf(customerIndex: number, loanIndex: number, card: boolean): string {
  const position = slot(customerIndex, loanIndex);
  return card ? `CRD${pad(position, 10)}` : `LN${pad(position, 9)}`;
}

export function collateralNumberOf(customerIndex: number, collateralIndex: number): string {
  return `COL${pad(slot(customerIndex, collateralIndex), 10)}`;
}

export function refCifOf(customerIndex: number, referenceIndex: number): string {
  return `REF${pad(slot(customerIndex, referenceIndex), 10)}`;
}

export function paymentReferenceOf(customerIndex: number, loanIndex: number, paymentIndex: number): string {
  if (paymentIndex >= 1000) throw new RangeError('at most 1,000 payments per loan');
  return `PMT${pad(slot(customerIndex, loanIndex) * 1000 + paymentIndex, 12)}`;
}

export function employeeIdOf(agentIndex: number): string {
  return `EMP${pad(agentIndex + 1, 4)}`;
}
