import { describe, expect, it } from 'vitest';
import { demoAgents } from './agents';
import { type Column, camelCase, SEED_000, type TableName } from './seed-000';
import { collect } from './test-support';
import * as vocabulary from './vocabulary';

const asOf = '2026-11-01';
/** asOf 00:00 in Vietnam (UTC+7). */
const startOfToday = new Date('2026-10-31T17:00:00Z');
const data = collect({ customers: 500, asOf });
const agents = demoAgents({ asOf });
const tables: Record<TableName, readonly object[]> = {
  ...data.bankSync,
  ...data.payment,
  ...data.workflow,
  agents,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function columnsOf(row: object): Map<string, unknown> {
  return new Map<string, unknown>(Object.entries(row));
}

function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Why a value does not fit its column, or null when it does. */
function misfit(column: Column, value: unknown): string | null {
  if (value === undefined) return 'missing';
  if (value === null) return column.nullable ? null : 'null in a NOT NULL column';
  switch (column.kind) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : 'not a v4 UUID';
    case 'text':
      return typeof value === 'string' ? null : 'not a string';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'not a boolean';
    case 'integer':
      return Number.isSafeInteger(value) ? null : 'not an integer';
    case 'varchar':
      return typeof value === 'string' && value.length <= column.length
        ? null
        : `longer than ${column.length}`;
    case 'decimal': {
      const digits = column.precision - column.scale;
      const pattern = new RegExp(`^\\d{1,${digits}}\\.\\d{${column.scale}}$`);
      return typeof value === 'string' && pattern.test(value)
        ? null
        : `not DECIMAL(${column.precision},${column.scale})`;
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'not a YYYY-MM-DD date';
    case 'timestamp':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? null : 'not a valid Date';
  }
}

const tableNames = Object.keys(SEED_000) as TableName[];

describe('columns of seed 000', () => {
  it('generates rows for every table', () => {
    for (const table of tableNames) expect(tables[table].length, table).toBeGreaterThan(0);
  });

  it.each(tableNames)('%s rows have exactly the columns of seed 000, camelCased', (table) => {
    const expected = SEED_000[table]
      .map((column) => camelCase(column.name))
      .sort()
      .join();
    const shapes = new Set(tables[table].map((row) => Object.keys(row).sort().join()));
    expect([...shapes]).toEqual([expected]);
  });

  it.each(tableNames)('%s values fit their column types, lengths and scales', (table) => {
    const problems = new Set<string>();
    for (const row of tables[table]) {
      const values = columnsOf(row);
      for (const column of SEED_000[table]) {
        const value = values.get(camelCase(column.name));
        const problem = misfit(column, value);
        if (problem) problems.add(`${table}.${column.name} = ${JSON.stringify(value)}: ${problem}`);
      }
    }
    expect([...problems].slice(0, 20)).toEqual([]);
  });

  it('keeps decimals free of float artefacts', () => {
    const amounts = [
      ...data.bankSync.loans.flatMap((loan) => [loan.originalAmount, loan.outstanding, loan.remainingAmount]),
      ...data.payment.payments.map((row) => row.amount),
    ];
    expect(amounts.filter((amount) => Number(amount).toFixed(2) !== amount)).toEqual([]);
    const rates = data.bankSync.loans.map((loan) => loan.interestRate);
    expect(rates.filter((rate) => Number(rate).toFixed(4) !== rate)).toEqual([]);
  });

  it('dates everything that happened before asOf', () => {
    const late: string[] = [];
    for (const table of tableNames) {
      for (const row of tables[table]) {
        for (const [name, value] of columnsOf(row)) {
          if (value instanceof Date && name !== 'fUpdate' && value >= startOfToday)
            late.push(`${table}.${name}`);
        }
      }
    }
    const days = [
      ...data.bankSync.customers.map((row) => row.dateOfBirth),
      ...data.bankSync.loans.flatMap((row) => [row.disbursementDate, row.closeDate]),
      ...data.bankSync.collaterals.map((row) => row.valuationDate),
      ...data.workflow.customerAgents.flatMap((row) => [row.startDate, row.endDate]),
    ];
    for (const day of days) if (day !== null && day >= asOf) late.push(day);
    expect(late.slice(0, 10)).toEqual([]);
  });
});

describe('value sets of docs/value-sets.md', () => {
  const { bankSync, payment, workflow } = data;
  const cases: [string, readonly (string | null)[], readonly string[]][] = [
    [
      'source systems',
      [...bankSync.customers, ...payment.payments].map((row) => row.sourceSystem),
      vocabulary.SOURCE_SYSTEMS,
    ],
    ['customer types', bankSync.customers.map((row) => row.type), vocabulary.CUSTOMER_TYPES],
    ['customer statuses', bankSync.customers.map((row) => row.status), vocabulary.CUSTOMER_STATUSES],
    ['segments', bankSync.customers.map((row) => row.segment), vocabulary.SEGMENTS],
    ['genders', bankSync.customers.map((row) => row.gender).filter((g) => g !== null), vocabulary.GENDERS],
    ['phone types', bankSync.phones.map((row) => row.type), vocabulary.PHONE_TYPES],
    ['address types', bankSync.addresses.map((row) => row.type), vocabulary.ADDRESS_TYPES],
    ['product types', bankSync.loans.map((row) => row.productType), vocabulary.PRODUCT_TYPES],
    [
      'payment frequencies',
      bankSync.loans.map((row) => row.paymentFrequency),
      vocabulary.PAYMENT_FREQUENCIES,
    ],
    [
      'delinquency statuses',
      bankSync.loans.map((row) => row.delinquencyStatus),
      vocabulary.DELINQUENCY_STATUSES,
    ],
    ['loan statuses', bankSync.loans.map((row) => row.status), vocabulary.LOAN_STATUSES],
    [
      'resolution codes',
      bankSync.loans.flatMap((row) => row.resolutionCode ?? []),
      vocabulary.RESOLUTION_CODES,
    ],
    ['collateral types', bankSync.collaterals.map((row) => row.type), vocabulary.COLLATERAL_TYPES],
    [
      'property types',
      bankSync.collaterals.flatMap((row) => row.propertyType ?? []),
      vocabulary.PROPERTY_TYPES,
    ],
    [
      'relationships',
      bankSync.referenceCustomers.map((row) => row.relationshipType),
      vocabulary.RELATIONSHIP_TYPES,
    ],
    ['payment methods', payment.payments.map((row) => row.paymentMethod), vocabulary.PAYMENT_METHODS],
    ['payment statuses', payment.payments.map((row) => row.status), vocabulary.PAYMENT_STATUSES],
    ['agent types', agents.map((row) => row.type), vocabulary.AGENT_TYPES],
    ['agent teams', agents.map((row) => row.team), vocabulary.AGENT_TEAMS],
    ['action types', workflow.actionRecords.map((row) => row.type), vocabulary.ACTION_TYPES],
    ['action subtypes', workflow.actionRecords.map((row) => row.subtype), vocabulary.ACTION_SUBTYPES],
    ['action results', workflow.actionRecords.map((row) => row.actionResult), vocabulary.ACTION_RESULTS],
    [
      'case customer statuses',
      workflow.customerCases.map((row) => row.customerStatus),
      vocabulary.CASE_CUSTOMER_STATUSES,
    ],
    [
      'collateral statuses',
      workflow.customerCases.map((row) => row.collateralStatus),
      vocabulary.COLLATERAL_STATUSES,
    ],
    [
      'processing states',
      workflow.customerCases.map((row) => row.processingStateStatus),
      vocabulary.PROCESSING_STATE_STATUSES,
    ],
    [
      'lending violations',
      workflow.customerCases.map((row) => row.lendingViolationStatus),
      vocabulary.LENDING_VIOLATION_STATUSES,
    ],
    [
      'recovery abilities',
      workflow.customerCases.map((row) => row.recoveryAbilityStatus),
      vocabulary.RECOVERY_ABILITY_STATUSES,
    ],
  ];

  it.each(cases)('%s come from the vocabulary', (_, values, allowed) => {
    expect(values.filter((value) => value === null || !allowed.includes(value))).toEqual([]);
  });

  it('uses only VND and USD', () => {
    expect(new Set(data.bankSync.loans.map((row) => row.currency))).toEqual(new Set(['VND', 'USD']));
  });
});
