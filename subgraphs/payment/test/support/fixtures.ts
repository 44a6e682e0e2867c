import type { PaymentRow } from '../../src/db/database';

/** A recognizable, sortable UUID: fixture n has id ...0000000n (hex). */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const JANUARY_2026 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** A complete payment row: fixture n is paid n hours after 2026-01-01T00:00Z unless overridden. */
export function paymentFixture(n: number, overrides: Partial<PaymentRow> = {}): PaymentRow {
  const paymentDate = new Date(JANUARY_2026 + n * HOUR);
  return {
    id: fixtureId(n),
    referenceNumber: `PAY${String(n).padStart(8, '0')}`,
    loanAccountNumber: 'LN00000001',
    cif: 'CIF0000001',
    amount: `${n}.50`,
    currency: 'VND',
    paymentDate,
    paymentMethod: 'BANK_TRANSFER',
    status: 'COMPLETED',
    statusReason: null,
    sourceSystem: 'T24',
    createdBy: 't24-sync',
    updatedBy: 't24-sync',
    createdAt: paymentDate,
    updatedAt: paymentDate,
    isEditable: false,
    lastSyncedAt: paymentDate,
    ...overrides,
  };
}

/** The order of every payment list: payment date descending, then id descending. */
export function newestFirst(rows: readonly PaymentRow[]): PaymentRow[] {
  return [...rows].sort(
    (a, b) => b.paymentDate.getTime() - a.paymentDate.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

export const referenceNumbers = (rows: readonly { referenceNumber: string }[]) =>
  rows.map((row) => row.referenceNumber);

/** The n-th value of a repeating cycle of values. */
export function cycle<T>(values: readonly [T, ...T[]], n: number): T {
  return values[n % values.length] ?? values[0];
}
