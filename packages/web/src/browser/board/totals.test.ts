import { describe, expect, it } from 'vitest';
import { addDecimal, negateDecimal } from './decimal';
import { type BoardEvent, hourKey, TodaysCollections } from './totals';

const event = (
  type: BoardEvent['type'],
  amount: string,
  paymentDate: string,
  method = 'CASH',
): BoardEvent => ({
  sequence: '1',
  cursor: 'c1',
  type,
  occurredAt: paymentDate,
  amount,
  currency: 'VND',
  payment: { referenceNumber: 'R1', paymentMethod: method, paymentDate, loan: null, customer: null },
});

describe('the board keeps exact totals', () => {
  it('adds decimal strings exactly, at the larger scale', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(addDecimal('1234.50', '0.005')).toBe('1234.505');
    expect(addDecimal('10', '-12.25')).toBe('-2.25');
    expect(addDecimal('99999999999999999999.99', '0.01')).toBe('100000000000000000000.00');
    expect(negateDecimal('-0.50')).toBe('0.50');
  });

  it('counts a payment received today, takes back a reversal, and ignores a failure or another day', () => {
    const day = new TodaysCollections(new Date('2026-01-31T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    day.load(
      [{ key: 'CASH', currency: 'VND', count: 2, amount: '300.00' }],
      [{ key: '2026-01-31T09:00:00.000Z', currency: 'VND', count: 2, amount: '300.00' }],
    );
    expect(day.apply(event('PAYMENT_RECEIVED', '50.25', '2026-01-31T09:30:00Z'))).toBe(true);
    expect(day.apply(event('PAYMENT_FAILED', '7', '2026-01-31T09:30:00Z'))).toBe(false);
    expect(day.apply(event('PAYMENT_RECEIVED', '7', '2026-01-30T23:59:59Z'))).toBe(false);
    expect(day.apply(event('PAYMENT_REVERSED', '100.00', '2026-01-31T10:00:00Z', 'CARD'))).toBe(true);
    expect(day.perCurrency()).toEqual([{ currency: 'VND', count: 2, amount: '250.25' }]);
    expect(day.byHour.get('2026-01-31T09:00:00.000Z')?.get('VND')).toEqual({
      currency: 'VND',
      count: 3,
      amount: '350.25',
    });
    expect(hourKey('2026-01-31T10:59:59.999Z')).toBe('2026-01-31T10:00:00.000Z');
  });
});
