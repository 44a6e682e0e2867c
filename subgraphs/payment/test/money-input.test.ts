import { describe, expect, it } from 'vitest';
import { sameDecimal, scaledDecimal } from '../src/inputs/decimal';
import { money } from '../src/inputs/payments';

const problemOf = (value: string) => money.safeParse(value).error?.issues[0]?.message;

describe('money input and decimal comparison', () => {
  it('accepts positive amounts that fit DECIMAL(18,2)', () => {
    for (const value of ['0.01', '1', '1234.5', '9999999999999999.99'])
      expect(problemOf(value), value).toBeUndefined();
  });

  it('says what to fix for every other amount', () => {
    expect(problemOf('-1.00')).toBe('must be positive; got -1.00');
    expect(problemOf('0.00')).toBe('must be greater than 0; got 0.00');
    expect(problemOf('1.005')).toBe('must have at most 2 decimal places; got 1.005');
    expect(problemOf('10000000000000000')).toBe(
      'must be below 10^16, the largest DECIMAL(18,2); got 10000000000000000',
    );
    expect(problemOf('ten')).toContain('must be a decimal number');
  });

  it('compares decimals exactly, whatever their trailing zeros', () => {
    expect(sameDecimal('100.5', '100.50')).toBe(true);
    expect(sameDecimal('0.1', '0.10000001')).toBe(false);
    expect(scaledDecimal('-2.5') < scaledDecimal('1')).toBe(true);
  });
});
