import { describe, expect, it } from 'vitest';
import { OperationLabels } from './operation-labels';

describe('OperationLabels', () => {
  it('labels validated names until the bound, then every new name as other', () => {
    const labels = new OperationLabels(2);

    expect(['CustomerView', 'LoanList', 'Third', 'CustomerView'].map((name) => labels.of(name))).toEqual([
      'CustomerView',
      'LoanList',
      'other',
      'CustomerView',
    ]);
  });

  it('labels a request whose document never validated as unknown, and a very long name as other', () => {
    const labels = new OperationLabels();

    expect(labels.of(undefined)).toBe('unknown');
    expect(labels.of('A'.repeat(65))).toBe('other');
  });
});
