import { describe, expect, it } from 'vitest';
import { eventsOfSteps, isBehind, stepsBetween } from '../src/commands/lifecycle';

describe('the payment life cycle', () => {
  it('lists the statuses a payment enters, from nothing or from a status', () => {
    expect(stepsBetween(null, 'PENDING')).toEqual(['PENDING']);
    expect(stepsBetween(null, 'REVERSED')).toEqual(['PENDING', 'COMPLETED', 'REVERSED']);
    expect(stepsBetween('PENDING', 'REVERSED')).toEqual(['COMPLETED', 'REVERSED']);
    expect(stepsBetween('COMPLETED', 'COMPLETED')).toEqual([]);
  });

  it('has no way back and no way across', () => {
    expect(stepsBetween('COMPLETED', 'PENDING')).toBeNull();
    expect(stepsBetween('FAILED', 'COMPLETED')).toBeNull();
    expect(stepsBetween('REVERSED', 'FAILED')).toBeNull();
  });

  it('tells older news from a different story', () => {
    expect(isBehind('PENDING', 'REVERSED')).toBe(true);
    expect(isBehind('COMPLETED', 'REVERSED')).toBe(true);
    expect(isBehind('COMPLETED', 'FAILED')).toBe(false);
    expect(isBehind('REVERSED', 'REVERSED')).toBe(false);
  });

  it('emits an event on entering every status but PENDING', () => {
    expect(eventsOfSteps(['PENDING', 'COMPLETED', 'REVERSED'])).toEqual([
      { type: 'PAYMENT_RECEIVED', status: 'COMPLETED' },
      { type: 'PAYMENT_REVERSED', status: 'REVERSED' },
    ]);
    expect(eventsOfSteps(['FAILED'])).toEqual([{ type: 'PAYMENT_FAILED', status: 'FAILED' }]);
  });
});
