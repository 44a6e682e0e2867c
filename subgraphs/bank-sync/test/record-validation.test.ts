import { describe, expect, it } from 'vitest';
import { parseInboxFileName } from '../src/commands/sync-inbox';
import { naturalKeyOf, validateRecord } from '../src/inputs/records';
import { customerRecord, loanRecord, phoneRecord } from './support/exports';

const problems = (entity: Parameters<typeof validateRecord>[0], raw: unknown) => {
  const result = validateRecord(entity, raw);
  return result.ok ? [] : result.issues.map(({ field, reason }) => ({ field, reason }));
};

describe('validating a record against its table', () => {
  it('accepts a complete record and fills the defaults and the fields left out', () => {
    const result = validateRecord('phones', { cif: 'C1', type: 'MOBILE', number: '0903' });

    expect(result).toEqual({
      ok: true,
      record: {
        cif: 'C1',
        type: 'MOBILE',
        number: '0903',
        is_primary: false,
        is_verified: false,
        verification_date: null,
        source_system: null,
      },
    });
  });

  it('reads CSV spellings: booleans and whole numbers as text', () => {
    const phone = validateRecord('phones', { ...phoneRecord(1), is_primary: 'true', is_verified: 'false' });
    const loan = validateRecord('loans', { ...loanRecord(1), term: '60', dpd: '0' });

    expect(phone.ok && phone.record.is_primary).toBe(true);
    expect(loan.ok && [loan.record.term, loan.record.dpd]).toEqual([60, 0]);
  });

  it.each([
    ['a missing required field', { ...customerRecord(1), segment: undefined }, 'segment', 'is required'],
    ['a missing natural key', { ...customerRecord(1), cif: null }, 'cif', 'is required'],
    ['an empty string', { ...customerRecord(1), segment: '' }, 'segment', 'must not be empty'],
    [
      'a string too long for its column',
      { ...customerRecord(1), cif: 'C'.repeat(21) },
      'cif',
      'must be at most 20 characters; got 21',
    ],
    ['a number where text is expected', { ...customerRecord(1), name: 42 }, 'name', 'must be a string'],
    [
      'a value outside a closed set',
      { ...customerRecord(1), type: 'PERSON' },
      'type',
      'must be one of INDIVIDUAL, ORGANIZATION; got "PERSON"',
    ],
    [
      'an unknown source system',
      { ...customerRecord(1), source_system: 'SAP' },
      'source_system',
      'must be one of T24, W4, OTHER, CRM; got "SAP"',
    ],
    [
      'a date that does not exist',
      { ...customerRecord(1), date_of_birth: '1981-02-29' },
      'date_of_birth',
      'must be a calendar date YYYY-MM-DD; got "1981-02-29"',
    ],
    [
      'a date in another format',
      { ...customerRecord(1), date_of_birth: '29/02/1980' },
      'date_of_birth',
      'must be a calendar date YYYY-MM-DD; got "29/02/1980"',
    ],
  ])('rejects %s', (_, raw, field, reason) => {
    expect(problems('customers', raw)).toEqual([{ field, reason }]);
  });

  it.each([
    [
      'more decimals than the column keeps',
      { outstanding: '10.125' },
      'outstanding',
      'must have at most 2 decimals; got 10.125',
    ],
    ['a negative amount', { due_amount: '-5.00' }, 'due_amount', 'must not be negative; got -5.00'],
    [
      'a non-numeric amount',
      { original_amount: '12,000' },
      'original_amount',
      'must be a decimal number like "1234.50"; got "12,000"',
    ],
    [
      'an amount as a JSON number',
      { original_amount: 1200.5 },
      'original_amount',
      'must be a decimal number written as a string, like "1234.50"; got 1200.5',
    ],
    [
      'an amount beyond DECIMAL(18,2)',
      { outstanding: '12345678901234567.00' },
      'outstanding',
      'must be below 10^16; got 12345678901234567.00',
    ],
    [
      'a rate beyond DECIMAL(8,4)',
      { interest_rate: '10000.0000' },
      'interest_rate',
      'must be below 10^4; got 10000.0000',
    ],
    [
      'an unknown currency',
      { currency: 'XYZ' },
      'currency',
      'must be an ISO 4217 currency code, like VND or USD; got XYZ',
    ],
    ['a fractional whole number', { term: 12.5 }, 'term', 'must be a whole number; got 12.5'],
    ['a negative whole number', { dpd: -1 }, 'dpd', 'must not be negative; got -1'],
    [
      'a closed value set of loans',
      { status: 'ACTIVE' },
      'status',
      'must be one of OPEN, CLOSED; got "ACTIVE"',
    ],
  ])('rejects %s', (_, change, field, reason) => {
    expect(problems('loans', { ...loanRecord(1), ...change })).toEqual([{ field, reason }]);
  });

  it('rejects a malformed timestamp and a boolean in another spelling', () => {
    expect(
      problems('phones', { ...phoneRecord(1), verification_date: '2025-05-05 05:05', is_primary: 'yes' }),
    ).toEqual([
      { field: 'is_primary', reason: 'must be true or false; got "yes"' },
      {
        field: 'verification_date',
        reason:
          'must be an ISO-8601 timestamp with a zone, like "2026-01-31T09:30:00Z"; got "2025-05-05 05:05"',
      },
    ]);
  });

  it('rejects unknown fields, including the columns the CRM manages itself', () => {
    expect(problems('emails', { cif: 'C1', address: 'a@b.c', nickname: 'x', created_by: 'me' })).toEqual([
      {
        field: 'nickname',
        reason:
          'is not a field of emails; fields are cif, address, is_primary, is_verified, verification_date, source_system',
      },
      {
        field: 'created_by',
        reason:
          'is not a field of emails; fields are cif, address, is_primary, is_verified, verification_date, source_system',
      },
    ]);
  });

  it('rejects a record that is not an object', () => {
    expect(problems('customers', ['C1'])).toEqual([{ field: null, reason: 'is not an object of fields' }]);
  });

  it('names records by their natural key, also when they are invalid', () => {
    expect(naturalKeyOf('phones', { cif: 'C1', type: 'MOBILE' })).toBe('C1/MOBILE');
    expect(naturalKeyOf('due_segmentations', { loan_account_number: 'L1', due_date: 'soon' })).toBe(
      'L1/soon',
    );
    expect(naturalKeyOf('customers', { name: 'no key' })).toBeNull();
  });
});

describe('inbox file names', () => {
  it('reads the source system, entity type and format, and ignores other files', () => {
    expect(parseInboxFileName('/in', 'T24_loan_collaterals_20260131.csv')).toEqual({
      name: 'T24_loan_collaterals_20260131.csv',
      path: '/in/T24_loan_collaterals_20260131.csv',
      sourceSystem: 'T24',
      entity: 'loan_collaterals',
      format: 'csv',
    });
    expect(parseInboxFileName('/in', 'W4_customers.jsonl')?.entity).toBe('customers');
    expect(parseInboxFileName('/in', 'CRM_customers_1.jsonl')).toBeNull();
    expect(parseInboxFileName('/in', 'T24_accounts_1.csv')).toBeNull();
    expect(parseInboxFileName('/in', 'T24_customers_1.json')).toBeNull();
    expect(parseInboxFileName('/in', 'T24_customers_1.jsonl.part')).toBeNull();
  });
});
