import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from '../src/events/money';

describe('exact amounts', () => {
  it('round-trips DECIMAL(18,2) strings through whole cents', () => {
    for (const amount of ['0.00', '0.01', '1234.50', '98765432109876.54', '-10.05']) {
      expect(fromCents(toCents(amount))).toBe(amount);
    }
    expect(fromCents(toCents('7.5'))).toBe('7.50');
    expect(fromCents(toCents('7'))).toBe('7.00');
  });

  it('refuses anything that is not an amount with at most 2 decimals', () => {
    expect(() => toCents('1.005')).toThrow('is not an amount');
    expect(() => toCents('1e3')).toThrow('is not an amount');
  });
});
