import { describe, expect, it } from 'vitest';
import { parseDate, parseDateTime, parseDecimal } from './scalars';

describe('scalars', () => {
  it('keeps decimals exact as strings and rejects floats and garbage', () => {
    expect(parseDecimal('1234.50')).toBe('1234.50');
    expect(() => parseDecimal(1234.5)).toThrow(/Decimal/);
    expect(() => parseDecimal('12,5')).toThrow(/Decimal/);
  });

  it('accepts calendar dates only', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseDate('2026-02-30')).toThrow(/calendar date/);
    expect(() => parseDate('2026-1-5')).toThrow(/calendar date/);
  });

  it('accepts ISO timestamps with a zone and rejects impossible ones', () => {
    expect(parseDateTime('2026-01-31T09:30:00+07:00').toISOString()).toBe('2026-01-31T02:30:00.000Z');
    expect(() => parseDateTime('2026-02-30T10:00:00Z')).toThrow(/DateTime/);
    expect(() => parseDateTime('2026-01-31T24:00:00Z')).toThrow(/DateTime/);
    expect(() => parseDateTime('2026-01-31T09:30:00')).toThrow(/DateTime/);
  });
});
